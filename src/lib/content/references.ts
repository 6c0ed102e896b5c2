/**
 * Checks across files: every id an edition cites resolves, every quote is the city's
 * own words, dates agree, ids are unique. Schema checks come first; these run on valid data.
 */
import type { EditionFile, FaqFile, PolicyFile, Salvaged } from '../../schema/index.ts';
import { anchors, blockTexts, clauseItems, flowStageIds, normaliseForQuote, walkClauses } from '../clauses.ts';
import { linkedClauseIds, plainText, strayMarkup } from '../inline.ts';
import { checkAccent } from '../contrast.ts';
import { eraOutOfRange, parseIso, parseWrittenDate, sameDate } from '../wareki.ts';
import { amountsNotIn, clauseIndex, reporter, type Report } from './citations.ts';
import { carries, scopeIndex } from './scopes.ts';
import type { Problem } from './problems.ts';
import { idHint } from './suggest.ts';
import type { Path, YamlFile } from './yaml-file.ts';

export interface SharedIds {
  behaviours: ReadonlySet<string>;
  families: ReadonlySet<string>;
  legal: ReadonlySet<string>;
}

/** Checks within policy.yaml and towards shared data; runs even when edition.yaml is broken. */
export function policyReferenceProblems(policy: PolicyFile, file: YamlFile, shared: SharedIds, sourceIds?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(file, problems);

  // Ids are unique across the edition: they are the #anchors of one policy page.
  const all = anchors(policy.clauses);
  const firstLine = new Map<string, number>();
  for (const a of all) {
    const line = file.lineOf(a.path) ?? 0;
    const other = firstLine.get(a.id);
    if (other !== undefined) report(a.path, 'duplicate-id', { input: a.id, other });
    else firstLine.set(a.id, line);
  }
  const anchorIds = new Set(all.map((a) => a.id));
  const needAnchor = (path: Path, id: string) => {
    if (!anchorIds.has(id)) report(path, 'unknown-clause', { input: id, hint: idHint(id, [...anchorIds]) });
  };
  // policy.yaml → shared data and itself
  for (const { clause, path } of walkClauses(policy.clauses)) {
    if (clause.source && sourceIds && !sourceIds.has(clause.source))
      report([...path, 'source'], 'unknown-source', { input: clause.source, hint: idHint(clause.source, [...sourceIds]) });
    for (const { item, path: itemPath } of clauseItems(clause, path)) {
      item.behaviours?.forEach((b, i) => {
        if (!shared.behaviours.has(b)) report([...itemPath, 'behaviours', i], 'unknown-behaviour', { input: b, hint: idHint(b, [...shared.behaviours]) });
      });
      if (item.behaviours && !item.id) report(itemPath, 'item-needs-id');
    }
    const texts = [clause.title ?? '', ...clause.body.flatMap(blockTexts)];
    for (const text of texts) {
      for (const id of linkedClauseIds(text)) needAnchor([...path], id);
      for (const stray of strayMarkup(text)) report(path, 'stray-markup', { input: stray });
    }
    clause.body.forEach((block, b) => {
      if (typeof block !== 'object') return;
      if ('offences' in block)
        block.offences.forEach((row, r) => {
          if (!shared.legal.has(row.reference))
            report([...path, 'body', b, 'offences', r, 'reference'], 'unknown-legal', { input: row.reference, hint: idHint(row.reference, [...shared.legal]) });
        });
      if ('flow' in block)
        block.flow.forEach((step, s) => step.detail && needAnchor([...path, 'body', b, 'flow', s, 'detail'], step.detail));
    });
    const own = normaliseForQuote(texts.map(plainText).join('\n'));
    clause.corrections.forEach((c, i) => {
      const at = [...path, 'corrections', i];
      if (!own.includes(normaliseForQuote(c.corrected))) report([...at, 'corrected'], 'correction-not-applied', { input: c.corrected, original: c.original });
      if (own.includes(normaliseForQuote(c.original))) report([...at, 'original'], 'correction-left-over', { input: c.original });
    });
    clause.keptAsWritten?.forEach((k, i) => {
      if (!own.includes(normaliseForQuote(k.text))) report([...path, 'keptAsWritten', i, 'text'], 'kept-not-found', { input: k.text });
    });
  }
  return problems;
}

