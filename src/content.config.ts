/**
 * The content contract. Every file under content/ is checked against these schemas,
 * field by field, before any page is built; `npm run check` runs the same checks.
 *
 * Words every schema uses (see README "Content model"):
 *   edition   one city's publication, a folder content/editions/<slug>/
 *   clause    an addressable unit of the city's text, with a stable id (#id on the policy page)
 *   behaviour an example of conduct the city lists, tagged with a shared taxonomy id
 *   rule      something the city says it will do, as data, citing its clause
 *   measure   something the city does beyond the counter, citing its clause
 *
 * Field descriptions (.describe) are published in the JSON Schema of the open data.
 */
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { buildOptions, publishedEditions } from './lib/build-options.ts';
import { recordPhase } from './lib/build-phases.ts';
import { editionPages } from './lib/edition-pages.ts';
import { ContentError } from './lib/content/problems.ts';
import { contentFingerprint, readContent, type Content } from './lib/content/read-content.ts';

// ---------------------------------------------------------------- building blocks

/** Stable ids: lowercase ASCII words joined by hyphens, so they survive as URL fragments. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'id' })
  .describe('Stable id: lowercase ASCII letters, digits and hyphens (e.g. basic-idea)');

/** Text in the city's words; may carry {漢字|よみ} readings and [text](#clause-id) links. */
const inlineText = z.string().trim().min(1, { error: 'empty' }).describe('Text as the city wrote it; {漢字|よみ} for a reading, [text](#clause-id) for a link');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'iso-date' })
  .describe('ISO 8601 date, YYYY-MM-DD or YYYY-MM when the document gives no day');

const datedEvent = z
  .strictObject({
    event: z.enum(['dated', 'established', 'published', 'revised', 'effective']).describe('What the date marks: dated (the date the document carries, no event named), established 策定, published 公表, revised 改定, effective 施行'),
    asWritten: z.string().min(1).describe('The date exactly as the document writes it, e.g. 令和７年６月２０日策定'),
    iso: isoDate,
  })
  .describe('A date of the document, as written and as ISO');

// ---------------------------------------------------------------- shared taxonomy

export const behaviourKindSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Neutral Japanese name of the kind of behaviour'),
  group: z.enum(['demand', 'means']).describe('demand: the content of a demand lacks validity; means: the means or manner is unacceptable'),
  description: z.string().min(1).describe('What the kind covers, in plain Japanese'),
});

export const definitionElementSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Neutral name of the element, e.g. 要求の内容は妥当か'),
  question: z.string().min(1).describe('The neutral question the check guide asks at this element (engine wording, never a city\'s rule)'),
  hint: z.string().min(1).optional().describe('A neutral note on how this element is read within the family'),
});

export const definitionFamilySchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Japanese name of the family'),
  basis: idSchema.describe('Legal reference id the family comes from'),
  summary: z.string().min(1).describe('How definitions of this family are built, in plain Japanese'),
  elements: z.array(definitionElementSchema).min(1).describe('The parts of a definition of this shape, in order: the steps of the check guide'),
});

export const legalReferenceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).describe('Official title'),
  shortTitle: z.string().min(1).optional().describe('Common short name'),
  kind: z.enum(['law', 'ordinance', 'manual', 'article']),
  parent: idSchema.optional().describe('For an article: the id of the law it belongs to'),
  year: z.string().min(1).optional().describe('Year as commonly cited, e.g. 2022年2月'),
  url: z.url().optional(),
});

export const faqGroupSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Heading of the group on FAQ lists'),
  order: z.number().int().describe('Position of the group on FAQ lists'),
});

export const successCriterionSchema = z.strictObject({
  id: z.string().regex(/^\d\.\d\.\d{1,2}$/).describe('Number, e.g. 1.4.3'),
  name: z.string().min(1).describe('Japanese name as in JIS X 8341-3:2016'),
  level: z.enum(['A', 'AA']),
  standard: z.enum(['jis2016', 'wcag21', 'wcag22']).describe('jis2016: in JIS X 8341-3:2016 (WCAG 2.0); wcag21/22: added later, tested too'),
});
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;

