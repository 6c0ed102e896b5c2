/**
 * Poster layout, in millimetres on the sheet: where every line of text, band, pictogram and the QR
 * code go. Pure: it is given the text, a width function for the font and a phrase splitter, and
 * returns positioned items — or the box that the text does not fit in. The renderers (PNG through
 * satori, the tagged PDF) only draw the result, so both show the same layout.
 *
 * The sheet:
 *   ┌ 7 mm safe margin ───────────────────────┐
 *   │ header band (accent): the headline       │
 *   │ body, in the order of the lines: lead,   │
 *   │   scenes (cards with their pictograms),  │
 *   │   headings, list items (a pictogram or a │
 *   │   square), text, closing message, notes  │
 *   │ ─── rule                                 │
 *   │ footer: city, source, URL        [QR]    │
 *   └──────────────────────────────────────────┘
 * Sizes shrink together from their preferred size (which grows with the sheet) to a minimum in
 * millimetres; key lines (headline, lead) keep the format's cap height (formats.ts). A poster with
 * few words first tries larger sizes, so its message is not left small in an empty sheet.
 */
import { FORMATS, formatScale, type PosterSize } from './formats.ts';
import { breakLines } from './line-break.ts';

export { FORMATS, mmToPx, type PosterSize } from './formats.ts';

/** Nothing is drawn within this distance of the sheet's edge. */
export const SAFE_MARGIN_MM = 7;

export type Role = 'headline' | 'lead' | 'heading' | 'scene' | 'item' | 'text' | 'closing' | 'note';

export interface PosterLine {
  role: Role;
  text: string;
  /** The pictogram a scene or an item shows (its name; the renderer has its outline). */
  pictogram?: string | undefined;
}

export type Weight = 400 | 700;
export type Ink = 'text' | 'onAccent' | 'accent';

interface RoleStyle {
  /** Preferred size on A4, mm; scaled with the sheet. */
  preferred: number;
  /** Minimum, mm (for key lines: the size that gives the format's cap height). */
  minimum: number | 'key';
  weight: Weight;
  lineHeight: number;
  balance: boolean;
  /** How much larger than preferred the role may grow when the poster has room to spare (0.5: 1.5 times). */
  grow: number;
}

export const ROLE_STYLES: Record<Role, RoleStyle> = {
  headline: { preferred: 17.5, minimum: 'key', weight: 700, lineHeight: 1.25, balance: true, grow: 0.2 },
  lead: { preferred: 13, minimum: 'key', weight: 700, lineHeight: 1.3, balance: true, grow: 0.4 },
  heading: { preferred: 8.5, minimum: 6.5, weight: 700, lineHeight: 1.3, balance: false, grow: 0.5 },
  scene: { preferred: 8.5, minimum: 5.5, weight: 700, lineHeight: 1.3, balance: true, grow: 0.5 },
  item: { preferred: 8, minimum: 5.5, weight: 400, lineHeight: 1.35, balance: false, grow: 0.5 },
  text: { preferred: 7, minimum: 5, weight: 400, lineHeight: 1.45, balance: false, grow: 0.5 },
  closing: { preferred: 9, minimum: 6.5, weight: 700, lineHeight: 1.35, balance: true, grow: 0.5 },
  note: { preferred: 4.5, minimum: 3.5, weight: 400, lineHeight: 1.4, balance: false, grow: 0.3 },
};

/** Names of the boxes, as the overflow error gives them. */
export const BOX_NAMES = { header: '見出しの帯', body: '本文', footer: '市の名前と QR コードの欄' } as const;
export type BoxName = keyof typeof BOX_NAMES;

export interface FontMeasure {
  /** Width in em of a run of text in the given weight. */
  width(text: string, weight: Weight): number;
  /** Cap height as a fraction of the font size. */
  capHeight: number;
}

export interface LayoutInput {
  size: PosterSize;
  lines: PosterLine[];
  /** Footer: the city's name, the source line, and — when there is a QR code — the URL under it. */
  city: string;
  source: string;
  /** The QR code's address; none when the site has no real address yet (then no QR and no caption). */
  url?: string | undefined;
  caption: string;
}

/** Which poster line a text belongs to (its index), or which part of the footer. */
export type Block = number | 'city' | 'source' | 'caption' | 'url';

