/**
 * One poster, one size: check every character has a glyph, lay it out (src/lib/posters), and draw
 * it as an SVG for the PNGs: satori sets the text (glyph outlines), and the bands, cards,
 * pictograms and the QR code are drawn beneath it from the same layout as the PDF draws them.
 */
import satori from 'satori';
import { missingCharacters } from '../lib/posters/font-metrics.ts';
import { BOX_NAMES, FORMATS, layoutPoster, mmToPx, type LayoutOk, type LayoutResult, type Placed, type PosterLine, type PosterSize } from '../lib/posters/layout.ts';
import { posterPalette, paletteContrast, type Palette } from '../lib/posters/palette.ts';
import type { Pictogram } from '../lib/posters/pictograms.ts';
import { qrPath } from '../lib/posters/qr.ts';
import { FONT_NAME, posterFonts } from './fonts.ts';
import { phrases } from './phrases.ts';

/** Bump when the drawing changes in a way the source hash would not show. */
export const TEMPLATE_VERSION = 2;

export interface PosterJob {
  /** For messages: content/editions/<slug>/posters.yaml and the poster id. */
  file: string;
  id: string;
  /** The PDF's title: city and kind of poster. */
  title: string;
  /** Language of the words (BCP 47): the PDF's language and its tags'. */
  lang: string;
  lines: PosterLine[];
  /** The outlines of the pictograms the lines name. */
  pictograms: Record<string, Pictogram>;
  city: string;
  source: string;
  /** The QR code's address; none when the site is a placeholder. */
  url?: string | undefined;
  caption: string;
  accent: string;
  /** The PDF's creation date (ISO): the edition's last revision, so the same commit makes the same bytes. */
  dated?: string | undefined;
}

/** A poster that cannot be printed as it stands: the build stops with this message. */
export class PosterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PosterError';
  }
}

const sizeName = (size: PosterSize) => FORMATS[size].label;

