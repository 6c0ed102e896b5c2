/**
 * Where a poster hangs: paper (a PDF of the exact ISO 216 size; laid out at 300 dpi) or a screen
 * (a PNG of its pixels). Layout works in millimetres; a screen is laid out on a nominal sheet of
 * 6 px per unit, so the same sizes and margins read alike on a 16:9 screen.
 *
 * Key lines (headline, lead) keep a cap height chosen for the distance each is read from, after the
 * ratio of the MLIT barrier-free guideline for signs (和文 9 mm at 1–2 m, 20 mm at 5 m: about 4 mm
 * per metre): an A3 headline, read from 3 m on a wall, 12 mm (its lead 9 mm); A4, read from 1–2 m,
 * 9 mm; an A5 desk card on the counter, read from under 1 m, 6 mm, and its body text may go to 0.7
 * times the poster minimum (3.9 mm for items, about 11 pt). A screen's nominal 9 mm is 54 px, a
 * twentieth of a 1080 px screen. BIZ UDPGothic's cap height is 0.765 of its size (12 mm: a 15.7 mm font).
 */
import type { PosterSize } from '../../schema/posters.ts';

export type { PosterSize };

export interface Format {
  id: PosterSize;
  medium: 'paper' | 'screen';
  /** Millimetres (a screen: nominal units, 6 px each). */
  width: number;
  height: number;
  /** Paper: PDF page size in points, exactly as ISO 216 gives it. */
  pt?: readonly [number, number];
  /** Pixels the poster is drawn at: 300 dpi for paper (its preview is scaled down), the screen's own for a screen. */
  px: readonly [number, number];
  /** Pixels per inch the PNG is drawn at (a screen: 6 px per nominal mm). */
  dpi: number;
  /** Smallest cap height of the headline, and of the lead, mm. */
  keyCapHeight: { headline: number; lead: number };
  /** How far body text may shrink below the poster minimums (1: not at all). */
  minimumScale: number;
  /** How the page names it: 「A4 縦」, 「横長の画面 1920 × 1080」. */
  label: string;
}

const SCREEN_DPI = 6 * 25.4;

export const FORMATS: Record<PosterSize, Format> = {
  a4: { id: 'a4', medium: 'paper', width: 210, height: 297, pt: [595.28, 841.89], px: [2480, 3508], dpi: 300, keyCapHeight: { headline: 9, lead: 9 }, minimumScale: 1, label: 'A4 縦' },
  a3: { id: 'a3', medium: 'paper', width: 297, height: 420, pt: [841.89, 1190.55], px: [3508, 4961], dpi: 300, keyCapHeight: { headline: 12, lead: 9 }, minimumScale: 1, label: 'A3 縦' },
  a5: { id: 'a5', medium: 'paper', width: 148, height: 210, pt: [419.53, 595.28], px: [1748, 2480], dpi: 300, keyCapHeight: { headline: 6, lead: 6 }, minimumScale: 0.7, label: 'A5 縦・卓上' },
  'signage-landscape': { id: 'signage-landscape', medium: 'screen', width: 320, height: 180, px: [1920, 1080], dpi: SCREEN_DPI, keyCapHeight: { headline: 9, lead: 9 }, minimumScale: 1, label: 'デジタルサイネージ 横' },
  'signage-portrait': { id: 'signage-portrait', medium: 'screen', width: 180, height: 320, px: [1080, 1920], dpi: SCREEN_DPI, keyCapHeight: { headline: 9, lead: 9 }, minimumScale: 1, label: 'デジタルサイネージ 縦' },
};

export const isPaper = (size: PosterSize) => FORMATS[size].medium === 'paper';

export const mmToPx = (mm: number, dpi = 300) => (mm / 25.4) * dpi;

/** How much larger than A4 a format's type is set: by area, so a landscape screen gets A4-like sizes. */
export const formatScale = (f: Format) => Math.sqrt((f.width * f.height) / (210 * 297));
