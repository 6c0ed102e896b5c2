/**
 * Which scope a line citing a clause must carry. A scope recorded with a rule or measure whose
 * words are a clause's heading (「長時間の拘束を繰り返す行為者に対する面談時間等について」) governs everything
 * under that heading: a rule, a measure or a counter card's item citing it must say it too (or record
 * its own scope, such as 「…でなくても」). A scope from a sentence governs the statements that record it;
 * a counter card's item citing the same words must carry it.
 */
import type { Clause, EditionFile } from '../../schema/index.ts';
import { anchors, normaliseForQuote, walkClauses } from '../clauses.ts';
import { plainText } from '../inline.ts';

export interface RequiredScope {
  quote: string;
  /** Where the scope is recorded: rules[2], measures[0]. */
  where: string;
}

export interface ScopeIndex {
  /** The scope a heading above the anchor states, as some rule or measure records it. */
  headingScope(anchor: string): RequiredScope | undefined;
  /** The scope a rule or measure citing exactly this anchor records, else the heading's. */
  lineScope(anchor: string): RequiredScope | undefined;
}

export const carries = (text: string, words: string) => normaliseForQuote(plainText(text)).includes(normaliseForQuote(words));

export function scopeIndex(edition: Pick<EditionFile, 'rules' | 'measures'>, clauses: Clause[]): ScopeIndex {
  const owner = new Map(anchors(clauses).map((a) => [a.id, a.clauseId]));
  const above = new Map<string, Clause[]>();
  for (const { clause, ancestors } of walkClauses(clauses)) above.set(clause.id, [...ancestors, clause]);
  const recorded = [
    ...edition.rules.map((entry, i) => ({ entry, where: `rules[${i}]` })),
    ...edition.measures.map((entry, i) => ({ entry, where: `measures[${i}]` })),
  ].filter((r) => r.entry.scope);

  const byHeading = new Map<string, RequiredScope>();
  const byAnchor = new Map<string, RequiredScope>();
  for (const { entry, where } of recorded) {
    const scope = { quote: entry.scope!.quote, where };
    const heading = clauses.length ? above.get(owner.get(entry.scope!.clause) ?? '')?.at(-1) : undefined;
    if (heading?.title && carries(heading.title, scope.quote) && !byHeading.has(heading.id)) byHeading.set(heading.id, scope);
    if (!byAnchor.has(entry.clause)) byAnchor.set(entry.clause, scope);
  }
  const headingScope = (anchor: string) => {
    const trail = above.get(owner.get(anchor) ?? anchor) ?? [];
    return [...trail].reverse().map((c) => byHeading.get(c.id)).find(Boolean);
  };
  return { headingScope, lineScope: (anchor) => byAnchor.get(anchor) ?? headingScope(anchor) };
}
