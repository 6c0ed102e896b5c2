/**
 * The shared structuring stage: paragraphs, headings and list items (from any reader) become the
 * clause tree of policy.yaml, in the document's own words, numbers and markers.
 *
 * Numbering styles nest in the order a document first uses them (１ › （１） › ア › ①), so a marker
 * of a style already open closes what was opened under it, and one of a new style opens a level
 * below. A marker is a heading only where its number follows the sequence (（２） after （１）): a
 * （２） that does not is a reference in running text. A heading of few words, with its own text or
 * sub-clauses below it, is a clause; a run of bare numbered lines is a list.
 */
import type { Block, Clause, ListItem } from '../../schema/index.ts';
import { leadingMarker, splitEnumeration, type Marker } from './markers.ts';
import type { TableUnit, TextUnit, Unit, Unsure } from './model.ts';
import { tidy } from './paragraphs.ts';
import { STANDALONE_HEADINGS, squash } from './words.ts';

export interface Item {
  marker?: string | undefined;
  text: string;
  line: number;
  items: Item[];
}

export type Part =
  | { kind: 'para'; text: string; line: number }
  | { kind: 'note'; text: string; line: number }
  | { kind: 'list'; items: Item[]; ordered: boolean; line: number; path: Array<{ cls: string; ordinal?: number | undefined; items: Item[] }> }
  | { kind: 'table'; table: TableUnit }
  | { kind: 'signature'; lines: string[]; line: number }
  | { kind: 'node'; node: Node };

export interface Node {
  /** The marker as written (１, （２）, ア, ■), when there is one. */
  number?: string | undefined;
  /** The heading's words, or the text after the marker until it is known whether it is a heading. */
  text: string;
  caption?: string | undefined;
  line: number;
  cls: string;
  ordinal?: number | undefined;
  explicit: boolean;
  bracket: boolean;
  parts: Part[];
}

export interface Tree {
  root: Node;
  unsure: Unsure[];
}



/** Few words, no sentence: a heading. */
export function titleLike(text: string): boolean {
  const t = squash(text);
  return t.length > 0 && t.length <= 50 && !/[。．]/.test(t) && !/[、,，]$/.test(t) && !/(です|ます|ません)$/.test(t);
}

const SIGNATORY = /^\S{1,15}(?:市|町|村|区)長[ \u3000]*\S{2,12}$|^\S{1,6}(?:都|道|府|県)知事[ \u3000]*\S{2,12}$/;
const DATE_ONLY = /^(?:令和|平成|昭和)[\s\S]{1,24}?[年月日](?:[（(][^（）()]{0,10}[）)])?[\s\u3000]*(?:策定|制定|改定|改正|施行|作成|公表|発行|施行日)?$/;
export const isDateOnly = (text: string) => DATE_ONLY.test(text.trim()) && /[年]/.test(text);
export const isSignatory = (text: string) => SIGNATORY.test(text.trim());

interface Open {
  node: Node;
  cls: string;
  ordinal?: number | undefined;
  scope: number;
}

