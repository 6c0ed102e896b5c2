/** faq/<id>.md: one question of an edition, its answer in the Markdown body, the clauses it rests on. */
import { z } from 'zod';
import { idSchema, quote, suggested } from './common.ts';

export const faqSchema = z
  .strictObject({
    question: z.string().min(1).describe('The question as a resident or staff member would ask it, in plain Japanese'),
    group: idSchema.describe('FAQ group id (shared faq-groups.yaml)'),
    order: z.number().int().default(100).describe('Position within its group'),
    cites: z
      .array(z.strictObject({ clause: idSchema.describe('Clause (or list item) id the answer rests on'), quote: quote.optional() }))
      .min(1)
      .describe('The clauses the answer rests on; quotes are checked against them'),
    suggested: suggested.describe('A question drafted by npm run import or draft-faqs, not yet confirmed: never published. Delete this line once checked'),
  })
  .describe('One FAQ of an edition: faq/<id>.md, answer in the body');
export type FaqFile = z.infer<typeof faqSchema>;
