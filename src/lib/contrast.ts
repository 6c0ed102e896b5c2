/** WCAG 2.x contrast, for theme colours chosen by cities. */

const HEX = /^#([0-9a-f]{6})$/i;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const m = hex.match(HEX);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Colours the page draws on an accent: header text and the focus ring's light half. */
export const ON_ACCENT = { text: '#ffffff', focus: '#ffd43d' } as const;

export interface AccentVerdict {
  ok: boolean;
  text: number;
  focus: number;
}

/** An accent must carry white text at 4.5:1 (AA) and the yellow focus ring at 3:1 (non-text contrast). */
export function checkAccent(accent: string): AccentVerdict {
  const text = contrastRatio(accent, ON_ACCENT.text);
  const focus = contrastRatio(accent, ON_ACCENT.focus);
  return { ok: text >= 4.5 && focus >= 3, text, focus };
}
