/**
 * The poster's colours: near-black text on white, white headline on the edition's accent.
 * Every pair that carries text must reach 4.5:1 — in colour, and again after the sheet is
 * printed in black and white (a greyscale printer keeps luma, not WCAG luminance).
 */
import { contrastRatio } from '../contrast.ts';

export interface Palette {
  paper: string;
  text: string;
  accent: string;
  onAccent: string;
}

export const posterPalette = (accent: string): Palette => ({ paper: '#ffffff', text: '#1a1a1a', accent, onAccent: '#ffffff' });

/** The grey a black-and-white print gives a colour: Rec. 601 luma of the sRGB values. */
export function greyscale(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const luma = Math.round(0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255));
  const h = luma.toString(16).padStart(2, '0');
  return `#${h}${h}${h}`;
}

export interface ContrastCheck {
  pair: string;
  colour: number;
  grey: number;
  ok: boolean;
}

/** The text/background pairs of a poster and their contrast, in colour and in grey. */
export function paletteContrast(palette: Palette, minimum = 4.5): ContrastCheck[] {
  const pairs: Array<[string, string, string]> = [
    ['text on paper', palette.text, palette.paper],
    ['headline on accent', palette.onAccent, palette.accent],
  ];
  return pairs.map(([pair, fg, bg]) => {
    const colour = contrastRatio(fg, bg);
    const grey = contrastRatio(greyscale(fg), greyscale(bg));
    return { pair, colour, grey, ok: colour >= minimum && grey >= minimum };
  });
}