/**
 * Checks from edition.yaml into policy.yaml: cited clauses exist and quotes are the city's words.
 * Runs on what parsed even when the file has schema errors: every part is checked that is there.
 */
export function editionReferenceProblems(edition: Salvaged<EditionFile>, policy: PolicyFile | undefined, file: YamlFile, shared: SharedIds): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(file, problems);
  const index = clauseIndex(policy?.clauses ?? []);
  const sources = Array.from(edition.sources ?? []);
  const sourceIds = sources.flatMap((s) => (s?.id ? [s.id] : []));
  // Without a readable policy.yaml there is nothing to resolve clause ids against yet.
  const needAnchor = (path: Path, id: string | undefined) => {
    if (policy && id && !index.ownerOf(id)) report(path, 'unknown-clause', { input: id, hint: index.idHint(id) });
  };
  /** A clause a page links to as the ground of a statement. */
  const cites = (path: Path, id: string | undefined) => {
    needAnchor(path, id);
    const words = id ? index.unnamed(id) : undefined;
    if (words) report(path, 'cited-unnamed', { input: id!, words });
  };
  const needQuote = (path: Path, clauseId: string | undefined, quote: string | undefined) => {
    if (quote === undefined || !clauseId || !index.ownerOf(clauseId)) return;
    if (!index.quotes(clauseId, quote)) report(path, 'quote-not-found', { input: quote, clause: clauseId, hint: index.quoteHint(clauseId, quote) });
  };

  // edition.yaml → policy.yaml
  const { document, definition } = edition;
  if (document?.source && sources.length > 0 && sourceIds.length === sources.length && !sourceIds.includes(document.source))
    report(['document', 'source'], 'unknown-source', { input: document.source, hint: idHint(document.source, sourceIds) });
  if (definition?.family && !shared.families.has(definition.family))
    report(['definition', 'family'], 'unknown-family', { input: definition.family, hint: idHint(definition.family, [...shared.families]) });
  cites(['definition', 'clause'], definition?.clause);
  needQuote(['definition', 'quote'], definition?.clause, definition?.quote);
  edition.stance?.forEach((id, i) => cites(['stance', i], id));
  const stages = new Set(policy ? flowStageIds(policy.clauses) : []);
  for (const [key, list] of [['rules', edition.rules], ['measures', edition.measures]] as const) {
    list?.forEach((entry, i) => {
      if (!entry) return;
      cites([key, i, 'clause'], entry.clause);
      if ('stage' in entry && entry.stage) {
        if (policy && index.ownerOf(entry.stage) && !stages.has(entry.stage)) report([key, i, 'stage'], 'not-a-stage', { input: entry.stage });
        else needAnchor([key, i, 'stage'], entry.stage);
      }
      needQuote([key, i, 'quote'], entry.clause, entry.quote);
      if (entry.scope) {
        needAnchor([key, i, 'scope', 'clause'], entry.scope.clause);
        needQuote([key, i, 'scope', 'quote'], entry.scope.clause, entry.scope.quote);
      }
      entry.caveats?.forEach((c, j) => {
        if (!c) return;
        needAnchor([key, i, 'caveats', j, 'clause'], c.clause);
        needQuote([key, i, 'caveats', j, 'quote'], c.clause, c.quote);
      });
      if ('announcement' in entry) needQuote([key, i, 'announcement'], entry.clause, entry.announcement);
      if ('maxMinutes' in entry && entry.maxMinutes !== undefined && (entry.minutes ?? 0) >= entry.maxMinutes)
        report([key, i, 'maxMinutes'], 'range-order');
    });
  }
  edition.contacts?.forEach((c, i) => c?.clause && needAnchor(['contacts', i, 'clause'], c.clause));
  // Scopes are compared across every rule and measure: only when all of them parsed.
  if (policy && edition.rules && edition.measures && [...edition.rules, ...edition.measures].every(Boolean)) scopeProblems(edition as EditionFile, policy, report);

  const revisions = edition.revisions ?? [];
  revisions.forEach((r, i) => {
    if (!r?.date) return;
    const before = revisions[i - 1]?.date;
    if (!parseIso(r.date)) report(['revisions', i, 'date'], 'invalid-date', { input: r.date });
    else if (before && r.date < before) report(['revisions', i, 'date'], 'revisions-order');
  });

  if (edition.theme?.accent) {
    const accent = checkAccent(edition.theme.accent);
    if (!accent.ok) report(['theme', 'accent'], 'low-contrast', { input: edition.theme.accent, text: accent.text.toFixed(2) });
  }

  document?.dates?.forEach((d, i) => {
    if (!d?.iso || !d.asWritten) return;
    const path = ['document', 'dates', i];
    const outside = eraOutOfRange(d.asWritten);
    if (!parseIso(d.iso)) report([...path, 'iso'], 'invalid-date', { input: d.iso });
    else if (!parseWrittenDate(d.asWritten)) report([...path, 'asWritten'], 'date-unreadable', { asWritten: d.asWritten });
    else if (outside) report([...path, 'asWritten'], 'era-out-of-range', { asWritten: d.asWritten, era: outside.era, range: `${outside.first}〜${outside.last ?? ''}` });
    else if (!sameDate(d.asWritten, d.iso)) report([...path, 'iso'], 'date-mismatch', { asWritten: d.asWritten, iso: d.iso });
  });

  return problems;
}