export const glossaryEntrySchema = z.strictObject({
  id: idSchema,
  terms: z.array(z.string().min(1)).min(1).describe('What residents type: everyday words, kana spellings, abbreviations'),
  means: z.array(z.string().min(1)).min(1).describe('The words the policies use for it (the first one replaces the term in the query)'),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

// ---------------------------------------------------------------- the policy text (policy.yaml)

export interface ListItem {
  id?: string | undefined;
  marker?: string | undefined;
  text: string;
  behaviours?: string[] | undefined;
  items?: ListItem[] | undefined;
}

const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.union([
    inlineText.transform((text) => ({ text })),
    z.strictObject({
      id: idSchema.optional().describe('Needed when the item is cited or tagged'),
      marker: z.string().min(1).optional().describe('The marker as written: ①, ア, ・'),
      text: inlineText,
      behaviours: z.array(idSchema).min(1).optional().describe('Shared behaviour taxonomy ids this item is an example of'),
      items: z.array(listItem).min(1).optional(),
    }),
  ]),
);

const offenceRow = z.strictObject({
  offence: z.string().min(1).optional().describe('罪名; omitted when the row continues the offence above (drawn as one cell)'),
  article: z.string().min(1).describe('条文 as written, e.g. 第 249 条 第 1 項'),
  reference: idSchema.describe('Legal reference id of the article (shared legal-references.yaml)'),
  summary: z.string().min(1).describe('概要'),
  penalty: z.string().min(1).optional().describe('法定刑; omitted when the row shares the one above (drawn as one cell)'),
  example: z.string().min(1).optional().describe('(例) as written'),
});

const flowStep = z.strictObject({
  id: idSchema,
  kind: z.enum(['stage', 'decision']).describe('stage: a response stage; decision: the judgement between stages'),
  name: z.string().min(1).describe('Name as the flow chart writes it'),
  when: inlineText.optional().describe('When this step begins, in the city\'s words'),
  decidedBy: inlineText.optional().describe('Who decides, in the city\'s words'),
  detail: idSchema.optional().describe('Clause that explains this step in full'),
  actions: z.array(listItem).default([]).describe('What is done at this step'),
  points: z.array(inlineText).default([]).describe('Points the chart highlights'),
  cautions: z.array(listItem).default([]).describe('Cautions the chart attaches to the step'),
  closing: z.array(listItem).default([]).describe('What is done when the step ends'),
});

const tableBlock = z.strictObject({
  caption: z.string().min(1),
  columns: z.array(z.string().min(1)).min(2),
  rows: z.array(z.array(z.string())).min(1),
});

const block = z.union([
  inlineText.describe('A paragraph'),
  z.strictObject({ list: z.array(listItem).min(1), ordered: z.boolean().optional() }).describe('A list'),
  z.strictObject({ note: inlineText }).describe('A note (※)'),
  z
    .strictObject({
      caption: z.string().min(1),
      columns: z
        .strictObject({ offence: z.string().min(1), article: z.string().min(1), summary: z.string().min(1), penalty: z.string().min(1), example: z.string().min(1) })
        .describe('Column headings as the document writes them'),
      offences: z.array(offenceRow).min(1),
    })
    .describe('A table of criminal-law offences'),
  z.strictObject({ flow: z.array(flowStep).min(1), caption: z.string().min(1) }).describe('A response flow of stages'),
  z.strictObject({ table: tableBlock }).describe('A table as the document gives it'),
  z.strictObject({ omitted: z.string().min(1) }).describe('Says what this edition leaves out here and why'),
  z.strictObject({ signature: z.array(z.string().min(1)).min(1) }).describe('Date and signatory lines, right-aligned'),
]);
export type Block = z.infer<typeof block>;

const correction = z.strictObject({
  original: z.string().min(1).describe('The text as the extraction had it'),
  corrected: z.string().min(1).describe('The text as published here'),
  reason: z.string().min(1).describe('Why the correction is plainly an extraction error'),
});

export interface Clause {
  id: string;
  number?: string | undefined;
  title?: string | undefined;
  source?: string | undefined;
  body: Block[];
  corrections: z.infer<typeof correction>[];
  clauses?: Clause[] | undefined;
}

const clause: z.ZodType<Clause, unknown> = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    number: z.string().min(1).optional().describe('Number as written: 1, (1), ア'),
    title: inlineText.optional(),
    source: idSchema.optional().describe('Source id when this clause comes from another source than the main document'),
    body: z.array(block).default([]),
    corrections: z.array(correction).default([]).describe('Extraction errors corrected in this clause'),
    clauses: z.array(clause).min(1).optional(),
  }),
);

