/** edition.yaml: the city, its document, its sources, definition, rules and measures, theme, own site, revisions. */
import { z } from 'zod';
import { governmentKinds } from '../lib/local-government.ts';
import { datedEvent, idSchema, isoDate, quote, suggested } from './common.ts';
import { measureSchema, responseRuleSchema } from './rules.ts';
import { wordOverridesSchema } from './words.ts';

/** The kinds of document cities publish their policy as; each is shown by its label (src/i18n: documentKind.*). */
export const documentKinds = [
  'basic-policy',
  'basic-guideline',
  'response-policy',
  'response-guideline',
  'guideline',
  'outline',
  'manual',
  'declaration',
  'ordinance',
  'measures',
] as const;

/**
 * What kind of document a source is. Its label names the source beside every citation of its clauses;
 * a case study is a third party's report, whose words keep the reporter's tense and scope.
 */
export const sourceKinds = ['basic-policy', 'response-guideline', 'measures', 'poster', 'case-study'] as const;

/** A document the edition was transcribed from. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).describe('Title of the source as published'),
  kind: z
    .enum(sourceKinds)
    .optional()
    .describe("basic-policy 基本方針; response-guideline 対応指針; measures 取組の一覧; poster 啓発ポスターの文言; case-study 第三者の事例紹介. Without it, the main document's kind (or the title) names the source"),
  publisher: z.string().min(1).optional().describe('Who published it, when the source says'),
  form: z.string().min(1).describe('What it is: PDF, web page, case study…'),
  date: z.string().min(1).optional().describe('Date as written on the source'),
  url: z.url().optional().describe('Where the source is published (its address)'),
  transcribedFrom: z.string().min(1).describe('The file this edition was transcribed or imported from, by the name it came with'),
  format: z.enum(['pdf', 'html', 'docx', 'text']).optional().describe('The kind of that file: pdf, html (a saved web page), docx (Word) or text'),
  retrieved: isoDate.optional().describe('When that file was obtained (the day it was imported)'),
  kept: z
    .string()
    .regex(/^(?![/\\])(?!.*\.\.)[^\\]+\.txt$/, { error: 'source-text-path' })
    .optional()
    .describe("The source's text, kept in the edition folder (e.g. source/policy.txt): every word the policy publishes from this source must be found in it"),
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const contact = z.strictObject({
  name: z.string().min(1),
  purpose: z.string().min(1),
  phone: z.string().optional(),
  url: z.url().optional(),
  clause: idSchema.optional(),
});

/** The accent the stylesheet sets (global.css --accent): an edition with it needs no inline style. */
export const DEFAULT_ACCENT = '#264d73';

export const editionSchema = z
  .strictObject({
    city: z.strictObject({
      name: z.string().min(1).describe('市区町村名, e.g. 坂出市'),
      reading: z.string().regex(/^[ぁ-ゖー]+$/, { error: 'hiragana' }).describe('Reading in hiragana'),
      prefecture: z.string().regex(/^.+[都道府県]$/, { error: 'prefecture' }).describe('都道府県名'),
      /** What kind of local government it is: the interface calls it by this kind's word (町の対策, 県の文書). */
      kind: z
        .enum(governmentKinds)
        .describe("prefecture 都道府県; city 市; ward 特別区（東京都の区）; town 町; village 村. A 政令指定都市's ward is not an edition: its city is"),
      /**
       * The 全国地方公共団体コード (総務省): six digits, the last a check digit; its first two are the
       * prefecture's. Optional for a draft; checked against the prefecture (content/shared/prefectures.yaml).
       */
      code: z
        // A YAML number loses the leading zero of 01–09 (012106 reads as 12106): it is given back.
        .preprocess((v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v).padStart(6, '0') : v), z.string().regex(/^\d{6}$/, { error: 'government-code' }))
        .optional()
        .describe('全国地方公共団体コード: six digits with the check digit, e.g. 372030 (坂出市)'),
    }),
    draft: z.boolean().default(false).describe('Drafts are not published unless asked for'),
    site: z
      .strictObject({
        url: z.url().describe('Where the edition is published when built alone, e.g. https://www.city.example.lg.jp'),
        base: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'base-path' }).default('/').describe('Path under that URL, e.g. /kasuhara/ (ends with /)'),
      })
      .optional()
      .describe("The edition's own site, used by npm run build -- --edition <slug>"),
    theme: z
      .strictObject({
        accent: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, { error: 'colour' })
          .describe('Accent colour #rrggbb: header background under white text, checked for WCAG AA contrast'),
      })
      .default({ accent: DEFAULT_ACCENT }),
    document: z.strictObject({
      title: z.string().min(1).describe("Title of the city's document"),
      kind: z.enum(documentKinds).describe(
        'What the document is, by the name it gives itself: basic-policy 基本方針, basic-guideline 基本指針, response-policy 対応方針, response-guideline 対応指針, guideline 指針, outline 要綱, manual マニュアル, declaration 宣言, ordinance 条例, measures 対策（「…対策について」のようなページ）; the title as written is `title`',
      ),
      dates: z.array(datedEvent).describe('Dates the document carries; empty when it carries none'),
      signatory: z.string().min(1).optional().describe('Who signed it, as written'),
      source: idSchema.describe('Id of the source the document was transcribed from'),
    }),
    sources: z.array(sourceSchema).min(1),
    definition: z.strictObject({
      family: idSchema.describe('Definition family id (shared definition-families.yaml)'),
      clause: idSchema.describe('Clause that holds the definition'),
      quote: quote.optional().describe('The words of the definition the family was told by (checked against the clause)'),
      suggested,
    }),
    stance: z.array(idSchema).min(1).describe('Clauses that say what the policy is for (the basic stance), shown on the edition home'),
    rules: z.array(responseRuleSchema).default([]).describe('Response rules the city states, as data'),
    measures: z.array(measureSchema).default([]).describe('Measures the city takes beyond the counter'),
    contacts: z.array(contact).default([]).describe('Public contacts, only where the city publishes them for residents'),
    publication: z.array(z.string().min(1)).default([]).describe('What this edition decided to publish or leave out, and why'),
    revisions: z
      .array(z.strictObject({ date: isoDate, summary: z.string().min(1).describe('What changed, in plain Japanese') }))
      .default([])
      .describe("The edition's revisions on this site, oldest first: the first is its first publication"),
    ui: wordOverridesSchema.optional(),
  })
  .describe('One city edition: edition.yaml');
export type EditionFile = z.infer<typeof editionSchema>;
/** edition.yaml as written, before defaults (what the importer writes). */
export type EditionInput = z.input<typeof editionSchema>;
