/**
 * content/shared/accessibility-record.json: the committed record of the last complete automated
 * accessibility run, written by `npm run accessibility:record`. Builds read it; they never run tests.
 */
import { z } from 'zod';

const pageResult = z.strictObject({
  axe: z.strictObject({
    violations: z.array(z.string()).describe('axe rule ids that found a problem on the page'),
    passes: z.array(z.string()).describe('axe rule ids that ran and found nothing wrong'),
    incomplete: z.array(z.string()).describe('axe rule ids that need a person to decide'),
    inapplicable: z.array(z.string()).optional().describe('axe rule ids with nothing of their kind on the page'),
  }),
  checks: z.record(z.string(), z.boolean()).describe("This project's own checks (structure, keyboard, reflow…): true when passed"),
});

export const accessibilityRecordSchema = z
  .strictObject({
    testedAt: z.iso.datetime().describe('When the run ended'),
    commit: z.string().min(7).describe('The commit whose pages were tested; "+dirty" when the tree had uncommitted changes'),
    tools: z.record(z.string(), z.string()).describe('Tool name → version'),
    axeTags: z.array(z.string()).describe('The axe-core tags the run used'),
    ruleCriteria: z.record(z.string(), z.array(z.string())).describe('axe rule id → success criteria it tests'),
    fingerprints: z
      .record(z.string(), z.string())
      .describe('Edition slug → fingerprint of everything its pages are made from, at the time of the run'),
    pages: z.record(z.string(), pageResult).describe('Tested path → results'),
  })
  .describe('The last complete automated accessibility run of the all-editions site');
export type AccessibilityRecord = z.infer<typeof accessibilityRecordSchema>;
