/**
 * How an import compares with an edition made by hand from the same document:
 *   headings  share of the hand-made edition's headed clauses whose heading the import also has
 *   text      share of the hand-made edition's words (by characters) that stand within one text
 *             unit of the import, widths, spaces and reading marks aside
 *   foreign   text units of the import that are not in the source: words it made up (must be none)
 */
import type { Clause } from '../../schema/index.ts';
import { walkClauses } from '../clauses.ts';
import { clauseUnits, normaliseEditionText, normaliseSourceText } from '../source-text.ts';

export interface Comparison {
  headings: { total: number; found: number; missing: string[] };
  text: { total: number; found: number; missing: string[] };
  foreign: string[];
}

const headingKeys = (c: Clause) => {
  const title = normaliseEditionText(c.title ?? '');
  return [title, normaliseEditionText(`${c.number ?? ''}${c.title ?? ''}`)];
};

export function compareImport(handMade: Clause[], imported: Clause[], source: string): Comparison {
  const importedHeadings = new Set([...walkClauses(imported)].flatMap(({ clause }) => (clause.title ? headingKeys(clause) : [])));
  const handHeaded = [...walkClauses(handMade)].map(({ clause }) => clause).filter((c) => c.title);
  const missingHeadings = handHeaded.filter((c) => !headingKeys(c).some((k) => importedHeadings.has(k))).map((c) => [c.number, c.title].filter(Boolean).join(' '));

  // The hand-made edition's recorded corrections (举 → 挙) are its editing, not the import's: applied to the import's words too.
  const corrections = [...walkClauses(handMade)].flatMap(({ clause }) => clause.corrections).map((c) => [normaliseSourceText(c.original), normaliseSourceText(c.corrected)] as const);
  const correct = (s: string) => corrections.reduce((out, [from, to]) => out.split(from).join(to), s);
  const importedUnits = [...walkClauses(imported)].flatMap(({ clause, path }) => [...clauseUnits(clause, path)].map((u) => correct(normaliseEditionText(u.text))));
  const handUnits = [...walkClauses(handMade)].flatMap(({ clause, path }) => [...clauseUnits(clause, path)].map((u) => u.text));
  let total = 0;
  let found = 0;
  const missingText: string[] = [];
  for (const text of handUnits) {
    const words = normaliseEditionText(text);
    total += words.length;
    if (importedUnits.some((u) => u.includes(words))) found += words.length;
    else missingText.push(text);
  }
  const src = normaliseSourceText(source);
  const foreign = [...walkClauses(imported)].flatMap(({ clause, path }) => [...clauseUnits(clause, path)].map((u) => u.text)).filter((t) => !src.includes(normaliseEditionText(t)));
  return { headings: { total: handHeaded.length, found: handHeaded.length - missingHeadings.length, missing: missingHeadings }, text: { total, found, missing: missingText }, foreign };
}

/** How the suggested rules and measures compare with those an author confirmed by hand: same kind, overlapping words. */
export function compareSuggestions(hand: Array<{ kind: string; quote?: string | undefined }>, suggested: Array<{ kind: string; quote?: string | undefined }>) {
  const n = (s: string | undefined) => normaliseSourceText(s ?? '');
  const overlaps = (a: { kind: string; quote?: string | undefined }, b: { kind: string; quote?: string | undefined }) =>
    a.kind === b.kind && !!a.quote && !!b.quote && (n(a.quote).includes(n(b.quote)) || n(b.quote).includes(n(a.quote)));
  const found = hand.filter((h) => h.quote && suggested.some((s) => overlaps(h, s)));
  const right = suggested.filter((s) => hand.some((h) => overlaps(h, s)));
  return { hand: hand.filter((h) => h.quote).length, found: found.length, suggested: suggested.length, right: right.length, missed: hand.filter((h) => h.quote && !found.includes(h)) };
}
