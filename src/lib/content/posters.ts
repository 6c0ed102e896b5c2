/**
 * Checks of posters.yaml against the edition: every line cites a clause of this edition, and
 * prints the city's exact words from it — or says why its words differ (reworded), and then adds
 * no number the clause does not state. Each kind of poster must have what makes it that poster,
 * and may only say what the city's own document supports:
 *   awareness         a headline, the behaviours as list items or scenes, a closing message
 *   recording-notice  only clauses that edition.yaml cites for recording (a rule or a measure)
 *   counter-card      each item rests on a clause that a rule in edition.yaml cites
 *   stance            a headline and the stance itself
 */
import type { EditionFile, PolicyFile, PostersFile } from '../../schema/index.ts';
import { findClause, normaliseForQuote } from '../clauses.ts';
import { plainText } from '../inline.ts';
import { amountsNotIn, clauseIndex, reporter } from './citations.ts';
import { confirmed } from './suggestions.ts';
import { carries, scopeIndex } from './scopes.ts';
import type { Problem } from './problems.ts';
import type { Path, YamlFile } from './yaml-file.ts';

type Kind = PostersFile['posters'][number]['kind'];
type Role = PostersFile['posters'][number]['lines'][number]['role'];

/** The roles a poster of each kind cannot do without. */
export const REQUIRED_ROLES: Record<Kind, Role[]> = {
  awareness: ['headline', 'closing'],
  'recording-notice': ['headline'],
  'counter-card': ['headline', 'item'],
  stance: ['headline'],
};

/** A headline such as 「職員に対するカスタマー・ハラスメントとは」 announces a definition. */
const announcesDefinition = (headline: string) => /とは[？?]?$/.test(headline.trim());

/** Some line above the first example quotes at least half of the definition's first paragraph. */
function definitionBeforeItems(poster: PostersFile['posters'][number], policy: PolicyFile, definitionId: string): boolean {
  const first = findClause(policy.clauses, definitionId)?.body.find((b): b is string => typeof b === 'string');
  if (!first) return true;
  const definition = normaliseForQuote(plainText(first));
  const firstItem = poster.lines.findIndex((l) => l.role === 'item');
  return poster.lines
    .slice(0, firstItem < 0 ? poster.lines.length : firstItem)
    .some((l) => l.role !== 'headline' && definition.includes(normaliseForQuote(l.text)) && normaliseForQuote(l.text).length * 2 >= definition.length);
}

export function posterReferenceProblems(file: PostersFile, edition: EditionFile, policy: PolicyFile, yaml: YamlFile, behaviours: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yaml, problems);
  const index = clauseIndex(policy.clauses);
  const owner = (id: string) => index.ownerOf(id) ?? id;

  const recordingClauses = new Set(
    [...confirmed(edition.rules).filter((r) => r.kind === 'recording'), ...confirmed(edition.measures).filter((m) => m.kind === 'recording')].map((r) => owner(r.clause)),
  );
  const ruleClauses = new Set(confirmed(edition.rules).map((r) => owner(r.clause)));
  const scopes = scopeIndex(edition, policy.clauses);

  const seen = new Map<string, number>();
  file.posters.forEach((poster, p) => {
    const at: Path = ['posters', p];
    const line = yaml.lineOf([...at, 'id']) ?? 0;
    const other = seen.get(poster.id);
    if (other !== undefined) report([...at, 'id'], 'duplicate-id', { input: poster.id, other });
    else seen.set(poster.id, line);

    const headline = poster.lines.find((l) => l.role === 'headline');
    if (headline && announcesDefinition(headline.text) && !definitionBeforeItems(poster, policy, edition.definition.clause))
      report([...at, 'lines'], 'poster-definition-first', { input: headline.text, clause: edition.definition.clause });

    for (const role of REQUIRED_ROLES[poster.kind]) {
      if (!poster.lines.some((l) => l.role === role)) report([...at, 'lines'], 'poster-missing-role', { kind: poster.kind, role });
    }
    // An awareness poster shows the behaviours: as a list, or as scenes of a message.
    if (poster.kind === 'awareness' && !poster.lines.some((l) => l.role === 'item' || l.role === 'scene'))
      report([...at, 'lines'], 'poster-missing-role', { kind: poster.kind, role: 'item（または scene）' });

    poster.lines.forEach((l, i) => {
      const here: Path = [...at, 'lines', i];
      const clauseId = index.ownerOf(l.clause);
      if (l.behaviour !== undefined && !behaviours.has(l.behaviour)) report([...here, 'behaviour'], 'unknown-behaviour', { input: l.behaviour });
      if (!clauseId) return report([...here, 'clause'], 'unknown-clause', { input: l.clause, hint: index.idHint(l.clause) });
      const words = index.unnamed(l.clause);
      if (words) report([...here, 'clause'], 'cited-unnamed', { input: l.clause, words });
      if (l.reworded === undefined) {
        if (!index.quotes(l.clause, l.text)) report([...here, 'text'], 'poster-quote-not-found', { input: l.text, clause: l.clause, hint: index.quoteHint(l.clause, l.text) });
      } else {
        for (const amount of amountsNotIn(l.text, [index.textOf(l.clause)])) report([...here, 'text'], 'number-not-in-source', { input: amount });
      }
      if (poster.kind === 'recording-notice' && !recordingClauses.has(clauseId))
        report([...here, 'clause'], 'poster-not-recording', { input: l.clause });
      if (poster.kind === 'counter-card' && l.role === 'item' && !ruleClauses.has(clauseId))
        report([...here, 'clause'], 'poster-rule-not-stated', { input: l.clause });
      // An item whose rule applies only to some people or situations says so, or stands under a heading that does.
      const scope = poster.kind === 'counter-card' && l.role === 'item' ? scopes.lineScope(l.clause) : undefined;
      // The heading an item stands under is the nearest one above it; the headline stands over them all.
      const above = poster.lines.slice(0, i);
      const headingsAbove = [...above.filter((h) => h.role === 'headline'), ...above.filter((h) => h.role === 'heading').slice(-1)];
      if (scope && !carries(l.text, scope.quote) && !headingsAbove.some((h) => carries(h.text, scope.quote)))
        report([...here, 'text'], 'poster-scope-left-out', { clause: l.clause, scope: scope.quote });
    });
  });
  return problems;
}
