/**
 * Reads line breaks through. A PDF (or text extracted from one) breaks lines where the page is full;
 * a web page or Markdown file breaks paragraphs with blank lines. Either way the result is whole
 * paragraphs, headings and list items, with the stray spaces of extraction removed:
 *   wrapped  a line that reaches the right margin goes on in the next line, unless that one starts
 *            with a marker; a short line ends its paragraph
 *   blocks   lines go on until a blank line, a marker, a heading or a table
 */
import { leadingMarker } from './markers.ts';
import { STANDALONE_HEADINGS, squash } from './words.ts';
import type { LeftOut, RawLine, TableUnit, TextUnit, Unit } from './model.ts';

export type Layout = 'wrapped' | 'blocks';

const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

/** Joins two pieces of one paragraph: Japanese needs no space at a line break; English words do. */
export const joinText = (a: string, b: string) => (ASCII_WORD_END.test(a) && ASCII_WORD_START.test(b) ? `${a} ${b}` : `${a}${b}`);

/**
 * Stray spaces: in a sentence, a space next to a Japanese character is an extraction artefact
 * (職場環 境, 繰り返される ）); a space between two English words is kept. A short line without
 * punctuation (a name, 札幌市長 秋元克広; a table cell) keeps its single spaces.
 */
export function tidy(text: string): string {
  const t = text.replace(/[\s\u3000]+/g, ' ').trim();
  if (!/[。、．，]/.test(t) && t.length <= 30) return t;
  return t.replace(/ (?=\P{ASCII})|(?<=\P{ASCII}) /gu, '');
}

/** How wide a line runs, in ems: full-width characters are one, half-width ones a half. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch === '\t' ? 2 : /[\p{ASCII}\uff61-\uff9f]/u.test(ch) ? 0.5 : 1;
  return w;
}

/** Wrapped when most lines end near one right margin, as a page does. */
export function detectLayout(lines: RawLine[]): Layout {
  const rights = lines.filter((l) => l.text.trim().length >= 8 && !l.cells).map((l) => l.right).sort((a, b) => a - b);
  if (rights.length < 5) return 'blocks';
  const typical = rights[Math.floor(rights.length * 0.8)]!;
  const near = rights.filter((r) => r >= typical * 0.88 && r <= typical * 1.12).length;
  return typical <= 60 && near / rights.length >= 0.4 ? 'wrapped' : 'blocks';
}

const SENTENCE_END = /[。．！？!?][」』）)]*$/;

export interface Paragraphs {
  units: Unit[];
  leftOut: LeftOut[];
}

export function paragraphs(lines: RawLine[], layout: Layout = detectLayout(lines)): Paragraphs {
  const units: Unit[] = [];
  const leftOut: LeftOut[] = [];
  const body = lines.filter((l) => {
    if (!l.furniture) return true;
    leftOut.push({ what: l.furniture, text: l.text.trim(), line: l.line });
    return false;
  });
  const rights = body.filter((l) => l.text.trim().length >= 8 && !l.cells).map((l) => l.right).sort((a, b) => a - b);
  const full = (rights[Math.floor(rights.length * 0.8)] ?? 40) * 0.88;

  let open: (TextUnit & { lastRaw: RawLine }) | undefined;
  let table: TableUnit | undefined;
  const close = () => {
    if (open) units.push(finish(open));
    open = undefined;
  };
  const closeTable = () => {
    if (table) units.push(table);
    table = undefined;
  };

  let caption: string | undefined;
  for (const line of body) {
    // A table's caption, on the line before its rows.
    if (line.caption !== undefined && !line.cells) {
      close();
      closeTable();
      caption = line.caption;
      continue;
    }
    if (line.cells) {
      close();
      if (line.cells.every((c) => /^[\s:|—–-]*$/.test(c))) {
        leftOut.push({ what: 'separator', text: line.text.trim(), line: line.line });
        continue;
      }
      const row = line.cells.map((c) => tidy(c));
      // A table goes on across blank lines (a page break) while its rows go on.
      if (table && table.scope === line.scope && caption === undefined) {
        table.rows.push(row);
        table.lastLine = line.line;
      } else {
        closeTable();
        table = { kind: 'table', rows: [row], header: !!line.header, caption, line: line.line, lastLine: line.line, scope: line.scope };
        caption = undefined;
      }
      continue;
    }
    closeTable();
    const text = line.text.trim();
    if (!text) continue;
    const startsNew =
      !open ||
      (line.gap && !(layout === 'blocks' && !line.block && brokenByPage(open, text))) ||
      line.heading !== undefined ||
      open.heading !== undefined ||
      line.item !== undefined ||
      (line.block && !line.continues) ||
      open.scope !== line.scope ||
      !!leadingMarker(text) ||
      // A heading typed on a line of its own ends there, though no blank line follows it.
      (layout === 'blocks' && !line.continues && markedHeading(open.text)) ||
      (!line.continues && layout === 'wrapped' && !goesOn(open.lastRaw, line, full));
    if (startsNew) {
      close();
      open = { kind: 'text', text, line: line.line, lastLine: line.line, heading: line.heading, item: line.item, ordered: line.ordered, large: line.large, scope: line.scope, lastRaw: line };
    } else {
      open!.text = joinText(open!.text, text);
      open!.lastLine = line.line;
      open!.lastRaw = line;
      open!.large ||= line.large;
    }
  }
  close();
  closeTable();
  return { units, leftOut };
}

/**
 * A page break inside a sentence (…責任者を出せ。」な / どと要求されても…): a long paragraph that
 * stops without ending its sentence, and a next line that starts mid-word, in kana or with 、.
 */
function brokenByPage(open: TextUnit, next: string): boolean {
  const text = open.text.trim();
  return open.heading === undefined && open.item === undefined && text.length >= 15 && /、/.test(text) && !/[。．！？!?」』）)：:]$/.test(text) && /^[ぁ-ゖ、。）」]/.test(next) && !leadingMarker(next);
}

function markedHeading(text: string): boolean {
  if (STANDALONE_HEADINGS.has(squash(text))) return true;
  const m = leadingMarker(text);
  return !!m && m.marker.kind !== 'bullet' && m.marker.kind !== 'note' && !/[。．、]/.test(m.rest) && m.rest.trim().length <= 40;
}

/** In wrapped text: does the paragraph of `prev` go on in `line`? */
function goesOn(prev: RawLine, line: RawLine, full: number): boolean {
  if (prev.right < full) return false;
  // A sentence that ends at the margin goes on only when the next line is not indented as a new paragraph.
  if (SENTENCE_END.test(prev.text.trim())) return line.indent <= prev.indent + 0.25 && line.indent < 0.75 && !/^[（(]/.test(line.text.trim());
  return true;
}

/** Whitespace collapsed; stray spaces stay until the structuring stage has read the markers they follow. */
function finish(u: TextUnit & { lastRaw?: RawLine }): TextUnit {
  const { lastRaw: _, ...unit } = u;
  return { ...unit, text: unit.text.replace(/[\s\u3000]+/g, ' ').trim() };
}