/**
 * A summary line (a rule or measure, shown on its own on the home page and in the comparison) whose
 * clause has a scope that another line of the same clause records, and that leaves it out.
 */
function scopeProblems(edition: EditionFile, policy: PolicyFile, report: Report) {
  const scopes = scopeIndex(edition, policy.clauses);
  const lines = [...edition.rules.map((r, i) => ({ entry: r, path: ['rules', i] })), ...edition.measures.map((m, i) => ({ entry: m, path: ['measures', i] }))];
  for (const { entry, path } of lines) {
    const scope = entry.scope ? undefined : scopes.headingScope(entry.clause);
    if (scope && !carries(entry.quote ?? '', scope.quote)) report(path, 'scope-left-out', { clause: entry.clause, scope: scope.quote, other: scope.where });
  }
}

/** Clause links written in a Markdown answer, [文字](#id), with the line of the answer each stands on (0 = first line). */
export function answerLinks(answer: string): Array<{ id: string; line: number }> {
  return answer.split('\n').flatMap((text, line) => [...text.matchAll(/\]\(#([^)\s]*)\)/g)].map((m) => ({ id: m[1]!, line })));
}

/**
 * Checks from an FAQ into its edition: cited clauses exist, quotes are the city's words, no number
 * comes from elsewhere, and every clause the answer links to exists. `bodyLine` is the file line the answer starts on.
 */
export function faqReferenceProblems(faq: FaqFile, answer: string, policy: PolicyFile, file: YamlFile, groups: ReadonlySet<string>, bodyLine = 0): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(file, problems);
  if (!groups.has(faq.group)) report(['group'], 'unknown-faq-group', { input: faq.group, hint: idHint(faq.group, [...groups]) });
  const index = clauseIndex(policy.clauses);
  const cited: string[] = [];
  faq.cites.forEach((c, i) => {
    const at = ['cites', i];
    if (!index.ownerOf(c.clause)) return report([...at, 'clause'], 'unknown-clause', { input: c.clause, hint: index.idHint(c.clause) });
    cited.push(index.textOf(c.clause));
    const words = index.unnamed(c.clause);
    if (words) report([...at, 'clause'], 'cited-unnamed', { input: c.clause, words });
    if (c.quote !== undefined && !index.quotes(c.clause, c.quote))
      report([...at, 'quote'], 'quote-not-found', { input: c.quote, clause: c.clause, hint: index.quoteHint(c.clause, c.quote) });
  });
  for (const amount of amountsNotIn(answer, cited)) report(['cites'], 'number-not-in-source', { input: amount });
  for (const link of answerLinks(answer))
    if (!index.ownerOf(link.id))
      problems.push({ file: file.file, line: bodyLine + link.line, path: ['answer'], message: 'unknown-clause', params: { input: link.id, hint: index.idHint(link.id) } });
  return problems;
}
