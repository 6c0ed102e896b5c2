/** Walking an edition's clause tree: anchors, text, contents. */
import type { Block, Clause, ListItem } from '../schema/index.ts';
import { plainText } from './inline.ts';

export interface Anchor {
  id: string;
  /** Where in policy.yaml the id is defined, for error messages. */
  path: Array<string | number>;
  /** The clause the anchor belongs to (itself, for a clause). */
  clauseId: string;
}

/** Every clause, depth first, with its path in policy.yaml and its ancestors. */
export function* walkClauses(
  clauses: Clause[],
  path: Array<string | number> = ['clauses'],
  ancestors: Clause[] = [],
): Generator<{ clause: Clause; path: Array<string | number>; ancestors: Clause[] }> {
  for (const [i, clause] of clauses.entries()) {
    const here = [...path, i];
    yield { clause, path: here, ancestors };
    if (clause.clauses) yield* walkClauses(clause.clauses, [...here, 'clauses'], [...ancestors, clause]);
  }
}

function* walkItems(items: ListItem[], path: Array<string | number>): Generator<{ item: ListItem; path: Array<string | number> }> {
  for (const [i, item] of items.entries()) {
    yield { item, path: [...path, i] };
    if (item.items) yield* walkItems(item.items, [...path, i, 'items']);
  }
}

/** Every list item of a clause's own body (not its sub-clauses), flow steps included. */
export function* clauseItems(clause: Clause, clausePath: Array<string | number>) {
  for (const [b, block] of clause.body.entries()) {
    const blockPath = [...clausePath, 'body', b];
    if (typeof block !== 'object') continue;
    if ('list' in block) yield* walkItems(block.list, [...blockPath, 'list']);
    if ('flow' in block)
      for (const [s, step] of block.flow.entries())
        for (const key of ['actions', 'cautions', 'closing'] as const) yield* walkItems(step[key], [...blockPath, 'flow', s, key]);
  }
}

/** All ids a page can link to with #id: clauses, identified items and flow steps. */
export function anchors(clauses: Clause[]): Anchor[] {
  const found: Anchor[] = [];
  for (const { clause, path } of walkClauses(clauses)) {
    found.push({ id: clause.id, path: [...path, 'id'], clauseId: clause.id });
    for (const { item, path: itemPath } of clauseItems(clause, path)) {
      if (item.id) found.push({ id: item.id, path: [...itemPath, 'id'], clauseId: clause.id });
    }
    for (const [b, block] of clause.body.entries()) {
      if (typeof block === 'object' && 'flow' in block)
        for (const [s, step] of block.flow.entries())
          found.push({ id: step.id, path: [...path, 'body', b, 'flow', s, 'id'], clauseId: clause.id });
    }
  }
  return found;
}

/** Ids of every step of every response flow (what a rule's stage names). */
export function flowStageIds(clauses: Clause[]): string[] {
  return [...walkClauses(clauses)].flatMap(({ clause }) => clause.body.flatMap((b) => (typeof b === 'object' && 'flow' in b ? b.flow.map((s) => s.id) : [])));
}

export function findClause(clauses: Clause[], id: string): Clause | undefined {
  for (const { clause } of walkClauses(clauses)) if (clause.id === id) return clause;
  return undefined;
}

const itemText = (items: ListItem[]): string[] => items.flatMap((i) => [i.text, ...itemText(i.items ?? [])]);

/** Every piece of inline text in a block, in reading order. */
export function blockTexts(block: Block): string[] {
  if (typeof block === 'string') return [block];
  if ('list' in block) return itemText(block.list);
  if ('note' in block) return [block.note];
  if ('offences' in block)
    return [block.caption, ...Object.values(block.columns), ...block.offences.flatMap((r) => [r.offence ?? '', r.article, r.summary, r.penalty ?? '', r.example ?? ''])];
  if ('flow' in block)
    return [
      block.caption,
      ...block.flow.flatMap((s) => [s.name, s.when ?? '', s.decidedBy ?? '', ...itemText(s.actions), ...s.points, ...itemText(s.cautions), ...itemText(s.closing)]),
    ];
  if ('table' in block) return [block.table.caption ?? '', ...block.table.columns, ...block.table.rows.flat()];
  if ('signature' in block) return block.signature;
  return [];
}

/**
 * The words of a clause and everything under it, as a reader sees them. Whitespace is dropped so quotes
 * match across line wraps. `known`: texts made earlier in the same walk, so a parent reuses its children's.
 */
export function clausePlainText(clause: Clause, known?: Map<Clause, string>): string {
  const done = known?.get(clause);
  if (done !== undefined) return done;
  const own = [clause.title ?? '', ...clause.body.flatMap(blockTexts)];
  const children = (clause.clauses ?? []).map((c) => clausePlainText(c, known));
  const text = normaliseForQuote([...own, ...children].map(plainText).join('\n'));
  known?.set(clause, text);
  return text;
}

export const normaliseForQuote = (s: string) => s.replace(/\s+/g, '');

/** A clause's heading as the city numbers it: "(1) 一次対応（初期対応）". */
export function clauseHeading(clause: Clause): string {
  return [clause.number, clause.title ? plainText(clause.title) : undefined].filter(Boolean).join(' ');
}

export interface ContentsEntry {
  id: string;
  heading: string;
  children: ContentsEntry[];
}

/** The contents list: titled clauses down to `depth` levels. */
export function contents(clauses: Clause[], depth = 2): ContentsEntry[] {
  if (depth === 0) return [];
  return clauses
    .filter((c) => c.title)
    .map((c) => ({ id: c.id, heading: clauseHeading(c), children: contents(c.clauses ?? [], depth - 1) }));
}

/** Where a clause sits: its top-level section, for "see the section" labels. */
export function clauseTrail(clauses: Clause[], id: string): Clause[] {
  for (const { clause, ancestors } of walkClauses(clauses)) if (clause.id === id) return [...ancestors, clause];
  return [];
}

/** Citation labels of each clause tree, made in one walk the first time a page asks (a comparison asks hundreds of times). */
const labelsByTree = new WeakMap<Clause[], Map<string, string>>();

/** Characters of a clause's opening words shown where it has no number or title to be cited by. */
const OPENING = 20;

/** 「見本町は、町民の皆さまの声を…」: how a clause with no number or title is named, by its own opening words. */
export function openingWords(clause: Clause): string {
  const words = clausePlainText(clause);
  if (!words) return clause.id;
  return `「${words.length > OPENING ? `${words.slice(0, OPENING)}…` : words}」`;
}

/** True when neither the clause nor any clause above it has a number or title: its citation falls back to its opening words. */
export function isUnnamed(clauses: Clause[], clauseId: string): boolean {
  const trail = clauseTrail(clauses, clauseId);
  return trail.length > 0 && trail.every((c) => !clauseHeading(c));
}

/** How a citation of an anchor reads: the headings of its clause and the clauses above it (or its opening words, when none has one). */
export function citationLabel(clauses: Clause[], anchorId: string): string {
  let labels = labelsByTree.get(clauses);
  if (!labels) {
    const trails = new Map<string, string>();
    for (const { clause, ancestors } of walkClauses(clauses))
      trails.set(clause.id, [...ancestors, clause].map(clauseHeading).filter(Boolean).join(' › ') || openingWords(clause));
    labels = new Map(anchors(clauses).map((a) => [a.id, trails.get(a.clauseId) ?? '']));
    labelsByTree.set(clauses, labels);
  }
  return labels.get(anchorId) ?? '';
}
