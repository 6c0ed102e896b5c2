/**
 * A poster's SVG (as satori draws it: filled rectangles and filled paths, the glyphs as outlines)
 * onto a PDF page as vector paths, with pdf-lib. Anything else in the SVG is refused, so a change
 * of template can never drop part of the poster from the PDF in silence.
 */
import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';

export interface PdfMeta {
  title: string;
  subject: string;
  keywords: string[];
  lang: string;
  creator: string;
}

interface Shape {
  kind: 'rect' | 'path';
  attrs: Record<string, string>;
}

const ALLOWED = new Set(['x', 'y', 'width', 'height', 'fill', 'd']);

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z-:]+)="([^"]*)"/g)) attrs[m[1]!] = m[2]!;
  return attrs;
}

/** The visible shapes of the SVG: masks, clip paths and defs (satori's overflow guards) are not painted. */
export function svgShapes(svg: string): Shape[] {
  const body = svg
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<(mask|clipPath|defs)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?g>/g, '');
  const shapes: Shape[] = [];
  for (const m of body.matchAll(/<([a-zA-Z]+)\b([^>]*?)\/?>/g)) {
    const name = m[1]!;
    if (name !== 'rect' && name !== 'path') throw new Error(`Poster SVG: <${name}> cannot be drawn into the PDF.`);
    const attrs = attributes(m[2]!);
    const extra = Object.keys(attrs).filter((k) => !ALLOWED.has(k));
    if (extra.length) throw new Error(`Poster SVG: <${name}> with ${extra.join(', ')} cannot be drawn into the PDF.`);
    if (!attrs.fill || attrs.fill === 'none') throw new Error(`Poster SVG: <${name}> without a fill cannot be drawn into the PDF.`);
    shapes.push({ kind: name, attrs });
  }
  return shapes;
}

function colour(value: string) {
  const hex = value.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    const n = parseInt(h, 16);
    return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
  }
  const fn = value.match(/^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*1\s*)?\)$/);
  if (fn) return rgb(Number(fn[1]) / 255, Number(fn[2]) / 255, Number(fn[3]) / 255);
  throw new Error(`Poster SVG: colour ${value} cannot be drawn into the PDF.`);
}

/** Draws the SVG (in px of `dpi`) centred on the page, 1 px = 72/dpi pt. */
export function drawSvg(page: PDFPage, svg: string, dpi: number): void {
  const s = 72 / dpi;
  const w = Number(svg.match(/<svg[^>]*\bwidth="([\d.]+)"/)?.[1]);
  const h = Number(svg.match(/<svg[^>]*\bheight="([\d.]+)"/)?.[1]);
  const { width: pw, height: ph } = page.getSize();
  const ox = (pw - w * s) / 2;
  const oy = (ph - h * s) / 2;
  for (const shape of svgShapes(svg)) {
    const a = shape.attrs;
    const color = colour(a.fill!);
    if (shape.kind === 'rect') {
      const x = Number(a.x ?? 0);
      const y = Number(a.y ?? 0);
      const rw = Number(a.width);
      const rh = Number(a.height);
      page.drawRectangle({ x: ox + x * s, y: ph - oy - (y + rh) * s, width: rw * s, height: rh * s, color });
    } else {
      if (!a.d) continue;
      page.drawSvgPath(a.d, { x: ox, y: ph - oy, scale: s, color });
    }
  }
}

/** A one-page PDF of the exact paper size, with its title, language and text in the metadata. */
export async function svgToPdf(svg: string, pageSize: readonly [number, number], dpi: number, meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.lang);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer('pdf-lib');
  const page = doc.addPage([pageSize[0], pageSize[1]]);
  drawSvg(page, svg, dpi);
  return doc.save();
}