export const policySchema = z.strictObject({
  clauses: z.array(clause).min(1).describe('The document, clause by clause, in its own order'),
});

// ---------------------------------------------------------------- the edition (edition.yaml)

const quote = z.string().min(1).describe('Exact words of the cited clause (checked against it)');

const cited = { clause: idSchema.describe('Clause id the statement rests on'), quote: quote.optional() };
const staged = { stage: idSchema.optional().describe('Id of the response-flow step the rule belongs to, where the city has stages') };

const ruleBasis = z.enum(['rule', 'principle', 'guide', 'as-needed']).describe('rule: always; principle: 原則; guide: 目安; as-needed: 必要に応じて');
const channel = z.enum(['phone', 'counter', 'interview', 'email', 'visit']);

const responseRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('time-limit'),
    ...cited,
    ...staged,
    basis: ruleBasis,
    minutes: z.number().int().positive().optional().describe('The limit, when the city states a number'),
    maxMinutes: z.number().int().positive().optional().describe('Upper end when the city gives a range (30 to 60)'),
    channels: z.array(channel).optional(),
    startsAfterDeadlock: z.boolean().optional().describe('Counted from the point the talk goes round in circles'),
  }),
  z.strictObject({
    kind: z.literal('recording'),
    ...cited,
    ...staged,
    basis: ruleBasis,
    channels: z.array(channel).min(1),
    announcement: z.string().min(1).optional().describe('What staff or an automatic message say before recording (checked against the clause)'),
  }),
  z.strictObject({
    kind: z.enum(['filming-ban', 'multiple-staff', 'warning', 'end-response', 'leave-premises', 'police', 'lawyer', 'safety', 'meeting-place', 'sns-takedown', 'legal-action', 'other']),
    ...cited,
    ...staged,
    basis: ruleBasis.optional(),
  }),
]);

const measure = z.strictObject({
  kind: z.enum(['poster', 'manual', 'training', 'name-badge', 'recording', 'staff-care', 'consultation-desk', 'security-camera', 'public-notice', 'case-sharing', 'support-system', 'expert-cooperation']),
  ...cited,
});

const source = z.strictObject({
  id: idSchema,
  title: z.string().min(1).describe('Title of the source as published'),
  publisher: z.string().min(1).optional().describe('Who published it, when the source says'),
  form: z.string().min(1).describe('What it is: PDF, web page, case study…'),
  date: z.string().min(1).optional().describe('Date as written on the source'),
  url: z.url().optional(),
  transcribedFrom: z.string().min(1).describe('The seed file this edition was transcribed from'),
  note: z.string().min(1).optional(),
});

