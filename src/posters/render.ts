/**
 * One poster, one paper size: check every character has a glyph, lay it out (src/lib/posters),
 * draw it with satori into an SVG (text as glyph outlines), and add the QR code as a vector path.
 */
import satori from 'satori';
import { missingCharacters } from '../lib/posters/font-metrics.ts';
import { layoutPoster, mmToPx, PAPERS, type LayoutOk, type Paper, type Placed, type PosterLine } from '../lib/posters/layout.ts';
import { posterPalette, paletteContrast, type Palette } from '../lib/posters/palette.ts';
import { qrPath } from '../lib/posters/qr.ts';
import { BOX_NAMES } from '../lib/posters/layout.ts';
import { FONT_NAME, posterFonts } from './fonts.ts';
import { phrases } from './phrases.ts';

/** Bump when the drawing changes in a way the source hash would not show. */
export const TEMPLATE_VERSION = 1;

export const DPI = 300;

export interface PosterJob {
  /** For messages: content/editions/<slug>/posters.yaml and the poster id. */
  file: string;
  id: string;
  /** The PDF's title: city and kind of poster. */
  title: string;
  lines: PosterLine[];
  city: string;
  source: string;
  url: string;
  caption: string;
  accent: string;
}

/** A poster that cannot be printed as it stands: the build stops with this message. */
export class PosterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PosterError';
  }
}

const paperName = (paper: Paper) => paper.toUpperCase();

/** Every character printed must be in the font; satori would draw an empty box for one that is not. */
export function checkGlyphs(job: PosterJob): void {
  const fonts = posterFonts();
  const texts = [...job.lines.map((l) => l.text), job.city, job.source, job.url, job.caption].join('\n');
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
      `${job.file}: ポスター「${job.id}」の色のコントラストが足りません（${weak.map((w) => `${w.pair} ${w.colour.toFixed(2)}:1、白黒 ${w.grey.toFixed(2)}:1`).join('；')}）。4.5:1 以上が必要です。`,
    );
  return palette;
}

export function layoutJob(job: PosterJob, paper: Paper): LayoutOk {
  const fonts = posterFonts();
  const result = layoutPoster({ paper, lines: job.lines, city: job.city, source: job.source, url: job.url, caption: job.caption }, { font: fonts.measure, phrases });
  if (!result.ok) {
    const hint = paper === 'a4' ? '文言を減らすか、sizes を [a3] にして A3 だけで印刷してください。' : '文言を減らしてください。';
    throw new PosterError(
      `${job.file}: ポスター「${job.id}」の ${paperName(paper)} で「${BOX_NAMES[result.box]}」の枠に文字が収まりません（必要な高さ ${result.needed.toFixed(1)} mm、枠の高さ ${result.available.toFixed(1)} mm）。${hint}`,
    );
  }
  return result;
}

interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: Element[] | string };
}

function element(item: Placed, palette: Palette): Element | undefined {
  const px = (mm: number) => Math.round(mmToPx(mm) * 10) / 10;
  if (item.kind === 'rect')
    return {
      type: 'div',
      props: { style: { position: 'absolute', left: px(item.x), top: px(item.y), width: px(item.width), height: px(item.height), backgroundColor: item.fill === 'accent' ? palette.accent : '#f2f2f2' } },
    };
  if (item.kind === 'text') {
    const lineHeight = px(item.fontSize * item.lineHeight);
    return {
      type: 'div',
      props: {
        style: {
          position: 'absolute',
          display: 'flex',
          left: px(item.x),
          top: px(item.y),
          width: px(item.width) + 2,
          height: lineHeight,
          fontSize: px(item.fontSize),
          lineHeight: `${lineHeight}px`,
          fontWeight: item.weight,
          fontFamily: FONT_NAME,
          color: item.ink === 'onAccent' ? palette.onAccent : item.ink === 'accent' ? palette.accent : palette.text,
          whiteSpace: 'nowrap',
        },
        children: item.text,
      },
    };
  }
  return undefined;
}

export interface PosterSvg {
  svg: string;
  layout: LayoutOk;
  /** Width and height in px at 300 dpi. */
  size: readonly [number, number];
}

/** The poster drawn for one paper size, in px at 300 dpi. */
export async function renderSvg(job: PosterJob, paper: Paper): Promise<PosterSvg> {
  checkGlyphs(job);
  const palette = checkPalette(job);
  const layout = layoutJob(job, paper);
  const fonts = posterFonts();
  const [width, height] = PAPERS[paper].px300;
  const children = layout.items.map((item) => element(item, palette)).filter((e): e is Element => e !== undefined);
  const root: Element = { type: 'div', props: { style: { display: 'flex', width, height, backgroundColor: palette.paper, position: 'relative' }, children } };
  const svg = await satori(root as never, {
    width,
    height,
    fonts: [
      { name: FONT_NAME, data: fonts.data[400], weight: 400, style: 'normal' },
      { name: FONT_NAME, data: fonts.data[700], weight: 700, style: 'normal' },
    ],
  });
  const qr = layout.items.find((i) => i.kind === 'qr');
  let out = svg;
  if (qr && qr.kind === 'qr') {
    const code = qrPath(job.url);
    const module = mmToPx(qr.size) / code.modules;
    const x0 = mmToPx(qr.x);
    const y0 = mmToPx(qr.y);
    // Scale the module grid into place without a transform (the PDF step draws plain paths).
    const d = code.d.replace(/M(\d+) (\d+)h(-?\d+)v1h(-?\d+)z/g, (_, x, y, w, back) => {
      const f = (n: number) => Math.round(n * 100) / 100;
      return `M${f(x0 + Number(x) * module)} ${f(y0 + Number(y) * module)}h${f(Number(w) * module)}v${f(module)}h${f(Number(back) * module)}z`;
    });
    out = svg.replace(/<\/svg>\s*$/, `<path fill="${palette.text}" d="${d}"/></svg>`);
  }
  return { svg: out, layout, size: [width, height] };
}
