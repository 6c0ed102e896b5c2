/** The rules and measures an edition states, as data, each citing the clause it rests on. */
import { z } from 'zod';
import { idSchema, quote, suggested } from './common.ts';

const cited = { clause: idSchema.describe('Clause id the statement rests on'), quote: quote.optional(), suggested };
const staged = { stage: idSchema.optional().describe('Id of the response-flow step the rule belongs to, where the city has stages') };

const ruleBasis = z.enum(['rule', 'principle', 'guide', 'as-needed']).describe('rule: always; principle: 原則; guide: 目安; as-needed: 必要に応じて');
const channel = z.enum(['phone', 'counter', 'interview', 'email', 'visit']);

export const responseRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('time-limit'),
    ...cited,
    ...staged,
    basis: ruleBasis,
    minutes: z.number().int().positive().optional().describe('The limit, when the city states a number'),
    maxMinutes: z.number().int().positive().optional().describe('Upper end when the city gives a range (30 to 60)'),
    channels: z.array(channel).optional(),
    startsAfterDeadlock: z.boolean().optional().describe('Counted from the point the talk goes round in circles'),
  }),
  z.strictObject({
    kind: z.literal('recording'),
    ...cited,
    ...staged,
    basis: ruleBasis,
    channels: z.array(channel).min(1),
    announcement: z.string().min(1).optional().describe('What staff or an automatic message say before recording (checked against the clause)'),
  }),
  z.strictObject({
    kind: z.enum(['filming-ban', 'multiple-staff', 'warning', 'end-response', 'leave-premises', 'police', 'lawyer', 'safety', 'meeting-place', 'sns-takedown', 'legal-action', 'other']),
    ...cited,
    ...staged,
    basis: ruleBasis.optional(),
  }),
]);
export type ResponseRule = z.infer<typeof responseRuleSchema>;

export const measureSchema = z.strictObject({
  kind: z.enum(['poster', 'manual', 'training', 'name-badge', 'recording', 'staff-care', 'consultation-desk', 'security-camera', 'public-notice', 'case-sharing', 'support-system', 'expert-cooperation']),
  ...cited,
});
export type Measure = z.infer<typeof measureSchema>;