export function buildTree(units: Unit[], knownHeadings: ReadonlySet<string> = new Set()): Tree {
  const root: Node = { text: '', line: 0, cls: 'root', explicit: true, bracket: false, parts: [] };
  const unsure: Unsure[] = [];
  const stack: Open[] = [];
  const top = () => stack.at(-1)?.node ?? root;
  let outermost: string | undefined;
  let scope = 0;
  const scopeBase = new Map<number, number>();
  // An unnumbered style (■, 《…》) has no sequence to place it by: it goes back under the style it first stood under.
  const symbolParent = new Map<string, string>();
  // Articles are numbered through the whole document, across its chapters.
  let lastArticle = 0;
  let caption: string | undefined;

  const push = (node: Node, cls: string, ordinal: number | undefined) => {
    if (node.ordinal === undefined && !node.explicit && node.cls !== 'unmarked') symbolParent.set(cls, stack.at(-1)?.cls ?? 'root');
    top().parts.push({ kind: 'node', node });
    stack.push({ node, cls, ordinal, scope });
  };

  const enterScope = (next: number) => {
    if (next === scope) return;
    if (scope !== 0 && scopeBase.has(scope)) stack.length = Math.min(stack.length, scopeBase.get(scope)!);
    if (next !== 0 && !scopeBase.has(next)) scopeBase.set(next, stack.length);
    scope = next;
  };

  const expanded: Unit[] = units.flatMap((u) => (u.kind === 'text' && u.heading === undefined ? splitEnumeration(u.text).map((text) => ({ ...u, text })) : [u]));

  for (let i = 0; i < expanded.length; i++) {
    const u = expanded[i]!;
    enterScope(u.scope ?? 0);
    if (u.kind === 'table') {
      top().parts.push({ kind: 'table', table: u });
      continue;
    }
    const text = u.text;
    // Date and signatory at the foot of a document or of a part: a signature.
    if ((isDateOnly(text) && isSignatory(nextText(expanded, i))) || (isSignatory(text) && isDateOnly(nextText(expanded, i)))) {
      const next = expanded[++i] as TextUnit;
      top().parts.push({ kind: 'signature', lines: [tidy(text), tidy(next.text)], line: u.line });
      continue;
    }
    if (u.heading !== undefined) {
      const marked = leadingMarker(text);
      const numbered = marked && marked.marker.kind !== 'bullet' && marked.marker.kind !== 'note' && marked.marker.kind !== 'bracket';
      while (stack.length && !(stack.at(-1)!.node.explicit && stack.at(-1)!.cls < `h${u.heading}`)) stack.pop();
      push(
        { number: numbered ? marked.marker.raw : undefined, text: numbered ? marked.rest : text, caption: numbered ? marked.marker.caption : undefined, line: u.line, cls: `h${u.heading}`, explicit: true, bracket: false, parts: [] },
        `h${u.heading}`,
        undefined,
      );
      continue;
    }
    // （目的） on its own line names the article that follows: 第１条 …
    if (/^[（(][^（）()]{1,20}[）)]$/.test(text.trim()) && /^第[0-9０-９一二三四五六七八九十百]+条/.test(nextText(expanded, i))) {
      caption = text.trim().replace(/^\(/, '（').replace(/\)$/, '）');
      continue;
    }
    const marked = leadingMarker(text);
    if (marked && caption && marked.marker.cls === 'dai-条' && !marked.marker.caption) marked.marker.caption = caption;
    caption = undefined;
    if (u.item !== undefined) {
      addItem(top(), u, marked, u.item);
      continue;
    }
    if (marked?.marker.kind === 'note') {
      top().parts.push({ kind: 'note', text, line: u.line });
      continue;
    }
    if (marked?.marker.kind === 'bullet') {
      addItem(top(), u, marked, undefined);
      continue;
    }
    if (marked && continuesList(top(), marked.marker)) {
      addItem(top(), u, marked, undefined);
      continue;
    }
    if (marked) {
      const placed = place(marked.marker, marked.rest);
      if (placed) {
        const { at, restart } = placed;
        if (restart) unsure.push({ line: u.line, message: restart });
        stack.length = at;
        outermost ??= marked.marker.cls;
        if (marked.marker.cls === 'dai-条') lastArticle = marked.marker.ordinal ?? lastArticle;
        if (stack.at(-1)?.cls === 'unmarked' && marked.marker.cls === outermost) stack.pop();
        push(
          { number: marked.marker.kind === 'bracket' ? undefined : marked.marker.raw, text: marked.rest, caption: marked.marker.caption, line: u.line, cls: marked.marker.cls, ordinal: marked.marker.ordinal, explicit: false, bracket: marked.marker.kind === 'bracket', parts: [] },
          key(marked.marker.cls),
          marked.marker.ordinal,
        );
        continue;
      }
      if (marked.marker.kind === 'number' && titleLike(marked.rest))
        unsure.push({ line: u.line, message: `「${marked.marker.raw}」は番号の並びに合わないため、見出しでなく本文として読みました。` });
    } else if (u.large || isKnownHeading(text, knownHeadings)) {
      // A heading without a marker: a conventional section, one the contents list names, or larger type.
      while (stack.length && stack.at(-1)!.scope === scope && !stack.at(-1)!.node.explicit) stack.pop();
      push({ text, line: u.line, cls: 'unmarked', explicit: false, bracket: false, parts: [] }, 'unmarked', undefined);
      continue;
    }
    top().parts.push({ kind: 'para', text, line: u.line });
  }
  return { root, unsure };

  function key(cls: string) {
    return `${scope}:${cls}`;
  }

  /** Where a numbered or symbol heading goes: the stack depth it opens at; undefined when it is no heading. */
  function place(marker: Marker, rest: string): { at: number; restart?: string } | undefined {
    if (marker.kind === 'bullet' || marker.kind === 'note') return undefined;
    const k = findLast(stack, (o) => o.cls === key(marker.cls) && o.scope === scope);
    const title = titleLike(rest) || runIn(rest) !== undefined || marker.caption !== undefined;
    if (marker.cls === 'dai-条' && k < 0) return marker.ordinal === lastArticle + 1 ? { at: stack.length } : undefined;
    if (marker.ordinal === undefined) {
      if (k >= 0) return { at: k };
      if (!title) return undefined;
      const parent = symbolParent.get(key(marker.cls));
      const j = parent === undefined ? -1 : findLast(stack, (o) => o.cls === parent);
      return { at: j >= 0 ? j + 1 : stack.length };
    }
    if (k >= 0) {
      const prev = stack[k]!.ordinal ?? 0;
      if (marker.ordinal === prev + 1) return { at: k };
      if (marker.ordinal > prev + 1 && marker.ordinal <= prev + 3 && title) return { at: k, restart: `「${marker.raw}」の前の番号がありません（${prev} の次が ${marker.ordinal}）。抜けていないか確かめてください。` };
      if (marker.ordinal === 1 && title) return { at: k, restart: `「${marker.raw}」で番号が 1 からやり直しています。見出しの階層を確かめてください。` };
      return undefined;
    }
    if (marker.ordinal === 1 || (marker.cls === 'kana' && marker.raw.startsWith('イ'))) return { at: stack.length };
    if (marker.ordinal <= 3 && title) return { at: stack.length, restart: `「${marker.raw}」は 1 から始まっていません。見出しの階層を確かめてください。` };
    return undefined;
  }
}