/** Every character printed must be in the font; satori would draw an empty box for one that is not. */
export function checkGlyphs(job: PosterJob): void {
  const fonts = posterFonts();
  const texts = [...job.lines.map((l) => l.text), job.city, job.source, job.url ?? '', job.caption].join('\n');
  const missing = [...new Set([...missingCharacters(texts, fonts.metrics[400]), ...missingCharacters(texts, fonts.metrics[700])])];
  if (missing.length > 0) {
    const named = missing.map((ch) => `「${ch}」(U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join('、');
    throw new PosterError(`${job.file}: ポスター「${job.id}」の文字 ${named} は、フォント ${FONT_NAME} にありません。印刷すると空の四角になります。文字を確かめてください。`);
  }
}

export function checkPalette(job: PosterJob): Palette {
  const palette = posterPalette(job.accent);
  const weak = paletteContrast(palette).filter((c) => !c.ok);
  if (weak.length > 0)
    throw new PosterError(
      `${job.file}: ポスター「${job.id}」の色のコントラストが足りません（${weak.map((w) => `${w.pair} ${w.colour.toFixed(2)}:1、白黒 ${w.grey.toFixed(2)}:1`).join('；')}）。文字は 4.5:1、絵記号の円は 3:1 以上が必要です。`,
    );
  return palette;
}

/** Layouts already made, per job and size: a poster's PDF, its preview and the check that it fits share one. */
const layouts = new WeakMap<PosterJob, Map<PosterSize, LayoutResult>>();

function layoutOnce(job: PosterJob, size: PosterSize): LayoutResult {
  let bySize = layouts.get(job);
  if (!bySize) layouts.set(job, (bySize = new Map()));
  let result = bySize.get(size);
  if (!result) {
    const fonts = posterFonts();
    result = layoutPoster({ size, lines: job.lines, city: job.city, source: job.source, url: job.url, caption: job.caption }, { font: fonts.measure, phrases });
    bySize.set(size, result);
  }
  return result;
}

export function layoutJob(job: PosterJob, size: PosterSize): LayoutOk {
  const result = layoutOnce(job, size);
  if (!result.ok) {
    const hint = size === 'a4' ? '文言を減らすか、sizes を [a3] にして A3 だけで印刷してください。' : '文言を減らしてください。';
    throw new PosterError(
      `${job.file}: ポスター「${job.id}」の ${sizeName(size)} で「${BOX_NAMES[result.box]}」の枠に文字が収まりません（必要な高さ ${result.needed.toFixed(1)} mm、枠の高さ ${result.available.toFixed(1)} mm）。${hint}`,
    );
  }
  return result;
}

/** Where satori puts a text line, in px of the format: whole pixels, so the PDF can place its text on the same baseline. */
export function textBox(item: Extract<Placed, { kind: 'text' }>, dpi: number) {
  const px = (mm: number) => Math.round(mmToPx(mm, dpi));
  const fontSize = Math.round(mmToPx(item.fontSize, dpi) * 10) / 10;
  return { left: px(item.x), top: px(item.y), width: px(item.width) + 2, height: px(item.fontSize * item.lineHeight), fontSize };
}

/**
 * The baseline of a text line, px from the top of the sheet, as satori computes it (like Chrome: the
 * ascent and descent rounded to pixels, half the leading floored).
 */
export function baselineOf(box: ReturnType<typeof textBox>, ascender: number, descender: number): number {
  const asc = Math.round(ascender * box.fontSize);
  const desc = Math.round(-descender * box.fontSize);
  return box.top + asc + Math.floor((box.height - asc - desc) / 2);
}

export const inkColour = (ink: 'text' | 'onAccent' | 'accent', palette: Palette) => (ink === 'onAccent' ? palette.onAccent : ink === 'accent' ? palette.accent : palette.text);

interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: Element[] | string };
}

function textElement(item: Extract<Placed, { kind: 'text' }>, palette: Palette, dpi: number): Element {
  const box = textBox(item, dpi);
  return {
    type: 'div',
    props: {
      style: {
        position: 'absolute',
        display: 'flex',
        left: box.left,
        top: box.top,
        width: box.width,
        height: box.height,
        fontSize: box.fontSize,
        lineHeight: `${box.height}px`,
        fontWeight: item.weight,
        fontFamily: FONT_NAME,
        color: inkColour(item.ink, palette),
        whiteSpace: 'nowrap',
      },
      children: item.text,
    },
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The QR code's module grid as one path, scaled into its square (no transform: plain coordinates). */
export function qrPathAt(url: string, x: number, y: number, size: number): string {
  const code = qrPath(url);
  const module = size / code.modules;
  return code.d.replace(/M(\d+) (\d+)h(-?\d+)v1h(-?\d+)z/g, (_, mx, my, w, back) => `M${round(x + Number(mx) * module)} ${round(y + Number(my) * module)}h${round(Number(w) * module)}v${round(module)}h${round(Number(back) * module)}z`);
}

/** Share of a pictogram's disc its icon fills. */
export const ICON_IN_DISC = 0.64;

/** The sheet's shapes under the text, as SVG, in px of the format. */
function shapesSvg(layout: LayoutOk, job: PosterJob, palette: Palette, dpi: number): string {
  const px = (mm: number) => round(mmToPx(mm, dpi));
  const out: string[] = [];
  for (const item of layout.items) {
    if (item.kind === 'rect') {
      const fill = item.fill === 'accent' ? palette.accent : palette.tint;
      const r = item.radius ? ` rx="${px(item.radius)}"` : '';
      out.push(`<rect x="${px(item.x)}" y="${px(item.y)}" width="${px(item.width)}" height="${px(item.height)}"${r} fill="${fill}"/>`);
    } else if (item.kind === 'pictogram') {
      const icon = job.pictograms[item.name];
      const r = px(item.size / 2);
      out.push(`<circle cx="${px(item.x) + r}" cy="${px(item.y) + r}" r="${r}" fill="${palette.accent}"/>`);
      if (icon) {
        const inner = item.size * ICON_IN_DISC;
        const s = mmToPx(inner, dpi) / icon.size;
        const ox = px(item.x + (item.size - inner) / 2);
        const oy = px(item.y + (item.size - inner) / 2);
        out.push(`<g transform="translate(${ox} ${oy}) scale(${round(s * 100) / 100})" fill="${palette.onAccent}">${icon.paths.map((d) => `<path d="${d}"/>`).join('')}</g>`);
      }
    } else if (item.kind === 'qr' && job.url) {
      out.push(`<path fill="${palette.text}" d="${qrPathAt(job.url, mmToPx(item.x, dpi), mmToPx(item.y, dpi), mmToPx(item.size, dpi))}"/>`);
    }
  }
  return out.join('');
}

export interface PosterSvg {
  svg: string;
  layout: LayoutOk;
  palette: Palette;
  /** Width and height in px. */
  size: readonly [number, number];
}

/** The poster laid out for one size (checked first: glyphs, colours, fit). */
export function preparePoster(job: PosterJob, size: PosterSize): { layout: LayoutOk; palette: Palette } {
  checkGlyphs(job);
  const palette = checkPalette(job);
  for (const line of job.lines)
    if (line.pictogram && !job.pictograms[line.pictogram]) throw new PosterError(`${job.file}: ポスター「${job.id}」の絵記号「${line.pictogram}」の形がありません。`);
  return { layout: layoutJob(job, size), palette };
}

/** The poster drawn for one size, in px of its PNG (300 dpi for paper). */
export async function renderSvg(job: PosterJob, size: PosterSize, options: { embedFont?: boolean } = {}): Promise<PosterSvg> {
  const { layout, palette } = preparePoster(job, size);
  const format = FORMATS[size];
  const fonts = posterFonts();
  const [width, height] = format.px;
  const children = layout.items.flatMap((item) => (item.kind === 'text' ? [textElement(item, palette, format.dpi)] : []));
  const root: Element = { type: 'div', props: { style: { display: 'flex', width, height, position: 'relative' }, children } };
  const svg = await satori(root as never, {
    width,
    height,
    embedFont: options.embedFont ?? true,
    fonts: [
      { name: FONT_NAME, data: fonts.data[400], weight: 400, style: 'normal' },
      { name: FONT_NAME, data: fonts.data[700], weight: 700, style: 'normal' },
    ],
  });
  // The paper and the shapes go under satori's text.
  const under = `<rect width="${width}" height="${height}" fill="${palette.paper}"/>${shapesSvg(layout, job, palette, format.dpi)}`;
  const out = svg.replace(/^(<svg[^>]*>)/, `$1${under}`);
  return { svg: out, layout, palette, size: [width, height] };
}