export const editionSchema = z
  .strictObject({
    city: z.strictObject({
      name: z.string().min(1).describe('市区町村名, e.g. 坂出市'),
      reading: z.string().regex(/^[ぁ-ゖー]+$/, { error: 'hiragana' }).describe('Reading in hiragana'),
      prefecture: z.string().regex(/^.+[都道府県]$/, { error: 'prefecture' }).describe('都道府県名'),
    }),
    draft: z.boolean().default(false).describe('Drafts are not published unless asked for'),
    site: z
      .strictObject({
        url: z.url().describe('Where the edition is published when built alone, e.g. https://www.city.example.lg.jp'),
        base: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'base-path' }).default('/').describe('Path under that URL, e.g. /kasuhara/ (ends with /)'),
      })
      .optional()
      .describe('The edition\'s own site, used by npm run build -- --edition <slug>'),
    theme: z
      .strictObject({
        accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'colour' }).describe('Accent colour #rrggbb: header background under white text, checked for WCAG AA contrast'),
      })
      .default({ accent: '#264d73' }),
    document: z.strictObject({
      title: z.string().min(1).describe('Title of the city\'s document'),
      kind: z.enum(['basic-policy', 'response-guideline']).describe('basic-policy 基本方針; response-guideline 対応指針'),
      dates: z.array(datedEvent).describe('Dates the document carries; empty when it carries none'),
      signatory: z.string().min(1).optional().describe('Who signed it, as written'),
      source: idSchema.describe('Id of the source the document was transcribed from'),
    }),
    sources: z.array(source).min(1),
    definition: z.strictObject({
      family: idSchema.describe('Definition family id (shared definition-families.yaml)'),
      clause: idSchema.describe('Clause that holds the definition'),
    }),
    stance: z.array(idSchema).min(1).describe('Clauses that say what the policy is for (the basic stance), shown on the edition home'),
    rules: z.array(responseRule).default([]).describe('Response rules the city states, as data'),
    measures: z.array(measure).default([]).describe('Measures the city takes beyond the counter'),
    contacts: z
      .array(z.strictObject({ name: z.string().min(1), purpose: z.string().min(1), phone: z.string().optional(), url: z.url().optional(), clause: idSchema.optional() }))
      .default([])
      .describe('Public contacts, only where the city publishes them for residents'),
    publication: z
      .array(z.string().min(1))
      .default([])
      .describe('What this edition decided to publish or leave out, and why'),
    revisions: z
      .array(z.strictObject({ date: isoDate, summary: z.string().min(1).describe('What changed, in plain Japanese') }))
      .default([])
      .describe('The edition\'s revisions on this site, oldest first: the first is its first publication'),
  })
  .describe('One city edition: edition.yaml');

// ---------------------------------------------------------------- FAQs (faq/<id>.md front matter)

export const faqSchema = z
  .strictObject({
    question: z.string().min(1).describe('The question as a resident or staff member would ask it, in plain Japanese'),
    group: idSchema.describe('FAQ group id (shared faq-groups.yaml)'),
    order: z.number().int().default(100).describe('Position within its group'),
    cites: z
      .array(z.strictObject({ clause: idSchema.describe('Clause (or list item) id the answer rests on'), quote: quote.optional() }))
      .min(1)
      .describe('The clauses the answer rests on; quotes are checked against them'),
  })
  .describe('One FAQ of an edition: faq/<id>.md, answer in the body');

// ---------------------------------------------------------------- posters (posters.yaml)

export const posterKinds = ['awareness', 'recording-notice', 'counter-card', 'stance'] as const;
export const posterRoles = ['headline', 'lead', 'heading', 'item', 'text', 'closing', 'note'] as const;

const posterLine = z
  .strictObject({
    role: z.enum(posterRoles).describe('How the line is set: headline (the band at the top), lead, heading, item (a list entry), text, closing (the message), note (small print)'),
    text: z.string().trim().min(1, { error: 'empty' }).describe('The words printed: the city\'s exact words in the cited clause, unless reworded says why they differ'),
    clause: idSchema.describe('Clause (or list item) id the line comes from'),
    reworded: z.string().trim().min(1, { error: 'empty' }).optional().describe('Only when the poster\'s words differ from the clause: why, and how they follow from it'),
  })
  .describe('One line of a poster, citing its clause');

export const posterSchema = z
  .strictObject({
    id: idSchema.describe('File name of the poster: /<slug>/posters/<id>-a4.pdf'),
    kind: z.enum(posterKinds).describe('awareness 啓発ポスター; recording-notice 録音のお知らせ; counter-card 窓口での対応; stance 基本姿勢'),
    sizes: z.array(z.enum(['a4', 'a3'])).min(1).default(['a4', 'a3']).describe('Paper sizes (portrait); a long list that cannot fit A4 is printed on A3 only'),
    lines: z.array(posterLine).min(1).describe('The poster\'s words, top to bottom'),
  })
  .describe('One printable poster of an edition');

