/**
 * A kept source and an edition's text, compared as a reader compares them: character widths
 * (NFKC: （１） is (1)), spaces and line breaks, and reading marks do not count.
 *   {漢字|よみ}   the edition's reading mark
 *   漢字^{よみ}   a reading left by text extraction; ^き reads one character, as TeX's superscript
 */
import type { Block, Clause, ListItem } from '../schema/index.ts';
import { plainText } from './inline.ts';

export function normaliseSourceText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\{([^{}|]+)\|[^{}|]+\}/g, '$1')
    .replace(/\^\{[^{}]*\}/g, '')
    .replace(/\^[^\s{]/g, '')
    .replace(/\s+/g, '');
}

/** Edition text (inline markup and all) in the form it is looked up in its source. */
export const normaliseEditionText = (text: string) => normaliseSourceText(plainText(text));

export interface TextUnit {
  /** Where the text stands in policy.yaml. */
  path: Array<string | number>;
  text: string;
}

function* itemUnits(items: ListItem[], path: Array<string | number>): Generator<TextUnit> {
  for (const [i, item] of items.entries()) {
    yield { path: [...path, i, 'text'], text: item.text };
    if (item.items) yield* itemUnits(item.items, [...path, i, 'items']);
  }
}

/** The city's words in one block, each with its path; an omitted note is the edition's own words and is left out. */
export function* blockUnits(block: Block, path: Array<string | number>): Generator<TextUnit> {
  if (typeof block === 'string') return yield { path, text: block };
  if ('list' in block) return yield* itemUnits(block.list, [...path, 'list']);
  if ('note' in block) return yield { path: [...path, 'note'], text: block.note };
  if ('signature' in block) {
    for (const [i, line] of block.signature.entries()) yield { path: [...path, 'signature', i], text: line };
    return;
  }
  if ('table' in block) {
    const at = [...path, 'table'];
    if (block.table.caption) yield { path: [...at, 'caption'], text: block.table.caption };
    for (const [i, c] of block.table.columns.entries()) yield { path: [...at, 'columns', i], text: c };
    for (const [r, row] of block.table.rows.entries()) for (const [c, cell] of row.entries()) if (cell) yield { path: [...at, 'rows', r, c], text: cell };
    return;
  }
  if ('offences' in block) {
    yield { path: [...path, 'caption'], text: block.caption };
    for (const [key, text] of Object.entries(block.columns)) yield { path: [...path, 'columns', key], text };
    for (const [r, row] of block.offences.entries())
      for (const key of ['offence', 'article', 'summary', 'penalty', 'example'] as const) {
        const text = row[key];
        if (text) yield { path: [...path, 'offences', r, key], text };
      }
    return;
  }
  if ('flow' in block) {
    yield { path: [...path, 'caption'], text: block.caption };
    for (const [s, step] of block.flow.entries()) {
      const at = [...path, 'flow', s];
      yield { path: [...at, 'name'], text: step.name };
      if (step.when) yield { path: [...at, 'when'], text: step.when };
      if (step.decidedBy) yield { path: [...at, 'decidedBy'], text: step.decidedBy };
      for (const [p, point] of step.points.entries()) yield { path: [...at, 'points', p], text: point };
      for (const key of ['actions', 'cautions', 'closing'] as const) yield* itemUnits(step[key], [...at, key]);
    }
  }
}

/** The city's words of a clause itself (not its sub-clauses): its title and body. */
export function* clauseUnits(clause: Clause, path: Array<string | number>): Generator<TextUnit> {
  if (clause.title) yield { path: [...path, 'title'], text: clause.title };
  for (const [b, block] of clause.body.entries()) yield* blockUnits(block, [...path, 'body', b]);
}

/** How far `needle` is found in `haystack`: the length of its longest prefix that is. */
export function foundPrefix(haystack: string, needle: string): number {
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}
