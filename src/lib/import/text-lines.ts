/**
 * Plain text and Markdown, line by line: # headings, - list items (their depth from the indent),
 * tables (tab-separated or | pipes |), blank lines, and raw HTML blocks (read by the HTML reader).
 * Documents extracted from a PDF are often double-spaced: then a single blank line is no
 * paragraph gap, and the layout (where lines end) says where paragraphs end.
 */
import { detectLayout, emWidth } from './paragraphs.ts';
import type { RawLine } from './model.ts';

/** Reads an HTML fragment that stands in a text file at `line`, as lines of its own scope. */
export type HtmlFragmentReader = (html: string, line: number, scope: number) => RawLine[];

const HTML_BLOCK = /<(p|ul|ol|li|table|tr|td|th|div|h[1-6]|br|blockquote|section|article|dl|dt|dd)\b[^>]*>/i;

function indentOf(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 0.5;
    else if (ch === '\u3000') w += 1;
    else if (ch === '\t') w += 2;
    else break;
  }
  return w;
}

export function textLines(text: string, readHtml?: HtmlFragmentReader): RawLine[] {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const nonBlank = all.filter((l) => l.trim()).length;
  // Double-spaced: most lines are followed by exactly one blank line.
  let singles = 0;
  all.forEach((l, i) => {
    if (l.trim() && all[i + 1] !== undefined && !all[i + 1]!.trim() && all[i + 2]?.trim()) singles += 1;
  });
  const doubleSpaced = nonBlank > 10 && singles / nonBlank > 0.6;

  const lines: Array<RawLine & { blanks?: number }> = [];
  let blanks = 0;
  let scope = 0;
  all.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) {
      blanks += 1;
      return;
    }
    const gap = blanks >= 1;
    const before = blanks;
    blanks = 0;
    const indent = indentOf(raw);
    const body = raw.trim();
    const base = { line, indent, right: indent + emWidth(body), gap, blanks: before };

    if (readHtml && HTML_BLOCK.test(body)) {
      scope += 1;
      const fragment = readHtml(raw, line, scope);
      if (fragment[0]) fragment[0].gap = true;
      lines.push(...fragment);
      return;
    }
    const heading = body.match(/^(#{1,6})\s+(.*)$/);
    if (heading) return lines.push({ ...base, text: heading[2]!.replace(/\s+#+\s*$/, ''), heading: heading[1]!.length, gap: true });
    const item = raw.match(/^(\s*)[-*+]\s+(.*)$/);
    if (item) return lines.push({ ...base, text: item[2]!, item: Math.floor(indentOf(item[1]!)) });
    if (/^\|.*\|$/.test(body)) return lines.push({ ...base, text: body, cells: body.slice(1, -1).split('|').map((c) => c.trim()) });
    if (raw.includes('\t')) return lines.push({ ...base, text: body, cells: raw.replace(/^[ \u3000]+/, '').replace(/\s+$/, '').split('\t').map((c) => c.trim()) });
    lines.push({ ...base, text: raw.replace(/\s+$/, '') });
  });
  // In text wrapped at a page's width and double-spaced, one blank line is no paragraph gap.
  if (doubleSpaced && detectLayout(lines) === 'wrapped') for (const l of lines) if (l.blanks !== undefined && !l.heading) l.gap = l.blanks >= 2;
  return lines.map(({ blanks: _, ...l }) => l);
}
