/** What pages receive from the collections: an edition joined with its policy and posters; an FAQ with its ids. */
import { z } from 'zod';
import { idSchema } from './common.ts';
import { editionSchema } from './edition.ts';
import { faqSchema } from './faq.ts';
import { policySchema } from './policy.ts';
import { posterSchema } from './posters.ts';

export const editionPageNames = ['home', 'policy', 'faq', 'posters', 'check'] as const;

export const editionEntrySchema = editionSchema.extend({
  slug: idSchema,
  clauses: policySchema.shape.clauses,
  pages: z.array(z.enum(editionPageNames)).describe('The pages this edition has'),
  posters: z.array(posterSchema).default([]).describe('The posters this edition has (posters.yaml)'),
});
export type Edition = z.infer<typeof editionEntrySchema>;

export const faqEntrySchema = faqSchema.extend({ id: idSchema, edition: idSchema });
export type FaqEntry = z.infer<typeof faqEntrySchema>;
