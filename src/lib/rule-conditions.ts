/**
 * What a rule depends on: the stage of the response flow it belongs to (and who decides to enter
 * that stage), whom or what situation it applies to, and the city's caveats on it. Wherever a rule
 * is shown away from its clause (home page, comparison, check guide), these are shown with it;
 * words already in the quote shown are not repeated.
 */
import type { CitedQuote, Clause, Measure, ResponseRule } from '../schema/index.ts';
import { normaliseForQuote, walkClauses } from './clauses.ts';
import { plainText } from './inline.ts';

/** A step of a response flow, as a rule's stage. */
export interface StageFacts {
  id: string;
  name: string;
  /** Who decides that this stage begins, in the city's words: the step's own, or the decision step just before it. */
  decidedBy?: string | undefined;
}

export interface RuleConditions {
  stage?: StageFacts | undefined;
  scope?: CitedQuote | undefined;
  caveats: CitedQuote[];
}

type Conditioned = Pick<ResponseRule, 'scope' | 'caveats'> & { stage?: string | undefined };

/** The flow step with this id, with who decides it begins; undefined when no flow has such a step. */
export function flowStage(clauses: Clause[], stageId: string): StageFacts | undefined {
  for (const { clause } of walkClauses(clauses)) {
    for (const block of clause.body) {
      if (typeof block !== 'object' || !('flow' in block)) continue;
      const i = block.flow.findIndex((s) => s.id === stageId);
      if (i < 0) continue;
      const step = block.flow[i]!;
      const before = block.flow[i - 1];
      const decidedBy = step.decidedBy ?? (before?.kind === 'decision' ? before.decidedBy : undefined);
      return { id: step.id, name: step.name, decidedBy: decidedBy && plainText(decidedBy) };
    }
  }
  return undefined;
}

/** A rule's or measure's conditions; undefined when it has none. */
export function ruleConditions(clauses: Clause[], rule: Conditioned | Measure): RuleConditions | undefined {
  const stage = 'stage' in rule && rule.stage ? flowStage(clauses, rule.stage) : undefined;
  const caveats = rule.caveats ?? [];
  if (!stage && !rule.scope && caveats.length === 0) return undefined;
  return { stage, scope: rule.scope, caveats };
}

const contains = (shown: string, words: string) => normaliseForQuote(shown).includes(normaliseForQuote(words));

/** The conditions whose words the text already shown (a quote of the city's words) does not carry; undefined when it carries them all. */
export function conditionsNotIn(conditions: RuleConditions | undefined, shown: string): RuleConditions | undefined {
  if (!conditions) return undefined;
  const scope = conditions.scope && !contains(shown, conditions.scope.quote) ? conditions.scope : undefined;
  const caveats = conditions.caveats.filter((c) => !contains(shown, c.quote));
  if (!conditions.stage && !scope && caveats.length === 0) return undefined;
  return { stage: conditions.stage, scope, caveats };
}

/** The words a reader must find beside a rule shown on its own: its stage's name, its scope and its caveats. */
export function conditionWords(conditions: RuleConditions | undefined): string[] {
  if (!conditions) return [];
  return [conditions.stage?.name, conditions.scope?.quote, ...conditions.caveats.map((c) => c.quote)].filter((w): w is string => !!w);
}
