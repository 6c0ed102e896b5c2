/**
 * Every real edition's posters (posters.yaml is optional; these are the ones that exist): every character has a glyph, nothing overflows or crosses the 7 mm
 * margin, no line breaks against kinsoku or inside a phrase, key lines keep a 9 mm cap height,
 * and the colours hold 4.5:1 in colour and in black and white. Then the broken cases fail loudly.
 */
import { describe, expect, it } from 'vitest';
import { KEY_CAP_HEIGHT_MM, outsideSafeArea, type Paper } from '../../src/lib/posters/layout.ts';
import { NO_LINE_END, NO_LINE_START } from '../../src/lib/posters/line-break.ts';
import { greyscale, paletteContrast, posterPalette } from '../../src/lib/posters/palette.ts';
import { posterFonts } from '../../src/posters/fonts.ts';
import { posterJob } from '../../src/posters/index.ts';
import { checkGlyphs, checkPalette, layoutJob, PosterError, renderSvg } from '../../src/posters/render.ts';
import { samplePosterJob } from '../helpers/poster-job.ts';
import { realContent } from '../helpers/content.ts';
import { amountsNotIn, clauseIndex } from '../../src/lib/content/citations.ts';
import { svgShapes } from '../../src/posters/svg-to-pdf.ts';

const content = realContent();
const fonts = posterFonts();
const url = (slug: string) => `https://otagai.example.jp/${slug}/policy/`;

const jobs = content.editions.flatMap((e) =>
  e.posters.map((p) => ({ slug: e.slug, sizes: p.sizes, job: posterJob({ ...e.edition, slug: e.slug, clauses: e.policy.clauses, posters: e.posters }, p, url(e.slug)) })),
);

describe('the real editions\' posters', () => {

  for (const { slug, sizes, job } of jobs) {
    describe(`${slug}/${job.id}`, () => {
      it('has a glyph for every character (no tofu)', () => {
        expect(() => checkGlyphs(job)).not.toThrow();
      });

      it('keeps its colours at 4.5:1 in colour and in grey', () => {
        expect(() => checkPalette(job)).not.toThrow();
      });

      for (const paper of sizes) {
        it(`fits ${paper.toUpperCase()}: no overflow, inside the safe margin, phrases whole, kinsoku kept`, () => {
          const layout = layoutJob(job, paper);
          expect(layout.splitPhrases).toEqual([]);
          expect(outsideSafeArea(layout)).toEqual([]);
          for (const item of layout.items) {
            if (item.kind !== 'text') continue;
            const chars = [...item.text];
            if (item.line > 0) expect(NO_LINE_START.has(chars[0]!), `line starts with ${chars[0]}: ${item.text}`).toBe(false);
            expect(NO_LINE_END.has(chars.at(-1)!), `line ends with ${chars.at(-1)}: ${item.text}`).toBe(false);
            expect(fonts.measure.width(item.text, item.weight) * item.fontSize, item.text).toBeLessThanOrEqual(item.width + 1e-6);
          }
          for (const role of ['headline', 'lead'] as const) {
            const size = layout.sizes[role];
            if (size !== undefined) expect(size * fonts.measure.capHeight).toBeGreaterThanOrEqual(KEY_CAP_HEIGHT_MM - 1e-9);
          }
          expect(layout.items.filter((i) => i.kind === 'qr')).toHaveLength(1);
        });
      }

      it('prints every line of the poster, in order', () => {
        const layout = layoutJob(job, sizes[0]!);
        const printed = layout.items.filter((i) => i.kind === 'text').map((i) => (i.kind === 'text' ? i.text : '')).join('');
        let at = 0;
        for (const line of job.lines) {
          const found = printed.indexOf(line.text.replace(/\s+/g, ''), at);
          expect(found, line.text).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      });
    });
  }

  it('prints no amount (30分, １時間) that the clause of its line does not state', () => {
    for (const e of content.editions) {
      const index = clauseIndex(e.policy.clauses);
      for (const p of e.posters) for (const l of p.lines) expect(amountsNotIn(l.text, [index.textOf(l.clause)]), `${e.slug}/${p.id}: ${l.text}`).toEqual([]);
    }
  });
});

const base = samplePosterJob();

it('sets A3 larger than A4', () => {
  expect(layoutJob(base, 'a3').sizes.headline!).toBeGreaterThan(layoutJob(base, 'a4').sizes.headline!);
});

describe('a poster that cannot be printed stops the build', () => {
  it('names the characters the font lacks', () => {
    const job = { ...base, lines: [...base.lines, { role: 'item' as const, text: '𠮷野家😀' }] };
    expect(() => checkGlyphs(job)).toThrow(PosterError);
    expect(() => checkGlyphs(job)).toThrow(/posters\.yaml: ポスター「awareness」の文字 「𠮷」\(U\+20BB7\)、「😀」\(U\+1F600\) は、フォント BIZ UDPGothic にありません/);
  });

  it('names the poster, the paper and the box the text overflows', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ role: 'item' as const, text: `例示の行為その${i + 1}（長い説明の文がここに続きます）` }));
    const job = { ...base, lines: [base.lines[0]!, ...items, base.lines[2]!] };
    expect(() => layoutJob(job, 'a4')).toThrow(/ポスター「awareness」の A4 で「本文」の枠に文字が収まりません（必要な高さ [\d.]+ mm、枠の高さ [\d.]+ mm）。.*sizes を \[a3\]/);
  });

  it('refuses a headline that would fill the sheet', () => {
    const job = { ...base, lines: [{ role: 'headline' as const, text: '見出し'.repeat(60) }, ...base.lines.slice(1)] };
    expect(() => layoutJob(job, 'a4')).toThrow(/「見出しの帯」の枠に文字が収まりません/);
  });

  it('refuses colours that would fade in black and white', () => {
    expect(greyscale('#264d73')).toMatch(/^#([0-9a-f]{2})\1\1$/);
    expect(paletteContrast(posterPalette('#264d73')).every((c) => c.ok)).toBe(true);
    expect(() => checkPalette({ ...base, accent: '#6f9fd8' })).toThrow(/コントラストが足りません/);
  });
});

describe('SVG to PDF', () => {
  it('draws only what it can draw as vectors, and refuses anything else', async () => {
    const { svg } = await renderSvg(base, 'a4');
    const shapes = svgShapes(svg);
    expect(shapes.filter((s) => s.kind === 'path').length).toBeGreaterThan(5);
    expect(() => svgShapes('<svg width="1" height="1"><image href="x.png"/></svg>')).toThrow(/<image> cannot be drawn/);
    expect(() => svgShapes('<svg width="1" height="1"><path d="M0 0" fill="none" stroke="#000"/></svg>')).toThrow(/stroke cannot be drawn/);
  });

  const papers: Paper[] = ['a4', 'a3'];
  it('keeps the drawing inside the sheet for both papers', async () => {
    for (const paper of papers) {
      const { svg, size } = await renderSvg(base, paper);
      expect(svg).toContain(`width="${size[0]}"`);
      expect(svg).toContain(`height="${size[1]}"`);
    }
  });
});
