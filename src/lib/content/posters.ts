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
import { amountsNotIn, clauseIndex, reporter } from './citations.ts';
import { confirmed } from './suggestions.ts';
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

export function posterReferenceProblems(file: PostersFile, edition: EditionFile, policy: PolicyFile, yaml: YamlFile, behaviours: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yaml, problems);
  const index = clauseIndex(policy.clauses);
  const owner = (id: string) => index.ownerOf(id) ?? id;

  const recordingClauses = new Set(
    [...confirmed(edition.rules).filter((r) => r.kind === 'recording'), ...confirmed(edition.measures).filter((m) => m.kind === 'recording')].map((r) => owner(r.clause)),
  );
  const ruleClauses = new Set(confirmed(edition.rules).map((r) => owner(r.clause)));

  const seen = new Map<string, number>();
  file.posters.forEach((poster, p) => {
    const at: Path = ['posters', p];
    const line = yaml.lineOf([...at, 'id']) ?? 0;
    const other = seen.get(poster.id);
    if (other !== undefined) report([...at, 'id'], 'duplicate-id', { input: poster.id, other });
    else seen.set(poster.id, line);

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
    });
  });
  return problems;
}
