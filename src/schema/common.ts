/**
 * Building blocks every content schema uses: ids, the city's inline text, dates, quotes.
 * Field descriptions (.describe) are published in the JSON Schema of the open data.
 */
import { z } from 'zod';

/** Stable ids: lowercase ASCII words joined by hyphens, so they survive as URL fragments. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'id' })
  .describe('Stable id: lowercase ASCII letters, digits and hyphens (e.g. basic-idea)');

/** Text in the city's words; may carry {漢字|よみ} readings and [text](#clause-id) links. */
export const inlineText = z
  .string()
  .trim()
  .min(1, { error: 'empty' })
  .describe('Text as the city wrote it; {漢字|よみ} for a reading, [text](#clause-id) for a link');

/** A date as ISO 8601: a day, or a month when the document gives no day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'iso-date' })
  .describe('ISO 8601 date, YYYY-MM-DD or YYYY-MM when the document gives no day');

/** A date the document carries, as written (和暦) and as ISO; checked against each other. */
export const datedEvent = z
  .strictObject({
    event: z
      .enum(['dated', 'established', 'published', 'revised', 'effective', 'updated'])
      .describe(
        'What the date marks: dated (the date the document carries, no event named), established 策定, published 公表, revised 改定, effective 施行, updated 更新 (a web page\'s 最終更新日: when the page changed, not the policy)',
      ),
    asWritten: z.string().min(1).describe('The date exactly as the document writes it, in its era or the Western calendar: 令和７年６月２０日策定, 最終更新日：2025年4月1日'),
    iso: isoDate,
  })
  .describe('A date of the document, as written and as ISO');
export type DatedEvent = z.infer<typeof datedEvent>;

/** The city's exact words in a cited clause. */
export const quote = z.string().min(1).describe('Exact words of the cited clause (checked against it)');

/** The city's words, quoted from a clause (checked against it). */
export const citedQuote = z.strictObject({
  clause: idSchema.describe('Clause (or list item) id the words are quoted from'),
  quote: quote.describe('Exact words of the cited clause (checked against it)'),
});
export type CitedQuote = z.infer<typeof citedQuote>;

/**
 * Written by npm run import on what it found but the author has not checked: never published, and a
 * published edition (draft: false) may not keep one. Delete the line (or write false) once you have checked it.
 */
export const suggested = z
  .boolean()
  .optional()
  .describe('A suggestion of npm run import, not yet confirmed: never published. Delete this line once checked against the clause');