function nextText(units: Unit[], i: number): string {
  const next = units[i + 1];
  return next?.kind === 'text' && next.heading === undefined && next.item === undefined ? next.text : '';
}

function findLast<T>(list: T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

function isKnownHeading(text: string, known: ReadonlySet<string>): boolean {
  const t = squash(text);
  return STANDALONE_HEADINGS.has(t) || known.has(t) || [...known].some((k) => t.startsWith(k) && /^[（(]/.test(t.slice(k.length)));
}

/** "カスタマーハラスメントの定義 行政サービスの…": a heading run in before its text. */
export function runIn(text: string): { title: string; body: string } | undefined {
  const bracket = text.match(/^([【《〔［][^】》〕］]{1,40}[】》〕］])[ \u3000]*(.+)$/);
  // 【参考】カスタマーハラスメントが抵触する法律 is one heading; 【該当する行為】 以下の記載は… is a heading and its text.
  if (bracket && bracket[2]!.length >= 4 && !titleLike(bracket[2]!)) return { title: bracket[1]!, body: bracket[2]! };
  if (bracket) return undefined;
  const m = text.match(/^([^ \u3000、。]{2,30})[ \u3000]+(.+)$/);
  if (!m) return undefined;
  const [, title, body] = m as unknown as [string, string, string];
  if (!titleLike(title) || body.length < Math.max(12, title.length)) return undefined;
  return { title, body };
}

/** A list at the end of a node's body that a numbered line continues (④ after ③). */
function continuesList(node: Node, marker: Marker): boolean {
  const last = node.parts.at(-1);
  if (last?.kind !== 'list' || marker.kind === 'bracket') return false;
  return last.path.some((level) => level.cls === marker.cls && (marker.ordinal === undefined || level.ordinal === marker.ordinal - 1));
}

/** Adds a list item to the node's last list (or a new one), nested by its depth and its marker's style. */
function addItem(node: Node, u: TextUnit, marked: ReturnType<typeof leadingMarker>, depth: number | undefined) {
  let list = node.parts.at(-1);
  if (list?.kind !== 'list') {
    list = { kind: 'list', items: [], ordered: !!u.ordered, line: u.line, path: [] };
    node.parts.push(list);
  }
  const marker = marked?.marker;
  const cls = marker && marker.kind !== 'note' ? marker.cls : 'plain';
  // ・ and - are how a list looks, not words of the city; other markers are kept as written.
  const shown = marker && marker.kind !== 'note' && !/^bullet-[・･•-]$/.test(marker.cls) ? marker.raw : undefined;
  const text = marker && marker.kind !== 'note' ? marked!.rest : u.text;
  // A style already in the list keeps its level; a new one goes under the item before. A depth the
  // file gives (Markdown indent, nested HTML lists) is a floor: ・ written under ④ at the same indent still nests.
  const byClass = list.path.findIndex((level) => level.cls === cls);
  let level: number;
  if (depth === undefined) level = byClass >= 0 ? byClass : list.path.length;
  else if (byClass >= 0) level = Math.max(byClass, depth);
  else level = list.path[depth] ? depth + 1 : depth;
  level = Math.min(level, list.path.length);
  const item: Item = { marker: shown, text, line: u.line, items: [] };
  if (level === 0) list.items.push(item);
  else {
    const parent = list.path[level - 1]!.items.at(-1)!;
    parent.items.push(item);
  }
  const container = level === 0 ? list.items : list.path[level - 1]!.items.at(-1)!.items;
  list.path.length = level;
  list.path.push({ cls, ordinal: marker?.ordinal, items: container });
}

// ——— From nodes to the clauses of policy.yaml ———

export interface ClauseSource {
  /** Line of the kept source where each clause starts, by clause id. */
  lines: Map<string, number>;
  unsure: Unsure[];
}

/** The clause tree, ids by position (s1, s1-2, …): stable for one document, and permanent once published. */
export function toClauses(root: Node, known: ReadonlySet<string> = new Set()): { clauses: Clause[]; lines: Map<string, number>; unsure: Unsure[] } {
  const lines = new Map<string, number>();
  const unsure: Unsure[] = [];
  relocateSignature(root);
  listBareRuns(root);
  const top = children(root, [], lines, unsure, known);
  // The document's own words before its first heading: a clause without number or title.
  const lead = leadBlocks(root, unsure);
  if (lead.length) {
    top.unshift({ id: 'preamble', body: lead, corrections: [] });
    lines.set('preamble', firstLine(root));
  }
  return { clauses: top, lines, unsure };
}

function firstLine(node: Node): number {
  for (const p of node.parts) {
    if (p.kind === 'node') return p.node.line;
    if (p.kind === 'table') return p.table.line;
    return p.line;
  }
  return node.line;
}

/** A signature at the very end of the document stands on its own, not inside the last section. */
function relocateSignature(root: Node) {
  let node = root;
  for (;;) {
    const last = node.parts.at(-1);
    if (last?.kind === 'node') node = last.node;
    else break;
  }
  const last = node.parts.at(-1);
  if (node === root || last?.kind !== 'signature') return;
  node.parts.pop();
  root.parts.push({ kind: 'node', node: { text: '', line: last.line, cls: 'signature', explicit: false, bracket: false, parts: [last] } });
}

/** Parts of the root before its first section. */
function leadBlocks(root: Node, unsure: Unsure[]): Block[] {
  const lead: Part[] = [];
  for (const p of root.parts) {
    if (p.kind === 'node') break;
    lead.push(p);
  }
  return lead.flatMap((p) => partBlocks(p, unsure));
}

/** Sub-clauses of a node: its section parts; runs of bare numbered lines become lists first. */
function children(node: Node, path: number[], lines: Map<string, number>, unsure: Unsure[], known: ReadonlySet<string>): Clause[] {
  const out: Clause[] = [];
  let seenNode = false;
  let trailing: Part[] = [];
  const flushTrailing = () => {
    if (!trailing.length) return;
    const id = `s${[...path, out.length + 1].join('-')}`;
    out.push({ id, body: trailing.flatMap((p) => partBlocks(p, unsure)), corrections: [] });
    lines.set(id, trailing[0]!.kind === 'table' ? (trailing[0] as { table: TableUnit }).table.line : (trailing[0] as { line: number }).line);
    trailing = [];
  };
  for (const p of node.parts) {
    if (p.kind !== 'node') {
      // Words after a sub-clause keep their place: in a clause of their own.
      if (seenNode) trailing.push(p);
      continue;
    }
    flushTrailing();
    seenNode = true;
    out.push(clauseOf(p.node, [...path, out.length + 1], lines, unsure, known));
  }
  flushTrailing();
  return out;
}

function clauseOf(node: Node, path: number[], lines: Map<string, number>, unsure: Unsure[], known: ReadonlySet<string>): Clause {
  const id = node.cls === 'signature' ? 'signature' : `s${path.join('-')}`;
  lines.set(id, node.line);
  listBareRuns(node);
  const { title, lead } = headingOf(node, known);
  const body: Block[] = [];
  if (lead) body.push(tidy(lead));
  for (const p of node.parts) {
    if (p.kind === 'node') break;
    body.push(...partBlocks(p, unsure));
  }
  const subs = children(node, path, lines, unsure, known);
  const clause: Clause = { id, body, corrections: [] };
  if (node.number) clause.number = node.number;
  if (title) clause.title = tidy(title);
  if (subs.length) clause.clauses = subs;
  return clause;
}

/** The heading of a node: its words when they are a heading, else its number alone and its words as text. */
function headingOf(node: Node, known: ReadonlySet<string>): { title?: string | undefined; lead?: string | undefined } {
  const text = node.text.trim();
  if (!text) return {};
  if (node.caption) return { title: node.caption, lead: text };
  if (node.cls === 'unmarked') {
    const t = squash(text);
    const prefix = [...known, ...STANDALONE_HEADINGS].filter((k) => t.startsWith(k) && t !== k).sort((a, b) => b.length - a.length)[0];
    if (prefix) {
      const cut = cutAfter(text, prefix);
      return { title: text.slice(0, cut), lead: text.slice(cut) };
    }
    return { title: text };
  }
  if (node.explicit) return { title: text };
  if (node.bracket) {
    const split = runIn(text);
    return split ? { title: split.title, lead: split.body } : { title: text };
  }
  if (titleLike(text)) return { title: text };
  const split = runIn(text);
  if (split) return { title: split.title, lead: split.body };
  return { lead: text };
}

/** Where in `text` the squashed `prefix` ends. */
function cutAfter(text: string, prefix: string): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) seen += squash(text[i]!).length;
    if (seen >= prefix.length) return i + 1;
  }
  return text.length;
}

