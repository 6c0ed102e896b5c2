/**
 * The layout of a PDF's text, as pdf.js gives it (runs of text with their position and size), made
 * into lines in reading order: runs on one baseline are one line (a wide gap between them is a
 * table cell); small kana set just above kanji is their reading (ruby) and becomes {漢字|よみ};
 * a line repeated at the top or foot of the pages, or a lone page number there, is page furniture.
 * Pure: the reader (src/import/pdf.ts) hands in the runs.
 */
import type { LeftOut, RawLine, Unsure } from './model.ts';

export interface TextRun {
  text: string;
  /** Left end and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

interface Line {
  page: number;
  y: number;
  x: number;
  xEnd: number;
  size: number;
  runs: TextRun[];
  text: string;
}

const KANA_ONLY = /^[\u3041-\u309f\u30a0-\u30ffー]+$/;
const KANJI = /[\u3400-\u9fff々〆ヶ]/;
const PAGE_NUMBER = /^(?:[-－—‐–]\s*)?(?:p\.?\s*|P\.?\s*)?[0-9０-９]{1,3}(?:\s*[-－—‐–])?$|^[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}$|^[0-9０-９]{1,3}\s*ページ$/;

/** The most common size of the body text, weighted by characters. */
function bodySize(pages: PdfPage[]): number {
  const count = new Map<number, number>();
  for (const p of pages) for (const r of p.runs) count.set(Math.round(r.size * 2) / 2, (count.get(Math.round(r.size * 2) / 2) ?? 0) + r.text.length);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10.5;
}

/** Relative width of each character of a run: full-width 1, half-width a half. */
const weight = (ch: string) => (/[\p{ASCII}\uff61-\uff9f]/u.test(ch) ? 0.5 : 1);

function lines(page: PdfPage, index: number, body: number): { lines: Line[]; ruby: TextRun[] } {
  const runs = page.runs.filter((r) => r.text.trim());
  const small = (r: TextRun) => r.size <= body * 0.7 && KANA_ONLY.test(r.text.trim());
  const ruby = runs.filter(small);
  const rest = runs.filter((r) => !small(r) || !hasBaseBelow(r, runs, body));
  const rubyRuns = ruby.filter((r) => !rest.includes(r));
  const sorted = [...rest].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Line[] = [];
  for (const r of sorted) {
    const line = out.find((l) => Math.abs(l.y - r.y) <= Math.max(l.size, r.size) * 0.35);
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.size);
    } else out.push({ page: index, y: r.y, x: r.x, xEnd: r.x + r.width, size: r.size, runs: [r], text: '' });
  }
  for (const l of out) {
    l.runs.sort((a, b) => a.x - b.x);
    l.x = l.runs[0]!.x;
    l.xEnd = Math.max(...l.runs.map((r) => r.x + r.width));
  }
  out.sort((a, b) => b.y - a.y || a.x - b.x);
  return { lines: out, ruby: rubyRuns };
}

function hasBaseBelow(r: TextRun, runs: TextRun[], body: number): boolean {
  return runs.some((b) => b !== r && b.size > body * 0.8 && r.y > b.y && r.y - b.y < b.size * 1.4 && r.x < b.x + b.width && r.x + r.width > b.x);
}

/** The text of a line: runs joined, a wide gap a tab (a table cell), readings set on the kanji under them. */
function lineText(line: Line, ruby: TextRun[], unsure: Unsure[], keptLine: number): string {
  // Each character with its x extent, so a reading can find the kanji under it.
  const chars: Array<{ ch: string; x0: number; x1: number; run: number }> = [];
  line.runs.forEach((r, i) => {
    const total = [...r.text].reduce((s, ch) => s + weight(ch), 0) || 1;
    let x = r.x;
    for (const ch of r.text) {
      const w = (r.width * weight(ch)) / total;
      chars.push({ ch, x0: x, x1: x + w, run: i });
      x += w;
    }
  });
  const readings = new Map<number, { end: number; reading: string }>();
  for (const r of ruby) {
    if (!(r.y > line.y && r.y - line.y < line.size * 1.4)) continue;
    const under = chars.map((c, i) => ({ c, i })).filter(({ c }) => KANJI.test(c.ch) && (c.x0 + c.x1) / 2 >= r.x - line.size * 0.3 && (c.x0 + c.x1) / 2 <= r.x + r.width + line.size * 0.3);
    if (!under.length) {
      unsure.push({ line: keptLine, message: `小さな文字「${r.text}」の下に漢字が見つからないため、読みとして扱いませんでした。` });
      continue;
    }
    readings.set(under[0]!.i, { end: under.at(-1)!.i, reading: r.text.trim() });
  }
  let text = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (i > 0) {
      const prev = chars[i - 1]!;
      const gap = c.x0 - prev.x1;
      if (prev.run !== c.run && gap > line.size * 2.5) text += '\t';
      else if (prev.run !== c.run && gap > line.size * 0.25) text += ' ';
    }
    const reading = readings.get(i);
    if (reading) {
      text += `{${chars.slice(i, reading.end + 1).map((x) => x.ch).join('')}|${reading.reading}}`;
      i = reading.end;
    } else text += c.ch;
  }
  return text;
}

