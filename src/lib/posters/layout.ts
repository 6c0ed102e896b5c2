/**
 * Poster layout, in millimetres on the sheet: where every line of text, band and the QR code go.
 * Pure: it is given the text, a width function for the font and a phrase splitter, and returns
 * positioned items — or the box that the text does not fit in. The renderer only draws the result.
 *
 * The sheet (portrait):
 *   ┌ 7 mm safe margin ───────────────────────┐
 *   │ header band (accent): the headline       │
 *   │ body: lead, headings, list items, text,  │
 *   │       closing message, notes             │
 *   │ ─── rule                                 │
 *   │ footer: city, source, URL        [QR]    │
 *   └──────────────────────────────────────────┘
 * Sizes shrink together from their preferred size (which grows with the paper) to an absolute
 * minimum in millimetres; key lines (headline, lead) never go below a 9 mm cap height. A poster with
 * few words first tries larger sizes, so its message is not left small in an empty sheet.
 */
import { breakLines } from './line-break.ts';

export type Paper = 'a4' | 'a3';

export interface PaperSize {
  /** Millimetres. */
  width: number;
  height: number;
  /** PDF page size in points, exactly as ISO 216 gives it. */
  pt: readonly [number, number];
  /** Pixels at 300 dpi. */
  px300: readonly [number, number];
}

export const PAPERS: Record<Paper, PaperSize> = {
  a4: { width: 210, height: 297, pt: [595.28, 841.89], px300: [2480, 3508] },
  a3: { width: 297, height: 420, pt: [841.89, 1190.55], px300: [3508, 4961] },
};

/** Nothing is drawn within this distance of the sheet's edge. */
export const SAFE_MARGIN_MM = 7;

/** Key lines must be readable at 1–2 m: at least this cap height. */
export const KEY_CAP_HEIGHT_MM = 9;

export const mmToPx = (mm: number, dpi = 300) => (mm / 25.4) * dpi;

export type Role = 'headline' | 'lead' | 'heading' | 'item' | 'text' | 'closing' | 'note';

export interface PosterLine {
  role: Role;
  text: string;
}

export type Weight = 400 | 700;
export type Ink = 'text' | 'onAccent' | 'accent';

interface RoleStyle {
  /** Preferred size on A4, mm; scaled with the paper's width. */
  preferred: number;
  /** Absolute minimum, mm (for key lines: the size that gives KEY_CAP_HEIGHT_MM). */
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
  paper: Paper;
  lines: PosterLine[];
  /** Footer: the city's name, the source line and the URL under the QR code. */
  city: string;
  source: string;
  url: string;
  caption: string;
}

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
      /** Which line of its block this is (0: the first; later lines are subject to kinsoku). */
      line: number;
    }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: 'accent' | 'tint' }
  | { kind: 'qr'; x: number; y: number; size: number };

export interface LayoutOk {
  ok: true;
  paper: Paper;
  items: Placed[];
  /** Font size in mm each role ended at. */
  sizes: Partial<Record<Role, number>>;
  /** Phrases that had to be broken inside (none on a good poster). */
  splitPhrases: string[];
}

