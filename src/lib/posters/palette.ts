/**
 * The poster's colours: near-black text on white, white headline on the edition's accent, scene
 * cards on a light tint of the accent, white pictograms on accent discs. Every pair that carries
 * text or a pictogram must reach 4.5:1, as the site's theme colour must — in colour, and again
 * after the sheet is printed in black and white (a greyscale printer keeps luma, not WCAG luminance).
 */
import { contrastRatio } from '../contrast.ts';

export interface Palette {
  paper: string;
  text: string;
  accent: string;
  onAccent: string;
  /** Background of scene cards: the accent at 10% on white. */
  tint: string;
}

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** `colour` mixed with white, `amount` of the colour (0–1). */
export function tintOf(colour: string, amount: number): string {
  const n = parseInt(colour.slice(1), 16);
  const mix = (c: number) => 255 - (255 - c) * amount;
  return `#${hex(mix((n >> 16) & 255))}${hex(mix((n >> 8) & 255))}${hex(mix(n & 255))}`;
}

export const posterPalette = (accent: string): Palette => ({ paper: '#ffffff', text: '#1a1a1a', accent, onAccent: '#ffffff', tint: tintOf(accent, 0.1) });

/** The grey a black-and-white print gives a colour: Rec. 601 luma of the sRGB values. */
export function greyscale(colour: string): string {
  const n = parseInt(colour.slice(1), 16);
  const luma = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return `#${hex(luma).repeat(3)}`;
}

export interface ContrastCheck {
  pair: string;
  colour: number;
  grey: number;
  ok: boolean;
}

/** The text/background pairs of a poster and their contrast, in colour and in grey. */
export function paletteContrast(palette: Palette, minimum = 4.5): ContrastCheck[] {
  // A pictogram's disc is a graphic beside its words, not text: 3:1 (WCAG 1.4.11) against the card.
  const pairs: Array<[string, string, string, number]> = [
    ['text on paper', palette.text, palette.paper, minimum],
    ['headline and pictograms on accent', palette.onAccent, palette.accent, minimum],
    ['closing in accent on paper', palette.accent, palette.paper, minimum],
    ['scene text on tint', palette.text, palette.tint, minimum],
    ['pictogram disc on tint', palette.accent, palette.tint, 3],
  ];
  return pairs.map(([pair, fg, bg, least]) => {
    const colour = contrastRatio(fg, bg);
    const grey = contrastRatio(greyscale(fg), greyscale(bg));
    return { pair, colour, grey, ok: colour >= least && grey >= least };
  });
}
