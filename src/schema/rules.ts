/** The rules and measures an edition states, as data, each citing the clause it rests on. */
import { z } from 'zod';
import { idSchema, quote, suggested } from './common.ts';

const cited = { clause: idSchema.describe('Clause id the statement rests on'), quote: quote.optional(), suggested };
const staged = { stage: idSchema.optional().describe('Id of the response-flow step the rule belongs to, where the city has stages') };

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
    channels: z.array(channelSchema).min(1).optional().describe('Where the city records (phone, counter…), only when its document says'),
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

export const measureSchema = z.strictObject({
  kind: z.enum(['poster', 'manual', 'training', 'name-badge', 'recording', 'staff-care', 'consultation-desk', 'security-camera', 'public-notice', 'case-sharing', 'support-system', 'expert-cooperation']),
  ...cited,
});
export type Measure = z.infer<typeof measureSchema>;
