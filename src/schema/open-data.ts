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
import { measureSchema, responseRuleSchema } from './rules.ts';

/** Every citation in the open data names the source of the clause it cites. */
const sourced = z.object({
  source: idSchema.describe("Id of the source (sources[].id) the cited clause comes from: the clause's own, its section's, or the main document's"),
});
const [timeLimit, recording, otherRule] = responseRuleSchema.options;

export const openDataSchema = z
  .object({
    $schema: z.url(),
    version: z.literal(1),
    url: z.url().describe('The edition home page'),
    slug: idSchema,
    ...editionSchema.omit({ draft: true, theme: true, site: true }).shape,
    clauses: policySchema.shape.clauses.describe("The document, clause by clause; every clause's source is given (inherited from its section)"),
    rules: z
      .array(z.discriminatedUnion('kind', [timeLimit.extend(sourced.shape), recording.extend(sourced.shape), otherRule.extend(sourced.shape)]))
      .describe('Response rules the city states, each naming the source of its clause'),
    measures: z.array(measureSchema.extend(sourced.shape)).describe('Measures the city takes beyond the counter, each naming the source of its clause'),
    faqs: z.array(
      faqSchema
        .extend({
          id: idSchema,
          answer: z.string().describe('The answer, in Markdown'),
          cites: z.array(faqSchema.shape.cites.element.extend(sourced.shape)).min(1).describe('The clauses the answer rests on, each naming its source'),
        })
        .strip(),
    ),
  })
  .describe("One city edition of Otagai: the city's document clause by clause, with its rules, measures and FAQs");
export type OpenData = z.infer<typeof openDataSchema>;
