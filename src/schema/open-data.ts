/** /<slug>/policy.json: the edition as open data, published as JSON Schema at /schema/edition.v1.json. */
import { z } from 'zod';
import { idSchema } from './common.ts';
import { editionSchema } from './edition.ts';
import { faqSchema } from './faq.ts';
import { policySchema } from './policy.ts';

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
  .describe("One city edition of Otagai: the city's document clause by clause, with its rules, measures and FAQs");
export type OpenData = z.infer<typeof openDataSchema>;