export type Placed =
  | {
      kind: 'text';
      x: number;
      y: number;
      width: number;
      fontSize: number;
      lineHeight: number;
      weight: Weight;
      ink: Ink;
      text: string;
      role: Role | 'city' | 'source' | 'url' | 'caption';
      block: Block;
      /** Which line of its block this is (0: the first; later lines are subject to kinsoku). */
      line: number;
    }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: 'accent' | 'tint'; radius?: number }
  /** A pictogram: a disc of the accent colour with the icon in white, `size` across. */
  | { kind: 'pictogram'; x: number; y: number; size: number; name: string; block: number }
  | { kind: 'qr'; x: number; y: number; size: number };

export interface LayoutOk {
  ok: true;
  size: PosterSize;
  items: Placed[];
  /** Font size in mm each role ended at. */
  sizes: Partial<Record<Role, number>>;
  /** Columns the list items were set in. */
  listColumns: number;
  /** Phrases that had to be broken inside (none on a good poster). */
  splitPhrases: string[];
}

export interface LayoutOverflow {
  ok: false;
  size: PosterSize;
  box: BoxName;
  /** Height the text needs at its smallest allowed size, and the height the box has, in mm. */
  needed: number;
  available: number;
}

export type LayoutResult = LayoutOk | LayoutOverflow;

export interface LayoutDeps {
  font: FontMeasure;
  /** Splits text into phrases that must not be broken (BudouX). */
  phrases: (text: string) => string[];
}

/** The smallest font size, mm, whose cap height is `capHeightMm`. */
export const keyMinimum = (capHeight: number, capHeightMm: number) => capHeightMm / capHeight;

interface Wrapped {
  role: Role;
  lines: string[];
  fontSize: number;
  style: RoleStyle;
}

const blockHeight = (w: Wrapped) => w.lines.length * w.fontSize * w.style.lineHeight;

/** Space above a block, as a fraction of its own font size (items in a run sit closer). */
function gapBefore(prev: Role | undefined, role: Role): number {
  if (!prev) return 0;
  if (prev === 'item' && role === 'item') return 0.35;
  if (prev === 'heading' && (role === 'item' || role === 'scene')) return 0.45;
  return 0.9;
}

/** A run of the body: one line of text, a list (consecutive items) or a grid of scenes. */
type Run =
  | { kind: 'text'; index: number; wrapped: Wrapped; height: number }
  | { kind: 'list'; indexes: number[]; wrapped: Wrapped[]; icon: number; indent: number; columns: number; columnWidth: number; heights: number[]; height: number }
  | { kind: 'scenes'; indexes: number[]; wrapped: Wrapped[]; columns: number; cardWidth: number; icon: number; cardPad: number; rowHeights: number[]; gap: number; height: number; standing: boolean };

const firstRole = (r: Run): Role => r.wrapped instanceof Array ? r.wrapped[0]!.role : r.wrapped.role;
const runFontSize = (r: Run) => (r.wrapped instanceof Array ? r.wrapped[0]!.fontSize : r.wrapped.fontSize);

/** Items of a column-major split into `columns` columns: which item indexes each column holds. */
function columnsOf(count: number, columns: number): number[][] {
  const per = Math.ceil(count / columns);
  return Array.from({ length: columns }, (_, c) => Array.from({ length: Math.min(per, count - c * per) }, (_, i) => c * per + i)).filter((c) => c.length > 0);
}

