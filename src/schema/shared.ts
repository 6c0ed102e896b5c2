/** The shared data under content/shared/: taxonomy, definition families, references, FAQ groups, glossary, criteria. */
import { z } from 'zod';
import { idSchema } from './common.ts';

/** shared/behaviours.yaml: a kind of behaviour every edition tags its examples with. */
export const behaviourKindSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Neutral Japanese name of the kind of behaviour'),
  group: z.enum(['demand', 'means']).describe('demand: the content of a demand lacks validity; means: the means or manner is unacceptable'),
  description: z.string().min(1).describe('What the kind covers, in plain Japanese'),
  pictogram: z
    .string()
    .regex(/^material-symbols:[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'pictogram' })
    .optional()
    .describe('The pictogram posters show for this kind: an icon of Material Symbols (Apache 2.0), e.g. material-symbols:sports-mma'),
});
export type BehaviourKind = z.infer<typeof behaviourKindSchema>;

/** One part of a definition of a given shape: a step of the check guide. */
export const definitionElementSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Neutral name of the element, e.g. 要求の内容は妥当か'),
  question: z.string().min(1).describe("The neutral question the check guide asks at this element (engine wording, never a city's rule)"),
  hint: z.string().min(1).optional().describe('A neutral note on how this element is read within the family'),
  translations: z
    .strictObject(Object.fromEntries(['en', 'easy'].map((l) => [l, z.strictObject({ label: z.string().min(1), question: z.string().min(1), hint: z.string().min(1).optional() }).optional()])))
    .optional()
    .describe('label, question and hint in English and in やさしい日本語, for the guide in those languages'),
});
export type DefinitionElement = z.infer<typeof definitionElementSchema>;

/** shared/definition-families.yaml: a shape of definition (2025 law, 2022 MHLW manual, Tokyo ordinance…). */
export const definitionFamilySchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Japanese name of the family'),
  basis: idSchema.describe('Legal reference id the family comes from'),
  summary: z.string().min(1).describe('How definitions of this family are built, in plain Japanese'),
  elements: z.array(definitionElementSchema).min(1).describe('The parts of a definition of this shape, in order: the steps of the check guide'),
});
export type DefinitionFamily = z.infer<typeof definitionFamilySchema>;

/** shared/legal-references.yaml: a law, ordinance, manual or article editions cite. */
export const legalReferenceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).describe('Official title'),
  shortTitle: z.string().min(1).optional().describe('Common short name'),
  kind: z.enum(['law', 'ordinance', 'manual', 'article']),
  parent: idSchema.optional().describe('For an article: the id of the law it belongs to'),
  year: z.string().min(1).optional().describe('Year as commonly cited, e.g. 2022年2月'),
  url: z.url().optional(),
});
export type LegalReference = z.infer<typeof legalReferenceSchema>;

/** shared/faq-groups.yaml: how FAQ lists are grouped. */
export const faqGroupSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).describe('Heading of the group on FAQ lists'),
  order: z.number().int().describe('Position of the group on FAQ lists'),
  translations: z
    .strictObject({ en: z.strictObject({ label: z.string().min(1) }).optional(), easy: z.strictObject({ label: z.string().min(1) }).optional() })
    .optional()
    .describe('The label in English and in やさしい日本語, for the pages in those languages'),
});
export type FaqGroup = z.infer<typeof faqGroupSchema>;

/** shared/wcag-criteria.yaml: a JIS X 8341-3:2016 success criterion, for accessibility pages. */
export const successCriterionSchema = z.strictObject({
  id: z.string().regex(/^\d\.\d\.\d{1,2}$/).describe('Number, e.g. 1.4.3'),
  name: z.string().min(1).describe('Japanese name as in JIS X 8341-3:2016'),
  level: z.enum(['A', 'AA']),
  standard: z.enum(['jis2016', 'wcag21', 'wcag22']).describe('jis2016: in JIS X 8341-3:2016 (WCAG 2.0); wcag21/22: added later, tested too'),
});
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;

/** shared/search-glossary.yaml: words residents type, mapped to the words policies use. */
export const glossaryEntrySchema = z.strictObject({
  id: idSchema,
  terms: z.array(z.string().min(1)).min(1).describe('What residents type: everyday words, kana spellings, abbreviations'),
  means: z.array(z.string().min(1)).min(1).describe('The words the policies use for it, searched as well as what was typed (never instead of it)'),
  /** Why the entry stays although no tuning query needs it (the search test reports each entry's use). */
  kept: z.string().min(1).optional().describe('Why this entry is kept when no tuning query needs it'),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** shared/prefectures.yaml: a prefecture, in the national code order (JIS X 0401). */
export const prefectureSchema = z.strictObject({
  code: z.string().regex(/^\d{2}$/).describe('The two digits that begin every 全国地方公共団体コード of the prefecture'),
  name: z.string().regex(/^.+[都道府県]$/, { error: 'prefecture' }).describe('都道府県名'),
  reading: z.string().regex(/^[ぁ-ゖー]+$/, { error: 'hiragana' }).describe('Reading in hiragana'),
});
export type Prefecture = z.infer<typeof prefectureSchema>;
