/**
 * translations/<language>/*.yaml: this site's translation of an edition, unit by unit, keyed by the
 * ids the original uses (clause ids, FAQ ids, check elements, rule numbers). Each unit records the
 * fingerprint of the Japanese it was made from; its words mirror the original's (see docs/translations.md).
 */
import { z } from 'zod';

/** One translated unit: the fingerprint of its source words, then the words. */
export const translationUnitSchema = z
  .looseObject({
    from: z
      .string()
      .regex(/^[0-9a-f]{10}$/, { error: 'fingerprint' })
      .describe('Fingerprint of the Japanese this was translated from, written by npm run translations'),
    todo: z.literal(true).optional().describe('A stub: not translated yet (the words are still the Japanese). Delete once translated'),
  })
  .describe('A translated unit: from, then the words mirroring the original');
export type TranslationUnit = z.infer<typeof translationUnitSchema>;

const section = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id' }), translationUnitSchema).optional();

export const translationFileSchema = z
  .strictObject({
    official: z
      .strictObject({
        publisher: z.string().min(1).describe('Who made this translation: the government itself'),
        url: z.url().describe('Where the government publishes it'),
      })
      .optional()
      .describe("Only when the government made this translation itself: then the page does not call it this site's"),
    edition: section.describe('edition: the name of the government and the title of its document'),
    clauses: section.describe('Clauses of policy.yaml by id: title and body mirroring the original'),
    rules: section.describe('Rules of edition.yaml by number (1 = first): their quoted words'),
    measures: section.describe('Measures of edition.yaml by number: their quoted words'),
    faqs: section.describe('FAQs by file name (faq/<id>.md): question and answer'),
    check: section.describe('The check guide: welcome, each step by its element id, accommodation, decided-by, next'),
    posters: section.describe('Posters by id: their lines'),
  })
  .describe("One file of an edition's translation into one language");
export type TranslationFile = z.infer<typeof translationFileSchema>;