export interface LayoutOverflow {
  ok: false;
  paper: Paper;
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

/** The smallest font size, mm, whose cap height is KEY_CAP_HEIGHT_MM. */
export const keyMinimum = (capHeight: number) => KEY_CAP_HEIGHT_MM / capHeight;

interface Wrapped {
  role: Role;
  lines: string[];
  fontSize: number;
  style: RoleStyle;
}

function wrap(line: PosterLine, fontSize: number, maxWidth: number, deps: LayoutDeps, split: string[]): Wrapped {
  const style = ROLE_STYLES[line.role];
  const width = (s: string) => deps.font.width(s, style.weight) * fontSize;
  const broken = breakLines(deps.phrases(line.text), width, maxWidth, { balance: style.balance });
  split.push(...broken.splitPhrases);
  return { role: line.role, lines: broken.lines, fontSize, style };
}

const blockHeight = (w: Wrapped) => w.lines.length * w.fontSize * w.style.lineHeight;

/** Space above a block, as a fraction of its own font size (items in a run sit closer). */
function gapBefore(prev: Role | undefined, role: Role): number {
  if (!prev) return 0;
  if (prev === 'item' && role === 'item') return 0.35;
  if (role === 'note') return 0.9;
  if (prev === 'heading' && role === 'item') return 0.45;
  return 0.9;
}

export function layoutPoster(input: LayoutInput, deps: LayoutDeps): LayoutResult {
  const paper = PAPERS[input.paper];
  const scale = paper.width / PAPERS.a4.width;
  const safe = { x: SAFE_MARGIN_MM, y: SAFE_MARGIN_MM, width: paper.width - 2 * SAFE_MARGIN_MM, height: paper.height - 2 * SAFE_MARGIN_MM };
  const pad = 8 * scale;
  const inner = safe.width - 2 * pad;
  const key = keyMinimum(deps.font.capHeight);
  /** t from -1 (largest: grown) through 0 (preferred) to 1 (smallest allowed). */
  const sizeAt = (role: Role, t: number) => {
    const style = ROLE_STYLES[role];
    const preferred = style.preferred * scale;
    if (t < 0) return Math.max(preferred, style.minimum === 'key' ? key : style.minimum) * (1 + style.grow * -t);
    const minimum = style.minimum === 'key' ? key : style.minimum;
    if (preferred <= minimum) return minimum;
    return preferred - t * (preferred - minimum);
  };

  // ---- footer: fixed for the paper; the left column wraps beside the QR code.
  const qrSize = 32 * scale;
  const citySize = 9 * scale;
  const smallSize = Math.max(3.6, 4 * scale);
  const footerGap = 6 * scale;
  const leftWidth = inner - qrSize - footerGap;
  const split: string[] = [];
  const footerText = (text: string, fontSize: number, weight: Weight) => {
    const width = (s: string) => deps.font.width(s, weight) * fontSize;
    const broken = breakLines(deps.phrases(text), width, leftWidth);
    split.push(...broken.splitPhrases);
    return broken.lines;
  };
  const cityLines = footerText(input.city, citySize, 700);
  const sourceLines = footerText(input.source, smallSize, 400);
  const captionLines = footerText(input.caption, smallSize, 700);
  // A URL breaks after a slash, never inside a word.
  const urlParts = input.url.split(/(?<=\/)/);
  const urlLines = breakLines(urlParts, (s) => deps.font.width(s, 400) * smallSize, leftWidth).lines;
  const lh = 1.35;
  const leftHeight = cityLines.length * citySize * 1.25 + 2 * scale + (sourceLines.length + captionLines.length + urlLines.length) * smallSize * lh + 1.5 * scale;
  const footerHeight = Math.max(qrSize, leftHeight);
  const footerTop = safe.y + safe.height - pad - footerHeight;
  const ruleTop = footerTop - pad * 0.75;
  if (footerHeight > safe.height / 3) return { ok: false, paper: input.paper, box: 'footer', needed: footerHeight, available: safe.height / 3 };

  const headlines = input.lines.filter((l) => l.role === 'headline');
  const body = input.lines.filter((l) => l.role !== 'headline');

  const STEPS = 25;
  const ts = Array.from({ length: 2 * STEPS + 1 }, (_, i) => (i - STEPS) / STEPS);

  // ---- header at each step: the headline at that step's size, or smaller where a phrase would
  // not fit on a line (a long phrase must not be split just because the body has room to grow).
  const headerLimit = safe.height * 0.4;
  const headerAtStep = ts.map((t) => {
    const split: string[] = [];
    const wrapped = headlines.map((l) => wrap(l, sizeAt('headline', t), inner, deps, split));
    const height = wrapped.length ? pad * 2 + wrapped.reduce((h, w, i) => h + blockHeight(w) + (i ? 0.2 * w.fontSize : 0), 0) : 0;
    return { wrapped, height, split };
  });
  const headerFor = (index: number) => {
    for (let i = index; i < ts.length; i++) {
      const h = headerAtStep[i]!;
      if (h.height <= headerLimit && h.split.length === 0) return h;
    }
    return headerAtStep.at(-1)!;
  };

  // ---- body: the largest sizes (all roles together) whose lines fit the space left.
  for (const [index, t] of ts.entries()) {
    const header = headerFor(index);
    const headWrapped = header.wrapped;
    const headerHeight = header.height;
    if (headerHeight > headerLimit) return { ok: false, paper: input.paper, box: 'header', needed: headerHeight, available: headerLimit };
    const bodyTop = safe.y + headerHeight + (headerHeight ? pad : 0);
    const bodyBottom = ruleTop - pad * 0.75;
    const available = bodyBottom - bodyTop;
    const stepSplit: string[] = [...header.split];
    const bodyWrapped = body.map((l) => {
      const size = sizeAt(l.role, t);
      const indent = l.role === 'item' ? size * 1.1 : 0;
      return { wrapped: wrap(l, size, inner - indent, deps, stepSplit), indent };
    });
    let natural = 0;
    bodyWrapped.forEach(({ wrapped }, i) => {
      natural += blockHeight(wrapped) + gapBefore(bodyWrapped[i - 1]?.wrapped.role, wrapped.role) * wrapped.fontSize;
    });
    // Grown sizes must leave some air; preferred and smaller ones may fill the body.
    const fits = natural <= available * (t < 0 ? 0.9 : 1) && stepSplit.length === 0;
    if (!fits && t < 1) continue;
    if (natural > available) return { ok: false, paper: input.paper, box: 'body', needed: natural, available };

    // ---- place: spread spare room into the gaps (up to double), then centre what is left.
    const items: Placed[] = [];
    if (headerHeight) items.push({ kind: 'rect', x: safe.x, y: safe.y, width: safe.width, height: headerHeight, fill: 'accent' });
    let y = safe.y + pad;
    for (const [i, w] of headWrapped.entries()) {
      if (i) y += 0.2 * w.fontSize;
      for (const [line, text] of w.lines.entries()) {
        items.push({ kind: 'text', x: safe.x + pad, y, width: inner, fontSize: w.fontSize, lineHeight: w.style.lineHeight, weight: w.style.weight, ink: 'onAccent', text, role: 'headline', line });
        y += w.fontSize * w.style.lineHeight;
      }
    }
    const gapsTotal = bodyWrapped.reduce((g, { wrapped }, i) => g + gapBefore(bodyWrapped[i - 1]?.wrapped.role, wrapped.role) * wrapped.fontSize, 0);
    const spare = available - natural;
    const stretch = gapsTotal > 0 ? Math.min(1, spare / gapsTotal) : 0;
    const leftover = spare - gapsTotal * stretch;
    y = bodyTop + leftover / 2;
    bodyWrapped.forEach(({ wrapped, indent }, i) => {
      y += gapBefore(bodyWrapped[i - 1]?.wrapped.role, wrapped.role) * wrapped.fontSize * (1 + stretch);
      const ink: Ink = 'text';
      if (wrapped.role === 'item') {
        const mark = wrapped.fontSize * 0.42;
        items.push({ kind: 'rect', x: safe.x + pad + wrapped.fontSize * 0.1, y: y + (wrapped.fontSize * wrapped.style.lineHeight - mark) / 2, width: mark, height: mark, fill: 'accent' });
      }
      if (wrapped.role === 'heading') {
        items.push({ kind: 'rect', x: safe.x + pad, y: y + blockHeight(wrapped), width: inner, height: Math.max(0.6, 0.08 * wrapped.fontSize), fill: 'accent' });
      }
      for (const [line, text] of wrapped.lines.entries()) {
        items.push({ kind: 'text', x: safe.x + pad + indent, y, width: inner - indent, fontSize: wrapped.fontSize, lineHeight: wrapped.style.lineHeight, weight: wrapped.style.weight, ink, text, role: wrapped.role, line });
        y += wrapped.fontSize * wrapped.style.lineHeight;
      }
    });

    // ---- footer
    items.push({ kind: 'rect', x: safe.x + pad, y: ruleTop, width: inner, height: Math.max(0.8, 0.8 * scale), fill: 'accent' });
    let fy = footerTop + (footerHeight - leftHeight) / 2;
    const fx = safe.x + pad;
    for (const [line, text] of cityLines.entries()) {
      items.push({ kind: 'text', x: fx, y: fy, width: leftWidth, fontSize: citySize, lineHeight: 1.25, weight: 700, ink: 'text', text, role: 'city', line });
      fy += citySize * 1.25;
    }
    fy += 2 * scale;
    for (const [lines, role, weight] of [[sourceLines, 'source', 400], [captionLines, 'caption', 700], [urlLines, 'url', 400]] as const) {
      for (const [line, text] of lines.entries()) {
        items.push({ kind: 'text', x: fx, y: fy, width: leftWidth, fontSize: smallSize, lineHeight: lh, weight, ink: 'text', text, role, line });
        fy += smallSize * lh;
      }
      if (role === 'source') fy += 1.5 * scale;
    }
    items.push({ kind: 'qr', x: safe.x + safe.width - pad - qrSize, y: footerTop + (footerHeight - qrSize) / 2, size: qrSize });

    const sizes: Partial<Record<Role, number>> = {};
    for (const w of [...headWrapped, ...bodyWrapped.map((b) => b.wrapped)]) sizes[w.role] = w.fontSize;
    return { ok: true, paper: input.paper, items, sizes, splitPhrases: [...split, ...stepSplit] };
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

/** Every placed item lies inside the safe area and inside the sheet. */
export function outsideSafeArea(result: LayoutOk): Placed[] {
  const paper = PAPERS[result.paper];
  const min = SAFE_MARGIN_MM - 1e-6;
  const maxX = paper.width - SAFE_MARGIN_MM + 1e-6;
  const maxY = paper.height - SAFE_MARGIN_MM + 1e-6;
  return result.items.filter((item) => {
    const w = item.kind === 'qr' ? item.size : item.width;
    const h = item.kind === 'qr' ? item.size : item.kind === 'rect' ? item.height : item.fontSize * item.lineHeight;
    return item.x < min || item.y < min || item.x + w > maxX || item.y + h > maxY;
  });
}
