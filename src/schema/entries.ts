/** What pages receive from the collections: an edition joined with its policy and posters; an FAQ with its ids. */
import { z } from 'zod';
import { idSchema } from './common.ts';
import { editionSchema } from './edition.ts';
import { faqSchema } from './faq.ts';
import { policySchema } from './policy.ts';
import { posterSchema } from './posters.ts';

export const pageLanguages = ['ja', 'easy', 'en'] as const;

export const editionPageNames = ['home', 'policy', 'faq', 'posters', 'check'] as const;

export const editionEntrySchema = editionSchema.extend({
  slug: idSchema,
  clauses: policySchema.shape.clauses,
  pages: z.array(z.enum(editionPageNames)).describe('The pages this edition has'),
  posters: z.array(posterSchema).default([]).describe('The posters this edition has (posters.yaml)'),
  languages: z.array(z.enum(pageLanguages)).describe('The languages the edition is published in: ja, then its translations'),
  versions: z.partialRecord(z.enum(pageLanguages), z.array(z.enum(editionPageNames))).describe('The pages the edition has in each language'),
});
export type Edition = z.infer<typeof editionEntrySchema>;

export const faqEntrySchema = faqSchema.extend({ id: idSchema, edition: idSchema });
export type FaqEntry = z.infer<typeof faqEntrySchema>;

const coverage = z.strictObject({ total: z.number(), current: z.number(), stale: z.number(), todo: z.number(), missing: z.number() });

/** An edition in another language: the same entry with translated words, and what of it is still Japanese. */
export const localEditionEntrySchema = editionEntrySchema.extend({
  local: z.strictObject({
    language: z.enum(['easy', 'en']),
    official: z.strictObject({ publisher: z.string(), url: z.string() }).optional(),
    coverage,
    untranslated: z.array(z.string()).describe('Units shown in Japanese (section:id)'),
    original: z.strictObject({ name: z.string(), title: z.string() }).describe('The name and title as the government writes them'),
    inJapanese: z.strictObject({ rules: z.array(z.number()), measures: z.array(z.number()) }).describe('Positions of the published rules and measures still shown in Japanese'),
  }),
});
export type LocalEdition = z.infer<typeof localEditionEntrySchema>;

/** An edition in another language as the site-wide pages list it (every shard lists all): its name and pages. */
export const languageVersionEntrySchema = localEditionEntrySchema.pick({ slug: true, city: true, pages: true, ui: true, local: true });
export type LanguageVersion = z.infer<typeof languageVersionEntrySchema>;

export const localFaqEntrySchema = faqEntrySchema.extend({
  language: z.enum(pageLanguages).describe('The language of the words: ja while the FAQ is not translated'),
  pageLanguage: z.enum(['easy', 'en']),
  questionMarked: z.string().describe('The question with its inline marks (readings in やさしい日本語), for the heading; question is its plain text'),
});
export type LocalFaqEntry = z.infer<typeof localFaqEntrySchema>;
