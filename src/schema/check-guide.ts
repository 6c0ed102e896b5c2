/** check.yaml: the 「これってカスハラ？」 guide, one step per element of the definition family, in the city's words. */
import { z } from 'zod';
import { citedQuote, idSchema, quote } from './common.ts';

const checkStep = z.strictObject({
  element: idSchema.describe("Element id of the edition's definition family (definition-families.yaml), in the family's order"),
  clause: idSchema.describe('Clause that holds the words of this element, usually the definition'),
  quote: quote.describe("This element in the city's own words, as the definition writes it"),
  explanation: z.array(citedQuote).default([]).describe('Where the city explains how it reads this element'),
  examples: z.array(idSchema).default([]).describe('Clauses whose listed examples illustrate this element (shown with their headings)'),
  notes: z.array(citedQuote).default([]).describe("The city's cautions at this element, e.g. that examples are not exhaustive"),
});
export type CheckStep = z.infer<typeof checkStep>;

export const checkGuideSchema = z
  .strictObject({
    welcome: z.array(citedQuote).min(1).describe("The city's words on opinions, requests and complaints: shown before any step"),
    steps: z.array(checkStep).min(1).describe('One step per element of the definition family, in its order'),
    accommodation: z
      .array(citedQuote)
      .default([])
      .describe("Only where the city's document says so: asking for reasonable accommodation (合理的配慮) is not harassment"),
    decidedBy: z.array(citedQuote).default([]).describe('What the city says about who judges or decides; empty when its document does not say'),
    next: z.array(citedQuote).min(1).describe("What the city's policy says happens next"),
  })
  .describe('The 「これってカスハラ？」 guide of an edition: check.yaml');
export type CheckGuideFile = z.infer<typeof checkGuideSchema>;
