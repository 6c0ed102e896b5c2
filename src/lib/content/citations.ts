/**
 * What every check that cites an edition's clauses needs: a reporter that puts file and line on
 * a problem, and an index of the edition's clauses to resolve ids and find quotes in.
 * Used by edition.yaml, FAQ, poster and check-guide checks alike.
 */
import type { Clause } from '../../schema/index.ts';
import { anchors, clausePlainText, findClause, isUnnamed, normaliseForQuote, openingWords, walkClauses } from '../clauses.ts';
import { toAsciiDigits } from '../wareki.ts';
import type { MessageId, Problem } from './problems.ts';
import { idHint, quoteMismatch } from './suggest.ts';
import type { Path, YamlFile } from './yaml-file.ts';

export type Report = (path: Path, message: MessageId, params?: Record<string, string | number>) => void;

/** A report function that adds problems located in `file`. */
export function reporter(file: YamlFile, problems: Problem[]): Report {
  return (path, message, params) => problems.push({ file: file.file, line: file.lineOf(path), path, message, params });
}

export interface ClauseIndex {
  /** The clause an anchor (clause, list item or flow step id) belongs to; undefined when there is no such id. */
  ownerOf(id: string): string | undefined;
  /** The words of the clause that holds an anchor, whitespace dropped. */
  textOf(id: string): string;
  /** True when `quote` is found, whitespace ignored, in the clause that holds the anchor. */
  quotes(id: string, quote: string): boolean;
  /** For an id that does not resolve: the nearest ids of this edition. */
  idHint(id: string): string;
  /** For a quote not found: where it stops matching the clause. */
  quoteHint(id: string, quote: string): string;
  /** The opening words a citation of this anchor is named by, when neither its clause nor any above it has a number or title. */
  unnamed(id: string): string | undefined;
}

const indexes = new WeakMap<Clause[], ClauseIndex>();

/** The index of a policy's clauses, made once per clauses array (every FAQ and translation of an edition asks for it). */
export function clauseIndex(clauses: Clause[]): ClauseIndex {
  let index = indexes.get(clauses);
  if (!index) indexes.set(clauses, (index = makeClauseIndex(clauses)));
  return index;
}

function makeClauseIndex(clauses: Clause[]): ClauseIndex {
  const ownerOf = new Map(anchors(clauses).map((a) => [a.id, a.clauseId]));
  const text = new Map<string, string>();
  // Each clause's words once: a parent's text is made of its children's.
  const known = new Map<Clause, string>();
  for (const { clause } of walkClauses(clauses)) text.set(clause.id, clausePlainText(clause, known));
  const textOf = (id: string) => text.get(ownerOf.get(id) ?? id) ?? '';
  return {
    ownerOf: (id) => ownerOf.get(id),
    textOf,
    quotes: (id, quote) => textOf(id).includes(normaliseForQuote(quote)),
    idHint: (id) => idHint(id, [...ownerOf.keys()]),
    quoteHint: (id, quote) => quoteMismatch(normaliseForQuote(quote), textOf(id)),
    unnamed: (id) => {
      const owner = ownerOf.get(id);
      return owner && isUnnamed(clauses, owner) ? openingWords(findClause(clauses, owner)!) : undefined;
    },
  };
}

/** Amounts with units ("30分", "１時間"): a summary may state only those its clauses state. */
const AMOUNT = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:分|時間|秒|日|回|名|人|件|年|か月|ヶ月)/g;

/** The amounts in `text` that none of the `cited` texts states (full-width and half-width digits are the same). */
export function amountsNotIn(text: string, cited: string[]): string[] {
  const source = toAsciiDigits(cited.join('\n')).replace(/\s+/g, '');
  return [...new Set(text.match(AMOUNT) ?? [])].filter((amount) => !source.includes(toAsciiDigits(amount).replace(/\s+/g, '')));
}
