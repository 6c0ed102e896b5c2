/** The collections pages read. The contract is in src/schema/; the loaders check content before any page is built. */
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import { editionPages } from './lib/edition-pages.ts';
import { linkClausesInAnswer } from './lib/plain-markdown.ts';
import { confirmed } from './lib/content/suggestions.ts';
import { paths } from './paths.ts';
import { contentLoader, published } from './loaders/content-loader.ts';
import {
  behaviourKindSchema,
  checkGuideSchema,
  definitionFamilySchema,
  editionEntrySchema,
  faqEntrySchema,
  faqGroupSchema,
  glossaryEntrySchema,
  legalReferenceSchema,
  successCriterionSchema,
} from './schema/index.ts';

/** Collections come back sorted by id; these keep the order of their shared file (demands before means). */
const positioned = { position: z.number().int() };

export const collections = {
  editions: defineCollection({
    loader: contentLoader('editions', (c) =>
      published(c.editions).map((e) => ({
        id: e.slug,
        // What the importer suggested and the author has not confirmed is never published.
        data: { ...e.edition, rules: confirmed(e.edition.rules), measures: confirmed(e.edition.measures), slug: e.slug, clauses: e.policy.clauses, pages: editionPages({ ...e, faqs: confirmed(e.faqs.map((f) => f.data)) }), posters: e.posters },
      })),
    ),
    schema: editionEntrySchema,
  }),
  faqs: defineCollection({
    loader: contentLoader('faqs', (c) =>
      published(c.editions).flatMap((e) =>
        e.faqs.filter((f) => !f.data.suggested).map((f) => ({ id: `${e.slug}/${f.id}`, data: { ...f.data, id: f.id, edition: e.slug }, markdown: linkClausesInAnswer(f.body, (id) => paths.clause(e.slug, id)) })),
      ),
    ),
    schema: faqEntrySchema,
  }),
  searchGlossary: defineCollection({ loader: contentLoader('search-glossary', (c) => c.glossary.map((g) => ({ id: g.id, data: g }))), schema: glossaryEntrySchema }),
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
