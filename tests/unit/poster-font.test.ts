/** The poster font: full JIS X 0208 coverage, missing glyphs named, widths as satori measures them. */
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { jisX0208Characters, missingCharacters, textWidth } from '../../src/lib/posters/font-metrics.ts';
import { FONT_NAME, posterFonts } from '../../src/posters/fonts.ts';

const fonts = posterFonts();

describe('BIZ UDPGothic', () => {
  it('covers every character of JIS X 0208 in both weights', () => {
    const jis = jisX0208Characters();
    expect(jis.length).toBe(6879);
    expect(missingCharacters(jis.join(''), fonts.metrics[400])).toEqual([]);
    expect(missingCharacters(jis.join(''), fonts.metrics[700])).toEqual([]);
  });

  it('names the characters it lacks, each once', () => {
    // 𠮷 (tsuchi-yoshi) is outside JIS X 0208 and outside this font: a real name could carry it.
    expect(missingCharacters('録音😀します😀\u{20BB7}野家한', fonts.metrics[400])).toEqual(['😀', '\u{20BB7}', '한']);
    expect(missingCharacters('改行は\n文字ではない', fonts.metrics[400])).toEqual([]);
  });

  it('gives a 9 mm cap height at a font size the layout can reach', () => {
    expect(fonts.metrics[700].capHeight).toBeGreaterThan(0.7);
    expect(fonts.metrics[700].capHeight).toBeLessThan(0.8);
  });

  it('measures a line as satori lays it out', async () => {
    const text = 'お客様も働く人も、お互いに尊重される社会へ。SNS（2024年）';
    for (const weight of [400, 700] as const) {
      const line = { type: 'div', props: { style: { fontSize: 100, fontWeight: weight, fontFamily: FONT_NAME, whiteSpace: 'nowrap' }, children: text } };
      const svg = await satori({ type: 'div', props: { style: { display: 'flex', width: 4000, height: 200 }, children: [line] } } as never, {
        width: 4000,
        height: 200,
        fonts: [{ name: FONT_NAME, data: fonts.data[weight], weight, style: 'normal' }],
      });
      // satori guards each text box with a mask as wide as the laid-out text.
      const masks = [...svg.matchAll(/<mask[^>]*><rect x="0" y="0" width="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(masks.length).toBe(2);
      const drawn = masks[1]!;
      expect(Math.abs(drawn - textWidth(text, fonts.metrics[weight]) * 100)).toBeLessThan(2);
    }
  });
});
