/** The rules and measures an edition states, as data, each citing the clause it rests on. */
import { z } from 'zod';
import { citedQuote, idSchema, quote, suggested } from './common.ts';

const cited = { clause: idSchema.describe('Clause id the statement rests on'), quote: quote.optional(), suggested };

/**
 * What a statement depends on, so that wherever it is shown on its own (home page, comparison,
 * counter card, check guide) it is shown with them: whom or what situation it applies to, and
 * the city's caveats on it.
 */
const conditioned = {
  scope: citedQuote
    .optional()
    .describe("Whom or what situation the statement applies to, in the city's words (e.g. 「長時間の拘束を繰り返す行為者に対する」), when its own words leave it out"),
  caveats: z
    .array(citedQuote)
    .default([])
    .describe("The city's conditions, exceptions and notes on the statement: consent and its exception, 原則, a ※ note that a guide depends on the situation"),
};
const staged = {
  stage: idSchema
    .optional()
    .describe('Id of the response-flow step the rule belongs to (一次・二次・三次対応), where the city has stages; shown with the step that decides it'),
  ...conditioned,
};

export const ruleBasisSchema = z.enum(['rule', 'principle', 'guide', 'as-needed']).describe('rule: always; principle: 原則; guide: 目安; as-needed: 必要に応じて');
export const channelSchema = z.enum(['phone', 'counter', 'interview', 'email', 'visit']);
const otherRuleKinds = ['filming-ban', 'multiple-staff', 'warning', 'end-response', 'leave-premises', 'police', 'lawyer', 'safety', 'meeting-place', 'sns-takedown', 'legal-action', 'other'] as const;
/** Every kind of response rule. */
export const ruleKindSchema = z.enum(['time-limit', 'recording', ...otherRuleKinds]);

export const responseRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('time-limit'),
    ...cited,
    ...staged,
    basis: ruleBasisSchema,
    minutes: z.number().int().positive().optional().describe('The limit, when the city states a number'),
    maxMinutes: z.number().int().positive().optional().describe('Upper end when the city gives a range (30 to 60)'),
    channels: z.array(channelSchema).optional(),
    startsAfterDeadlock: z.boolean().optional().describe('Counted from the point the talk goes round in circles'),
  }),
  z.strictObject({
    kind: z.literal('recording'),
    ...cited,
    ...staged,
    basis: ruleBasisSchema,
    channels: z.array(channelSchema).min(1).optional().describe('Where calls or talks are recorded; left out when the document does not say'),
    announcement: z.string().min(1).optional().describe('What staff or an automatic message say before recording (checked against the clause)'),
  }),
  z.strictObject({
    kind: z.enum(otherRuleKinds),
    ...cited,
    ...staged,
    basis: ruleBasisSchema.optional(),
  }),
]);
export type ResponseRule = z.infer<typeof responseRuleSchema>;
/** A rule as written in edition.yaml, before defaults (what the importer writes). */
export type ResponseRuleInput = z.input<typeof responseRuleSchema>;

export const measureSchema = z.strictObject({
  kind: z.enum(['poster', 'manual', 'training', 'name-badge', 'recording', 'staff-care', 'consultation-desk', 'security-camera', 'public-notice', 'case-sharing', 'support-system', 'expert-cooperation']),
  ...cited,
  ...conditioned,
});
export type Measure = z.infer<typeof measureSchema>;
export type MeasureInput = z.input<typeof measureSchema>;