export function layoutPoster(input: LayoutInput, deps: LayoutDeps): LayoutResult {
  const format = FORMATS[input.size];
  const scale = formatScale(format);
  const landscape = format.width > format.height;
  const safe = { x: SAFE_MARGIN_MM, y: SAFE_MARGIN_MM, width: format.width - 2 * SAFE_MARGIN_MM, height: format.height - 2 * SAFE_MARGIN_MM };
  const pad = 8 * scale;
  const inner = safe.width - 2 * pad;
  const key = { headline: keyMinimum(deps.font.capHeight, format.keyCapHeight.headline), lead: keyMinimum(deps.font.capHeight, format.keyCapHeight.lead) };
  const split: string[] = [];
  const wrapAt = (line: PosterLine, fontSize: number, maxWidth: number, into: string[]): Wrapped => {
    const style = ROLE_STYLES[line.role];
    const broken = breakLines(deps.phrases(line.text), (s) => deps.font.width(s, style.weight) * fontSize, maxWidth, { balance: style.balance });
    into.push(...broken.splitPhrases);
    return { role: line.role, lines: broken.lines, fontSize, style };
  };
  /** t from -1 (largest: grown) through 0 (preferred) to 1 (smallest allowed). */
  const sizeAt = (role: Role, t: number) => {
    const style = ROLE_STYLES[role];
    const preferred = style.preferred * scale;
    const minimum = style.minimum === 'key' ? key[role as 'headline' | 'lead'] : style.minimum * format.minimumScale;
    if (t < 0) return Math.max(preferred, minimum) * (1 + style.grow * -t);
    if (preferred <= minimum) return minimum;
    return preferred - t * (preferred - minimum);
  };

  // ---- footer: fixed for the sheet; the left column wraps beside the QR code (when there is one).
  // A landscape screen is short: its footer is three quarters the size, to leave the body room.
  const footerScale = landscape ? 0.75 * scale : scale;
  const qrSize = input.url ? 32 * footerScale : 0;
  const citySize = 9 * footerScale;
  const smallSize = Math.max(3.6 * format.minimumScale, 4 * scale);
  const footerGap = input.url ? 6 * scale : 0;
  const leftWidth = inner - qrSize - footerGap;
  const footerText = (text: string, fontSize: number, weight: Weight) =>
    breakLines(deps.phrases(text), (s) => deps.font.width(s, weight) * fontSize, leftWidth).lines;
  const cityLines = footerText(input.city, citySize, 700);
  const sourceLines = footerText(input.source, smallSize, 400);
  const captionLines = input.url ? footerText(input.caption, smallSize, 700) : [];
  // A URL breaks after a slash, never inside a word.
  const urlLines = input.url ? breakLines(input.url.split(/(?<=\/)/), (s) => deps.font.width(s, 400) * smallSize, leftWidth).lines : [];
  const lh = 1.35;
  const leftHeight =
    cityLines.length * citySize * 1.25 + 2 * scale + (sourceLines.length + captionLines.length + urlLines.length) * smallSize * lh + (captionLines.length ? 1.5 * scale : 0);
  const footerHeight = Math.max(qrSize, leftHeight);
  const footerTop = safe.y + safe.height - pad - footerHeight;
  const ruleTop = footerTop - pad * 0.75;
  if (footerHeight > safe.height / 3) return { ok: false, size: input.size, box: 'footer', needed: footerHeight, available: safe.height / 3 };

  const indexed = input.lines.map((line, index) => ({ line, index }));
  const headlines = indexed.filter((l) => l.line.role === 'headline');
  const body = indexed.filter((l) => l.line.role !== 'headline');

  const STEPS = 25;
  const ts = Array.from({ length: 2 * STEPS + 1 }, (_, i) => (i - STEPS) / STEPS);

  // ---- header at each step: the headline at that step's size, or smaller where a phrase would
  // not fit on a line (a long phrase must not be split just because the body has room to grow).
  const headerLimit = safe.height * 0.4;
  const headerAtStep = ts.map((t) => {
    const stepSplit: string[] = [];
    const wrapped = headlines.map((l) => wrapAt(l.line, sizeAt('headline', t), inner, stepSplit));
    const height = wrapped.length ? pad * 2 + wrapped.reduce((h, w, i) => h + blockHeight(w) + (i ? 0.2 * w.fontSize : 0), 0) : 0;
    return { wrapped, height, split: stepSplit };
  });
  const bodyTopOf = (headerHeight: number) => safe.y + headerHeight + (headerHeight ? pad : 0);
  const bodyBottomOf = (_headerHeight: number) => ruleTop - pad * 0.75;
  const headerFor = (index: number) => {
    for (let i = index; i < ts.length; i++) {
      const h = headerAtStep[i]!;
      if (h.height <= headerLimit && h.split.length === 0) return h;
    }
    return headerAtStep.at(-1)!;
  };

  // ---- body runs at a step: consecutive items make a list, consecutive scenes a grid of cards.
  const runsAt = (t: number, listColumns: number, standing: boolean, stepSplit: string[]): Run[] | undefined => {
    const runs: Run[] = [];
    for (let i = 0; i < body.length; ) {
      const { line, index } = body[i]!;
      const role = line.role;
      if (role !== 'item' && role !== 'scene') {
        const wrapped = wrapAt(line, sizeAt(role, t), inner, stepSplit);
        runs.push({ kind: 'text', index, wrapped, height: blockHeight(wrapped) });
        i++;
        continue;
      }
      const run: typeof body = [];
      while (i < body.length && body[i]!.line.role === role) run.push(body[i++]!);
      const fontSize = sizeAt(role, t);
      if (role === 'item') {
        const hasIcon = run.some((r) => r.line.pictogram);
        const icon = hasIcon ? fontSize * 1.3 : fontSize * 0.42;
        const indent = hasIcon ? icon + 0.45 * fontSize : fontSize * 1.1;
        const columns = Math.min(listColumns, run.length);
        const gap = 6 * scale;
        const columnWidth = (inner - (columns - 1) * gap) / columns;
        const wrapped = run.map((r) => wrapAt(r.line, fontSize, columnWidth - indent, stepSplit));
        // Two columns only for short entries: none may take more than two lines.
        if (columns > 1 && wrapped.some((w) => w.lines.length > 2)) return undefined;
        const heights = wrapped.map((w) => Math.max(blockHeight(w), hasIcon ? icon : 0));
        const itemGap = 0.35 * fontSize;
        const height = Math.max(...columnsOf(run.length, columns).map((c) => c.reduce((h, k, n) => h + heights[k]! + (n ? itemGap : 0), 0)));
        runs.push({ kind: 'list', indexes: run.map((r) => r.index), wrapped, icon, indent, columns, columnWidth, heights, height });
      } else {
        // Scenes: cards in a grid. On a landscape screen each card stands (pictogram above, words
        // centred below) where that fits; otherwise, and on a portrait sheet, it lies (pictogram
        // left, words beside it), which is half as tall and leaves room for the list that follows.
        const columns = Math.min(run.length, landscape ? 4 : 2);
        const gap = 5 * scale;
        const cardWidth = (inner - (columns - 1) * gap) / columns;
        const cardPad = 0.6 * fontSize;
        const icon = standing ? Math.min(fontSize * 3.2, cardWidth * 0.45) : fontSize * 2.5;
        const textWidth = standing ? cardWidth - 2 * cardPad : cardWidth - 3 * cardPad - icon;
        const wrapped = run.map((r) => wrapAt(r.line, fontSize, textWidth, stepSplit));
        const rowHeights: number[] = [];
        for (let r = 0; r < run.length; r += columns) {
          const text = Math.max(...wrapped.slice(r, r + columns).map(blockHeight));
          rowHeights.push(cardPad * 2 + (standing ? icon + 0.5 * fontSize + text : Math.max(icon, text)));
        }
        const height = rowHeights.reduce((h, x) => h + x, 0) + (rowHeights.length - 1) * gap;
        runs.push({ kind: 'scenes', indexes: run.map((r) => r.index), wrapped, columns, cardWidth, icon, cardPad, rowHeights, gap, height, standing });
      }
    }
    return runs;
  };

  // Portrait sheets set lists in one column, and in two only when one column fits at no size.
  // A landscape screen is wide enough for two from the start.
  const passes = landscape
    ? [{ columns: [2, 1], standing: true }, { columns: [2, 1], standing: false }]
    : [{ columns: [1], standing: false }, { columns: [2], standing: false }];
  let chosen: { runs: Run[]; natural: number; split: string[]; columns: number; index: number } | undefined;
  let overflow: LayoutOverflow | undefined;
  for (const { columns: columnChoices, standing } of passes) {
    for (const [index, t] of ts.entries()) {
      const header = headerFor(index);
      if (header.height > headerLimit) return { ok: false, size: input.size, box: 'header', needed: header.height, available: headerLimit };
      const available = bodyBottomOf(header.height) - bodyTopOf(header.height);
      let smallest = Infinity;
      for (const columns of columnChoices) {
        const stepSplit: string[] = [...header.split];
        const runs = runsAt(t, columns, standing, stepSplit);
        if (!runs) continue;
        let natural = 0;
        runs.forEach((run, i) => {
          natural += run.height + (i ? gapBefore(firstRole(runs[i - 1]!), firstRole(run)) * runFontSize(run) : 0);
        });
        smallest = Math.min(smallest, natural);
        // Grown sizes must leave some air; preferred and smaller ones may fill the body.
        if (natural <= available * (t < 0 ? 0.9 : 1) && stepSplit.length === 0) {
          chosen = { runs, natural, split: stepSplit, columns, index };
          break;
        }
      }
      if (chosen) break;
      // The first pass's shortfall is the one to report (one column, as the sheet is meant to be set).
      if (t === 1 && !overflow) overflow = { ok: false, size: input.size, box: 'body', needed: smallest, available };
    }
    if (chosen) break;
  }
  if (!chosen) return overflow!;
  {
    const header = headerFor(chosen.index);
    const headerHeight = header.height;
    const bodyTop = bodyTopOf(headerHeight);
    const available = bodyBottomOf(headerHeight) - bodyTop;
    const { runs, natural } = chosen;

    // ---- place: spread spare room into the gaps (up to double), then centre what is left.
    const items: Placed[] = [];
    if (headerHeight) items.push({ kind: 'rect', x: safe.x, y: safe.y, width: safe.width, height: headerHeight, fill: 'accent' });
    let y = safe.y + pad;
    const headlineIndexes = headlines.map((h) => h.index);
    for (const [i, w] of header.wrapped.entries()) {
      if (i) y += 0.2 * w.fontSize;
      for (const [line, text] of w.lines.entries()) {
        items.push({ kind: 'text', x: safe.x + pad, y, width: inner, fontSize: w.fontSize, lineHeight: w.style.lineHeight, weight: w.style.weight, ink: 'onAccent', text, role: 'headline', block: headlineIndexes[i]!, line });
        y += w.fontSize * w.style.lineHeight;
      }
    }
    const gaps = runs.map((run, i) => (i ? gapBefore(firstRole(runs[i - 1]!), firstRole(run)) * runFontSize(run) : 0));
    const gapsTotal = gaps.reduce((g, x) => g + x, 0);
    const spare = available - natural;
    const stretch = gapsTotal > 0 ? Math.min(1, spare / gapsTotal) : 0;
    const leftover = spare - gapsTotal * stretch;
    y = bodyTop + leftover / 2;
    const x0 = safe.x + pad;
    const textAt = (w: Wrapped, block: number, x: number, top: number, width: number, ink: Ink, centred = false) => {
      let ty = top;
      for (const [line, text] of w.lines.entries()) {
        const lineWidth = centred ? deps.font.width(text, w.style.weight) * w.fontSize : 0;
        items.push({ kind: 'text', x: centred ? x + (width - lineWidth) / 2 : x, y: ty, width: centred ? lineWidth : width, fontSize: w.fontSize, lineHeight: w.style.lineHeight, weight: w.style.weight, ink, text, role: w.role, block, line });
        ty += w.fontSize * w.style.lineHeight;
      }
    };
    const messageLayout = runs.some((r) => r.kind === 'scenes');
    runs.forEach((run, i) => {
      y += gaps[i]! * (1 + stretch);
      if (run.kind === 'text') {
        const w = run.wrapped;
        textAt(w, run.index, x0, y, inner, w.role === 'closing' && messageLayout ? 'accent' : 'text');
        if (w.role === 'heading') items.push({ kind: 'rect', x: x0, y: y + blockHeight(w), width: inner, height: Math.max(0.6, 0.08 * w.fontSize), fill: 'accent' });
      } else if (run.kind === 'list') {
        const itemGap = 0.35 * run.wrapped[0]!.fontSize;
        for (const [c, column] of columnsOf(run.wrapped.length, run.columns).entries()) {
          let cy = y;
          const cx = x0 + c * (run.columnWidth + 6 * scale);
          for (const k of column) {
            const w = run.wrapped[k]!;
            const block = run.indexes[k]!;
            const name = input.lines[block]!.pictogram;
            const lineBox = w.fontSize * w.style.lineHeight;
            if (name) items.push({ kind: 'pictogram', x: cx, y: cy + Math.max(0, (lineBox - run.icon) / 2), size: run.icon, name, block });
            else items.push({ kind: 'rect', x: cx + w.fontSize * 0.1, y: cy + (lineBox - w.fontSize * 0.42) / 2, width: w.fontSize * 0.42, height: w.fontSize * 0.42, fill: 'accent' });
            const textTop = name && run.icon > lineBox && w.lines.length === 1 ? cy + (run.icon - lineBox) / 2 : cy;
            textAt(w, block, cx + run.indent, textTop, run.columnWidth - run.indent, 'text');
            cy += run.heights[k]! + itemGap;
          }
        }
      } else {
        let rowTop = y;
        run.rowHeights.forEach((rowHeight, r) => {
          for (let c = 0; c < run.columns; c++) {
            const k = r * run.columns + c;
            const w = run.wrapped[k];
            if (!w) break;
            const cx = x0 + c * (run.cardWidth + run.gap);
            const block = run.indexes[k]!;
            items.push({ kind: 'rect', x: cx, y: rowTop, width: run.cardWidth, height: rowHeight, fill: 'tint', radius: 2 * scale });
            const name = input.lines[block]!.pictogram;
            if (run.standing) {
              if (name) items.push({ kind: 'pictogram', x: cx + (run.cardWidth - run.icon) / 2, y: rowTop + run.cardPad, size: run.icon, name, block });
              const textTop = rowTop + run.cardPad + run.icon + 0.5 * w.fontSize;
              const free = rowHeight - 2 * run.cardPad - run.icon - 0.5 * w.fontSize - blockHeight(w);
              textAt(w, block, cx + run.cardPad, textTop + free / 2, run.cardWidth - 2 * run.cardPad, 'text', true);
            } else {
              if (name) items.push({ kind: 'pictogram', x: cx + run.cardPad, y: rowTop + (rowHeight - run.icon) / 2, size: run.icon, name, block });
              const left = cx + 2 * run.cardPad + run.icon;
              textAt(w, block, left, rowTop + (rowHeight - blockHeight(w)) / 2, run.cardWidth - 3 * run.cardPad - run.icon, 'text');
            }
          }
          rowTop += rowHeight + run.gap;
        });
      }
      y += run.height;
    });

    // ---- footer
    items.push({ kind: 'rect', x: x0, y: ruleTop, width: inner, height: Math.max(0.8, 0.8 * scale), fill: 'accent' });
    let fy = footerTop + (footerHeight - leftHeight) / 2;
    for (const [line, text] of cityLines.entries()) {
      items.push({ kind: 'text', x: x0, y: fy, width: leftWidth, fontSize: citySize, lineHeight: 1.25, weight: 700, ink: 'text', text, role: 'city', block: 'city', line });
      fy += citySize * 1.25;
    }
    fy += 2 * scale;
    for (const [lines, role, weight] of [[sourceLines, 'source', 400], [captionLines, 'caption', 700], [urlLines, 'url', 400]] as const) {
      for (const [line, text] of lines.entries()) {
        items.push({ kind: 'text', x: x0, y: fy, width: leftWidth, fontSize: smallSize, lineHeight: lh, weight, ink: 'text', text, role, block: role, line });
        fy += smallSize * lh;
      }
      if (role === 'source' && captionLines.length) fy += 1.5 * scale;
    }
    if (input.url) items.push({ kind: 'qr', x: safe.x + safe.width - pad - qrSize, y: footerTop + (footerHeight - qrSize) / 2, size: qrSize });

    const sizes: Partial<Record<Role, number>> = {};
    for (const w of [...header.wrapped, ...runs.flatMap((r) => (r.wrapped instanceof Array ? r.wrapped : [r.wrapped]))]) sizes[w.role] = w.fontSize;
    return { ok: true, size: input.size, items, sizes, listColumns: chosen.columns, splitPhrases: [...split, ...chosen.split] };
  }
}

/** Items that cross the safe margin or leave the sheet. */
export function outsideSafeArea(result: LayoutOk): Placed[] {
  const format = FORMATS[result.size];
  const min = SAFE_MARGIN_MM - 1e-6;
  const maxX = format.width - SAFE_MARGIN_MM + 1e-6;
  const maxY = format.height - SAFE_MARGIN_MM + 1e-6;
  return result.items.filter((item) => {
    const w = item.kind === 'qr' || item.kind === 'pictogram' ? item.size : item.width;
    const h = item.kind === 'qr' || item.kind === 'pictogram' ? item.size : item.kind === 'rect' ? item.height : item.fontSize * item.lineHeight;
    return item.x < min || item.y < min || item.x + w > maxX || item.y + h > maxY;
  });
}
