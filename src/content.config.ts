/** The collections pages read. The contract is in src/schema/; the loaders check content before any page is built. */
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import { loadTokenizer } from './lib/morphology.ts';
import { editionEntries, faqEntries, languageVersionEntries, localCheckGuideEntries, localEditionEntries, localFaqEntries } from './loaders/edition-entries.ts';
import { paths } from './paths.ts';
import { built, contentLoader, published } from './loaders/content-loader.ts';
import {
  behaviourKindSchema,
  checkGuideSchema,
  definitionFamilySchema,
  editionEntrySchema,
  faqEntrySchema,
  faqGroupSchema,
  glossaryEntrySchema,
  languageVersionEntrySchema,
  legalReferenceSchema,
  localEditionEntrySchema,
  localFaqEntrySchema,
  successCriterionSchema,
} from './schema/index.ts';

/** Collections come back sorted by id; these keep the order of their shared file (demands before means). */
const positioned = { position: z.number().int() };

export const collections = {
  editions: defineCollection({
    loader: contentLoader('editions', (c) => editionEntries(published(c.editions))),
    schema: editionEntrySchema,
  }),
  /** Each edition this build makes again in each language it is translated into (id <slug>/<language>). */
  localEditions: defineCollection({
    loader: contentLoader('local-editions', (c) => localEditionEntries(built(c.editions))),
    schema: localEditionEntrySchema,
  }),
  /** Every edition in each of its languages, as the site-wide pages list it. */
  languageVersions: defineCollection({
    loader: contentLoader('language-versions', (c) => languageVersionEntries(published(c.editions))),
    schema: languageVersionEntrySchema,
  }),
  localFaqs: defineCollection({
    loader: contentLoader('local-faqs', async (c) => localFaqEntries(built(c.editions), await loadTokenizer(), paths.clause)),
    schema: localFaqEntrySchema,
  }),
  localCheckGuides: defineCollection({
    loader: contentLoader('local-check-guides', (c) => localCheckGuideEntries(built(c.editions))),
    schema: checkGuideSchema,
  }),
  faqs: defineCollection({
    loader: contentLoader('faqs', (c) => faqEntries(built(c.editions), paths.clause)),
    schema: faqEntrySchema,
  }),
  searchGlossary: defineCollection({ loader: contentLoader('search-glossary', (c) => c.glossary.map((g) => ({ id: g.id, data: g }))), schema: glossaryEntrySchema }),
  englishSearchGlossary: defineCollection({
    loader: contentLoader('english-search-glossary', (c) => c.englishGlossary.map((g) => ({ id: g.id, data: g }))),
    schema: glossaryEntrySchema,
  }),
  successCriteria: defineCollection({ loader: contentLoader('success-criteria', (c) => c.criteria.map((sc) => ({ id: sc.id, data: sc }))), schema: successCriterionSchema }),
  faqGroups: defineCollection({ loader: contentLoader('faq-groups', (c) => c.faqGroups.map((g) => ({ id: g.id, data: g }))), schema: faqGroupSchema }),
  checkGuides: defineCollection({
    loader: contentLoader('check-guides', (c) => published(c.editions).flatMap((e) => (e.check ? [{ id: e.slug, data: e.check }] : []))),
    schema: checkGuideSchema,
  }),
  behaviours: defineCollection({
    loader: contentLoader('behaviours', (c) => c.behaviours.map((b, position) => ({ id: b.id, data: { ...b, position } }))),
    schema: behaviourKindSchema.extend(positioned),
  }),
  definitionFamilies: defineCollection({
    loader: contentLoader('families', (c) => c.families.map((f, position) => ({ id: f.id, data: { ...f, position } }))),
    schema: definitionFamilySchema.extend(positioned),
  }),
  legalReferences: defineCollection({ loader: contentLoader('legal', (c) => c.legal.map((l) => ({ id: l.id, data: l }))), schema: legalReferenceSchema }),
};