export interface PdfText {
  kept: string;
  lines: RawLine[];
  leftOut: LeftOut[];
  unsure: Unsure[];
}

export function layoutPdf(pages: PdfPage[]): PdfText {
  const body = bodySize(pages);
  const perPage = pages.map((p, i) => lines(p, i, body));
  const unsure: Unsure[] = [];
  // Furniture: in the top or bottom band of a page, repeated on other pages (digits aside), or a page number.
  const band = (l: Line) => {
    const h = pages[l.page]!.height;
    return l.y > h * 0.9 ? 'header' : l.y < h * 0.08 ? 'footer' : undefined;
  };
  const key = (l: Line) => l.runs.map((r) => r.text).join('').replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const { lines: ls } of perPage) for (const l of ls) if (band(l)) seen.set(`${band(l)}|${key(l)}`, (seen.get(`${band(l)}|${key(l)}`) ?? new Set()).add(l.page));
  const furniture = (l: Line): RawLine['furniture'] => {
    const where = band(l);
    if (!where) return undefined;
    const plain = l.runs.map((r) => r.text).join('').trim();
    if (PAGE_NUMBER.test(plain)) return 'page-number';
    return pages.length > 1 && (seen.get(`${where}|${key(l)}`)?.size ?? 0) >= Math.min(2, pages.length) ? where : undefined;
  };

  const bodyLines = perPage.flatMap(({ lines: ls }) => ls.filter((l) => !furniture(l)));
  const margin = Math.min(...bodyLines.map((l) => l.x), Infinity);
  const spacings: number[] = [];
  for (const { lines: ls } of perPage) for (let i = 1; i < ls.length; i++) spacings.push(ls[i - 1]!.y - ls[i]!.y);
  const spacing = spacings.sort((a, b) => a - b)[Math.floor(spacings.length / 2)] ?? body * 1.5;

  // The kept text is the document's own: page furniture is left out of it (and reported), so a
  // paragraph that runs over a page break reads on in it as it does on paper.
  const kept: string[] = [];
  const raw: RawLine[] = [];
  const leftOut: LeftOut[] = [];
  perPage.forEach(({ lines: ls, ruby }, p) => {
    if (p > 0 && kept.length) kept.push('');
    let prev: Line | undefined;
    for (const l of ls) {
      const f = furniture(l);
      if (f) {
        const text = l.runs.map((r) => r.text).join('').trim();
        const same = leftOut.find((o) => o.what === f && (f === 'page-number' || o.text.replace(/[0-9０-９]+/g, '#') === text.replace(/[0-9０-９]+/g, '#')));
        if (same) same.pages = [...(same.pages ?? []), p + 1];
        else leftOut.push({ what: f, text, pages: [p + 1] });
        continue;
      }
      const gap = prev !== undefined && prev.y - l.y > Math.max(spacing * 1.45, l.size * 1.6);
      if (gap) kept.push('');
      const lineNo = kept.length + 1;
      const text = lineText(l, ruby, unsure, lineNo);
      kept.push(text);
      const indent = (l.x - (Number.isFinite(margin) ? margin : 0)) / body;
      raw.push({
        text,
        line: lineNo,
        indent: Math.max(0, indent),
        right: (l.xEnd - (Number.isFinite(margin) ? margin : 0)) / body,
        gap: gap || (prev === undefined && p === 0),
        large: l.size >= body * 1.2 ? true : undefined,
        ...(text.includes('\t') ? { cells: text.split('\t').map((c) => c.trim()) } : {}),
      });
      prev = l;
    }
  });
  return { kept: kept.join('\n') + '\n', lines: raw, leftOut, unsure };
}