/** Consecutive numbered lines with nothing under them (①… ②… ③…) are a list, not sections. */
function listBareRuns(node: Node) {
  const parts: Part[] = [];
  let run: Node[] = [];
  const flush = () => {
    if (run.length >= 2 && run.every((n) => !n.explicit && !n.bracket && !n.caption && !n.cls.startsWith('dai'))) {
      parts.push({ kind: 'list', ordered: false, line: run[0]!.line, path: [], items: run.map((n) => ({ marker: n.number, text: n.text, line: n.line, items: [] })) });
    } else parts.push(...run.map((n) => ({ kind: 'node' as const, node: n })));
    run = [];
  };
  for (const p of node.parts) {
    const bare = p.kind === 'node' && p.node.parts.length === 0 && p.node.cls !== 'unmarked' && p.node.cls !== 'signature' ? p.node : undefined;
    if (bare && (!run.length || run[0]!.cls === bare.cls)) {
      run.push(bare);
      continue;
    }
    flush();
    if (bare) run.push(bare);
    else parts.push(p);
  }
  flush();
  node.parts = parts;
}

const listItem = (item: Item): ListItem => ({
  ...(item.marker ? { marker: item.marker } : {}),
  text: tidy(item.text),
  ...(item.items.length ? { items: item.items.map(listItem) } : {}),
});

