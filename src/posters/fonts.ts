/**
 * The poster font, loaded once per process: BIZ UDPGothic (Morisawa's Universal Design typeface,
 * the municipal standard for public signage; SIL Open Font License), regular and bold, as TTF from npm.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { readFontMetrics, textWidth, type FontMetrics } from '../lib/posters/font-metrics.ts';
import type { FontMeasure, Weight } from '../lib/posters/layout.ts';

export const FONT_NAME = 'BIZ UDPGothic';

const FILES: Record<Weight, string> = {
  400: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  700: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
};

export interface PosterFonts {
  data: Record<Weight, Buffer>;
  metrics: Record<Weight, FontMetrics>;
  measure: FontMeasure;
  /** Hash of both font files: part of every cache key. */
  hash: string;
  /**
   * The fonts parsed for PDFKit, once: each PDF that parsed them afresh read the same tables again,
   * nearly half of its time (same bytes either way).
   */
  pdf: Record<Weight, Font>;
}

let loaded: PosterFonts | undefined;

export function posterFonts(): PosterFonts {
  if (loaded) return loaded;
  // Resolved from the project root, so the same files are found from a bundled build chunk.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const data = { 400: readFileSync(require.resolve(FILES[400])), 700: readFileSync(require.resolve(FILES[700])) };
  const metrics = { 400: readFontMetrics(data[400]), 700: readFontMetrics(data[700]) };
  const hash = createHash('sha256').update(data[400]).update(data[700]).digest('hex').slice(0, 16);
  loaded = {
    data,
    metrics,
    measure: { width: (text, weight) => textWidth(text, metrics[weight]), capHeight: metrics[700].capHeight },
    hash,
    pdf: { 400: create(data[400]) as Font, 700: create(data[700]) as Font },
  };
  return loaded;
}
