/**
 * /<slug>/policy.json: the edition as open data, published as JSON Schema at /schema/edition.v1.json.
 * Objects strip what they do not describe (the site's settings, its posters, an FAQ's edition), so
 * parsing an edition's page data gives exactly the published file, its fields in this order.
 */
import { z } from 'zod';
import { idSchema } from './common.ts';
import { editionSchema } from './edition.ts';
import { faqSchema } from './faq.ts';
import { policySchema } from './policy.ts';

export const openDataSchema = z
  .object({
    $schema: z.url(),
    version: z.literal(1),
    url: z.url().describe('The edition home page'),
    slug: idSchema,
    ...editionSchema.omit({ draft: true, theme: true, site: true }).shape,
    clauses: policySchema.shape.clauses,
    faqs: z.array(faqSchema.extend({ id: idSchema, answer: z.string().describe('The answer, in Markdown') }).strip()),
  })
  .describe("One city edition of Otagai: the city's document clause by clause, with its rules, measures and FAQs");
export type OpenData = z.infer<typeof openDataSchema>;