export const postersFileSchema = z
  .strictObject({ posters: z.array(posterSchema).min(1) })
  .describe('The posters of one edition: posters.yaml');
// ---------------------------------------------------------------- the check guide (check.yaml)

/** The city's words, quoted from a clause (checked against it). */
const citedQuote = z.strictObject({
  clause: idSchema.describe('Clause (or list item) id the words are quoted from'),
  quote: quote.describe('Exact words of the cited clause (checked against it)'),
});

const checkStep = z.strictObject({
  element: idSchema.describe('Element id of the edition\'s definition family (definition-families.yaml), in the family\'s order'),
  clause: idSchema.describe('Clause that holds the words of this element, usually the definition'),
  quote: quote.describe('This element in the city\'s own words, as the definition writes it'),
  explanation: z.array(citedQuote).default([]).describe('Where the city explains how it reads this element'),
  examples: z.array(idSchema).default([]).describe('Clauses whose listed examples illustrate this element (shown with their headings)'),
  notes: z.array(citedQuote).default([]).describe('The city\'s cautions at this element, e.g. that examples are not exhaustive'),
});

export const checkGuideSchema = z
  .strictObject({
    welcome: z.array(citedQuote).min(1).describe('The city\'s words on opinions, requests and complaints: shown before any step'),
    steps: z.array(checkStep).min(1).describe('One step per element of the definition family, in its order'),
    accommodation: z
      .array(citedQuote)
      .default([])
      .describe('Only where the city\'s document says so: asking for reasonable accommodation (合理的配慮) is not harassment'),
    decidedBy: z.array(citedQuote).default([]).describe('What the city says about who judges or decides; empty when its document does not say'),
    next: z.array(citedQuote).min(1).describe('What the city\'s policy says happens next'),
  })
  .describe('The 「これってカスハラ？」 guide of an edition: check.yaml');

export type CheckGuideFile = z.infer<typeof checkGuideSchema>;
export type CheckStep = z.infer<typeof checkStep>;
export type DefinitionElement = z.infer<typeof definitionElementSchema>;

export type EditionFile = z.infer<typeof editionSchema>;
export type Poster = z.infer<typeof posterSchema>;
export type PostersFile = z.infer<typeof postersFileSchema>;
export type FaqFile = z.infer<typeof faqSchema>;
export type FaqGroup = z.infer<typeof faqGroupSchema>;
export type PolicyFile = z.infer<typeof policySchema>;
export type ResponseRule = z.infer<typeof responseRule>;
export type Measure = z.infer<typeof measure>;
export type BehaviourKind = z.infer<typeof behaviourKindSchema>;
export type DefinitionFamily = z.infer<typeof definitionFamilySchema>;
export type LegalReference = z.infer<typeof legalReferenceSchema>;

/** What pages receive: the edition file and its policy, joined, with the slug. */
export const editionEntrySchema = editionSchema.extend({
  slug: idSchema,
  clauses: policySchema.shape.clauses,
  pages: z.array(z.enum(['home', 'policy', 'faq', 'posters', 'check'])).describe('The pages this edition has'),
  posters: z.array(posterSchema).default([]).describe('The posters this edition has (posters.yaml)'),
});
export const faqEntrySchema = faqSchema.extend({ id: idSchema, edition: idSchema });

/** /<slug>/policy.json: the edition as open data (published as JSON Schema at /schema/edition.v1.json). */
export const openDataSchema = editionSchema
  .omit({ draft: true, theme: true, site: true })
  .extend({
    $schema: z.url(),
    version: z.literal(1),
    url: z.url().describe('The edition home page'),
    slug: idSchema,
    clauses: policySchema.shape.clauses,
    faqs: z.array(faqSchema.extend({ id: idSchema, answer: z.string().describe('The answer, in Markdown') })),
  })
  .describe('One city edition of Otagai: the city\'s document clause by clause, with its rules, measures and FAQs');
export type OpenData = z.infer<typeof openDataSchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type Edition = z.infer<typeof editionEntrySchema>;

// ---------------------------------------------------------------- loaders

