/**
 * The content contract: every file under content/ is checked against these schemas, field by field,
 * before any page is built; `npm run check` runs the same checks. One module per kind of file.
 *
 * Words every schema uses (see README "Content model"):
 *   edition   one city's publication, a folder content/editions/<slug>/
 *   clause    an addressable unit of the city's text, with a stable id (#id on the policy page)
 *   behaviour an example of conduct the city lists, tagged with a shared taxonomy id
 *   rule      something the city says it will do, as data, citing its clause
 *   measure   something the city does beyond the counter, citing its clause
 */
import { checkGuideSchema } from './check-guide.ts';
import { editionSchema } from './edition.ts';
import { faqSchema } from './faq.ts';
import { policySchema } from './policy.ts';
import { postersFileSchema } from './posters.ts';
import { salvage } from './salvage.ts';
import { behaviourKindSchema, definitionFamilySchema, faqGroupSchema, glossaryEntrySchema, legalReferenceSchema, prefectureSchema, successCriterionSchema } from './shared.ts';

export * from './check-guide.ts';
export * from './common.ts';
export * from './comparison-data.ts';
export * from './edition.ts';
export * from './words.ts';
export * from './entries.ts';
export * from './faq.ts';
export * from './open-data.ts';
export * from './policy.ts';
export * from './posters.ts';
export * from './published.ts';
export * from './rules.ts';
export * from './salvage.ts';
export * from './shared.ts';

/** The schema of each kind of content file, as the content reader takes them. */
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
  prefecture: prefectureSchema,
  posters: postersFileSchema,
  check: checkGuideSchema,
  /** The parts of an edition.yaml that parse, for the checks that follow a schema error. */
  salvageEdition: (data: unknown) => salvage(editionSchema, data),
};
export * from './accessibility-record.ts';
