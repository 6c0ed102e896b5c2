/**
 * Every axe-core rule this project has ever disabled, with the reason and the upstream bug.
 * Keep this list empty; a rule goes here only with a link to an open upstream issue.
 */
export interface DisabledRule {
  rule: string;
  reason: string;
  upstream: string;
}

export const disabledAxeRules: DisabledRule[] = [];
