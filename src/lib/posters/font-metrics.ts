/**
 * What the poster layout needs from a TrueType font, read straight from its tables:
 * which characters it has (cmap), how wide each is (hmtx), and its vertical metrics.
 * Pure code on bytes: no font library, so a missing glyph is a fact we check, not a guess.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** OS/2 sCapHeight over unitsPerEm: the height of capital letters, as a fraction of the font size. */
  capHeight: number;
  /** hhea ascender and descender (descender negative), as fractions of the font size. */
  ascender: number;
  descender: number;
  /** Does the font have a glyph for this code point? */
  has(codePoint: number): boolean;
  /** Advance width of a code point in em (0 when the font lacks it). */
  advance(codePoint: number): number;
  /** Number of code points mapped. */
  size: number;
}

interface Table {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, Table> {
  const count = view.getUint16(4);
  const out = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    out.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return out;
}

/** Unicode code point → glyph id, from the best Unicode cmap subtable (format 12, else format 4). */
function readCmap(view: DataView, cmap: Table): Map<number, number> {
  const count = view.getUint16(cmap.offset + 2);
  const subtables: Array<{ platform: number; encoding: number; offset: number; format: number }> = [];
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + i * 8;
    const offset = cmap.offset + view.getUint32(at + 4);
    subtables.push({ platform: view.getUint16(at), encoding: view.getUint16(at + 2), offset, format: view.getUint16(offset) });
  }
  const unicode = (s: { platform: number; encoding: number }) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const chosen = subtables.find((s) => unicode(s) && s.format === 12) ?? subtables.find((s) => unicode(s) && s.format === 4);
  if (!chosen) throw new Error('The font has no Unicode cmap (format 4 or 12).');
  const map = new Map<number, number>();
  const at = chosen.offset;
  if (chosen.format === 12) {
    const groups = view.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const p = at + 16 + g * 12;
      const start = view.getUint32(p);
      const end = view.getUint32(p + 4);
      const glyph = view.getUint32(p + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segX2 = view.getUint16(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const p = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = view.getUint16(p);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(view);
  const need = (tag: string) => {
    const table = t.get(tag);
    if (!table) throw new Error(`The font has no ${tag} table.`);
    return table;
  };
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const ascender = view.getInt16(hhea.offset + 4) / unitsPerEm;
  const descender = view.getInt16(hhea.offset + 6) / unitsPerEm;
  const metricsCount = view.getUint16(hhea.offset + 34);
  const os2 = t.get('OS/2');
  const capHeight = os2 && view.getUint16(os2.offset) >= 2 ? view.getInt16(os2.offset + 88) / unitsPerEm : 0.7;
  const cmap = readCmap(view, need('cmap'));
  const advanceOf = (glyph: number) => view.getUint16(hmtx.offset + Math.min(glyph, metricsCount - 1) * 4) / unitsPerEm;
  return {
    unitsPerEm,
    capHeight,
    ascender,
    descender,
    has: (cp) => cmap.has(cp),
    advance: (cp) => {
      const glyph = cmap.get(cp);
      return glyph === undefined ? 0 : advanceOf(glyph);
    },
    size: cmap.size,
  };
}

/** Characters that need no glyph of their own: line breaks and format controls. */
// eslint-disable-next-line no-misleading-character-class -- variation selectors are listed on purpose: they need no glyph
const NO_GLYPH = /[\n\r\t\u200b-\u200f\ufe00-\ufe0f]/u;

/** The characters of `text` that the font cannot draw, each once, in order of appearance. */
export function missingCharacters(text: string, font: Pick<FontMetrics, 'has'>): string[] {
  const missing: string[] = [];
  for (const ch of text) {
    if (NO_GLYPH.test(ch)) continue;
    if (!font.has(ch.codePointAt(0)!) && !missing.includes(ch)) missing.push(ch);
  }
  return missing;
}

/** Width of a line of text in em: the sum of its characters' advances. */
export function textWidth(text: string, font: Pick<FontMetrics, 'advance'>): number {
  let width = 0;
  for (const ch of text) width += font.advance(ch.codePointAt(0)!);
  return width;
}

/** The characters of JIS X 0208 (rows 1–8 and 16–84, 6,879 characters), decoded from EUC-JP. */
export function jisX0208Characters(): string[] {
  const decoder = new TextDecoder('euc-jp', { fatal: false });
  const out: string[] = [];
  for (let row = 1; row <= 84; row++) {
    if (row > 8 && row < 16) continue;
    for (let cell = 1; cell <= 94; cell++) {
      const ch = decoder.decode(new Uint8Array([0xa0 + row, 0xa0 + cell]));
      if (ch !== '\ufffd') out.push(ch);
    }
  }
  return out;
}