export const contentSchemas = {
  edition: editionSchema,
  policy: policySchema,
  behaviour: behaviourKindSchema,
  family: definitionFamilySchema,
  legal: legalReferenceSchema,
  faq: faqSchema,
  faqGroup: faqGroupSchema,
  glossary: glossaryEntrySchema,
  criterion: successCriterionSchema,
  posters: postersFileSchema,
  check: checkGuideSchema,
};

/** Reads and checks the whole content folder; any problem stops the build with all problems listed. */
/** Read once per change: every collection's loader asks, and the content folder rarely changes between them. */
let lastRead: { key: string; content: Content } | undefined;

function checkedContent(): Content {
  const dir = buildOptions().contentDir;
  const key = `${dir}|${contentFingerprint(dir)}`;
  if (lastRead?.key !== key) {
    const started = performance.now();
    lastRead = { key, content: readContent(dir, contentSchemas) };
    recordPhase('content checks ms', performance.now() - started);
  }
  const { content } = lastRead;
  if (content.problems.length > 0) throw new ContentError(content.problems);
  return content;
}

interface LoadedEntry {
  id: string;
  data: Record<string, unknown>;
  /** Markdown to render (FAQ answers). */
  markdown?: string;
}

function contentLoader(name: string, entries: (content: Content) => LoadedEntry[]): Loader {
  return {
    name: `otagai-${name}`,
    load: async ({ store, parseData, renderMarkdown }) => {
      store.clear();
      for (const entry of entries(checkedContent())) {
        const data = await parseData({ id: entry.id, data: entry.data });
        const rendered = entry.markdown === undefined ? undefined : await renderMarkdown(entry.markdown);
        store.set({ id: entry.id, data, ...(rendered ? { rendered, body: entry.markdown } : {}) });
      }
    },
  };
}

export const collections = {
  editions: defineCollection({
    loader: contentLoader('editions', (c) =>
      publishedEditions(c.editions).map((e) => ({ id: e.slug, data: { ...e.edition, slug: e.slug, clauses: e.policy.clauses, pages: editionPages(e), posters: e.posters } })),
    ),
    schema: editionEntrySchema,
  }),
  faqs: defineCollection({
    loader: contentLoader('faqs', (c) =>
      publishedEditions(c.editions).flatMap((e) =>
        e.faqs.map((f) => ({ id: `${e.slug}/${f.id}`, data: { ...f.data, id: f.id, edition: e.slug }, markdown: f.body })),
      ),
    ),
    schema: faqEntrySchema,
  }),
  searchGlossary: defineCollection({ loader: contentLoader('search-glossary', (c) => c.glossary.map((g) => ({ id: g.id, data: g }))), schema: glossaryEntrySchema }),
  successCriteria: defineCollection({
    loader: contentLoader('success-criteria', (c) => c.criteria.map((sc) => ({ id: sc.id, data: sc }))),
    schema: successCriterionSchema,
  }),
  faqGroups: defineCollection({ loader: contentLoader('faq-groups', (c) => c.faqGroups.map((g) => ({ id: g.id, data: g }))), schema: faqGroupSchema }),
  checkGuides: defineCollection({
    loader: contentLoader('check-guides', (c) => publishedEditions(c.editions).flatMap((e) => (e.check ? [{ id: e.slug, data: e.check }] : []))),
    schema: checkGuideSchema,
  }),
  // Collections come back sorted by id; these two keep the order of their shared file (demands before means).
  behaviours: defineCollection({
    loader: contentLoader('behaviours', (c) => c.behaviours.map((b, position) => ({ id: b.id, data: { ...b, position } }))),
    schema: behaviourKindSchema.extend({ position: z.number().int() }),
  }),
  definitionFamilies: defineCollection({
    loader: contentLoader('families', (c) => c.families.map((f, position) => ({ id: f.id, data: { ...f, position } }))),
    schema: definitionFamilySchema.extend({ position: z.number().int() }),
  }),
  legalReferences: defineCollection({ loader: contentLoader('legal', (c) => c.legal.map((l) => ({ id: l.id, data: l }))), schema: legalReferenceSchema }),
};