function partBlocks(p: Part, unsure: Unsure[]): Block[] {
  switch (p.kind) {
    case 'para':
      return [tidy(p.text)];
    case 'note':
      return [{ note: tidy(p.text) }];
    case 'list':
      return [{ list: p.items.map(listItem), ...(p.ordered ? { ordered: true } : {}) }];
    case 'signature':
      return [{ signature: p.lines }];
    case 'table':
      return tableBlocks(p.table, unsure);
    case 'node':
      return [];
  }
}

/** A table as a table: its first row as column headings (a first row of one cell is its caption). */
function tableBlocks(t: TableUnit, unsure: Unsure[]): Block[] {
  let rows = t.rows.map((r) => [...r]);
  let caption = t.caption;
  if (!caption && rows[0]?.filter(Boolean).length === 1 && rows.length > 2) caption = rows.shift()!.find(Boolean);
  const head = rows[0];
  const width = Math.max(...rows.map((r) => r.length));
  if (!head || rows.length < 2 || width < 2 || head.length < width || head.some((c) => !c)) {
    unsure.push({ line: t.line, message: '表として読めなかったため、各行を段落にしました。' });
    return [...(caption ? [caption] : []), ...rows.map((r) => r.filter(Boolean).join(' ')).filter(Boolean)];
  }
  if (!t.header) unsure.push({ line: t.line, message: '表の1行目を列の見出しとして読みました。' });
  rows = rows.slice(1).map((r) => [...r, ...Array<string>(width - r.length).fill('')].slice(0, width));
  return [{ table: { ...(caption ? { caption } : {}), columns: head, rows } }];
}
