/**
 * Which source each clause comes from. A clause's `source` is an override inherited by everything
 * under it; a clause with none above it belongs to the edition's main document. Every page that
 * quotes or cites a clause names its source from here, so a case study is never passed off as the
 * city's own document.
 */
import type { CheckGuideFile, Clause, Source } from '../schema/index.ts';
import { anchors, walkClauses } from './clauses.ts';
import { isWordKey, joinAnd, wordsFor, type Words } from './words.ts';

const ja = wordsFor('ja');

/** What finding a clause's source needs of an edition. */
export interface SourcedEdition {
  document: { source: string; kind?: string | undefined };
  sources: Source[];
  clauses: Clause[];
}

/** The source override in force at each anchor (clause, list item, flow step), made in one walk per clause tree. */
const overridesByTree = new WeakMap<Clause[], Map<string, string | undefined>>();

function overrides(clauses: Clause[]): Map<string, string | undefined> {
  let found = overridesByTree.get(clauses);
  if (!found) {
    const byClause = new Map<string, string | undefined>();
    for (const { clause, ancestors } of walkClauses(clauses)) byClause.set(clause.id, [...ancestors, clause].reverse().find((c) => c.source)?.source);
    found = new Map(anchors(clauses).map((a) => [a.id, byClause.get(a.clauseId)]));
    overridesByTree.set(clauses, found);
  }
  return found;
}

/** Id of the source an anchor's clause comes from: its own, its nearest section's, or the main document's. */
export function clauseSourceId(edition: SourcedEdition, anchorId: string): string {
  return overrides(edition.clauses).get(anchorId) ?? edition.document.source;
}

/** The source an anchor's clause comes from (the main document's when the id is unknown). */
export function clauseSource(edition: SourcedEdition, anchorId: string): Source {
  const id = clauseSourceId(edition, anchorId);
  return edition.sources.find((s) => s.id === id) ?? edition.sources.find((s) => s.id === edition.document.source)!;
}

/** The distinct sources of a set of citations, in the order the edition lists its sources. */
export function citedSources(edition: SourcedEdition, anchorIds: Iterable<string>): Source[] {
  const ids = new Set([...anchorIds].map((a) => clauseSourceId(edition, a)));
  return edition.sources.filter((s) => ids.has(s.id));
}

/** The word for what a source is (基本方針, 事例紹介…): its kind, or for the main document the document's kind. */
export function sourceKindLabel(edition: SourcedEdition, source: Source, t: Words = ja): string | undefined {
  if (source.kind) return t(`sourceKind.${source.kind}`);
  const kind = source.id === edition.document.source ? edition.document.kind : undefined;
  const key = `documentKind.${kind}`;
  return kind && isWordKey(key) ? t(key) : undefined;
}

/** How a citation names its source in a few words: its kind when no other source of the edition shares it, else its title. */
export function sourceShortName(edition: SourcedEdition, source: Source, t: Words = ja): string {
  const label = sourceKindLabel(edition, source, t);
  const shared = edition.sources.filter((s) => sourceKindLabel(edition, s, t) === label).length > 1;
  return label && !shared ? label : source.title;
}

/** The full name of a source: its kind and its title, 事例紹介「…」. */
export function sourceFullName(edition: SourcedEdition, source: Source, t: Words = ja): string {
  const label = sourceKindLabel(edition, source, t);
  return label ? `${label}「${source.title}」` : `「${source.title}」`;
}

/** A third party's report of the edition's measures, not the government's own words. */
export const isThirdParty = (source: Source) => source.kind === 'case-study';

/** Everything a page shows to name the source of one citation. */
export interface CitationSource {
  id: string;
  title: string;
  short: string;
  full: string;
  thirdParty: boolean;
}

export function citationSource(edition: SourcedEdition, anchorId: string, t: Words = ja): CitationSource {
  const source = clauseSource(edition, anchorId);
  return { id: source.id, title: source.title, short: sourceShortName(edition, source, t), full: sourceFullName(edition, source, t), thirdParty: isThirdParty(source) };
}

/** What a page rests on, in words: the government's own sources by name, then each third party's report as such. */
export function restsOnPhrase(edition: SourcedEdition & { city: { name: string } }, sources: Source[], t: Words = ja): string {
  const shown = sources.length > 0 ? sources : [clauseSource(edition, '')];
  const names = (list: Source[]) => list.map((s) => sourceFullName(edition, s, t));
  const name = edition.city.name;
  const own = names(shown.filter((s) => !isThirdParty(s)));
  const reported = names(shown.filter(isThirdParty)).map((source) => t('sources.reported', { name, source }));
  return [...(own.length > 0 ? [t('sources.own', { name, documents: joinAnd(t, own) })] : []), ...reported].join(t('list.andThen'));
}

/** The note a page shows when some of what it cites is a third party's report; undefined when none is. */
export function thirdPartyNote(edition: SourcedEdition & { city: { name: string } }, sources: Source[], t: Words = ja): string | undefined {
  const reported = sources.filter(isThirdParty);
  return reported.length > 0 ? t('sources.thirdPartyNote', { reports: reported.map((s) => sourceFullName(edition, s, t)).join(t('list.comma')), name: edition.city.name }) : undefined;
}

/** The anchors an edition's home page cites: its stance, rules and measures (with their conditions). */
export function homeAnchors(edition: {
  stance: string[];
  rules: Array<{ clause: string; scope?: { clause: string } | undefined; caveats?: Array<{ clause: string }> | undefined }>;
  measures: Array<{ clause: string; scope?: { clause: string } | undefined; caveats?: Array<{ clause: string }> | undefined }>;
}): string[] {
  return [...edition.stance, ...[...edition.rules, ...edition.measures].flatMap((r) => [r.clause, ...(r.scope ? [r.scope.clause] : []), ...(r.caveats ?? []).map((c) => c.clause)])];
}

/** The anchors a check guide cites. */
export function checkGuideAnchors(guide: CheckGuideFile, definitionClause: string): string[] {
  const quoted = [...guide.welcome, ...guide.accommodation, ...guide.decidedBy, ...guide.next, ...guide.steps.flatMap((s) => [s, ...s.explanation, ...s.notes])];
  return [definitionClause, ...quoted.map((q) => q.clause), ...guide.steps.flatMap((s) => s.examples)];
}
