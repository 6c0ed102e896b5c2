/**
 * Every real edition's posters (posters.yaml is optional; these are the ones that exist): every
 * character has a glyph, nothing overflows or crosses the 7 mm margin, no line breaks against
 * kinsoku or inside a phrase, key lines keep their format's cap height (A3 headline 12 mm, A4 9 mm),
 * the colours hold 4.5:1 in colour and in black and white, every scene and behaviour item shows its
 * pictogram, and no line states an amount its clause does not. Then the broken cases fail loudly.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS, type PosterSize } from '../../src/lib/posters/formats.ts';
import { layoutPoster, outsideSafeArea } from '../../src/lib/posters/layout.ts';
import { lineBehaviour } from '../../src/lib/posters/pictograms.ts';
import { NO_LINE_END, NO_LINE_START } from '../../src/lib/posters/line-break.ts';
import { greyscale, paletteContrast, posterPalette, tintOf } from '../../src/lib/posters/palette.ts';
import { posterFonts } from '../../src/posters/fonts.ts';
import { posterJob } from '../../src/posters/index.ts';
import { phrases } from '../../src/posters/phrases.ts';
import { pictogramNamesOf } from '../../src/posters/prerender.ts';
import { checkGlyphs, checkPalette, layoutJob, PosterError, renderSvg } from '../../src/posters/render.ts';
import { sampleMessageJob, samplePosterJob } from '../helpers/poster-job.ts';
import { realContent } from '../helpers/content.ts';
import { amountsNotIn, clauseIndex } from '../../src/lib/content/citations.ts';

const content = realContent();
const fonts = posterFonts();
const url = (slug: string) => `https://otagai.example.jp/${slug}/policy/`;

const pictograms = pictogramNamesOf(content.behaviours);
const jobs = content.editions.flatMap((e) =>
  e.posters.map((p) => ({
    slug: e.slug,
    poster: p,
    clauses: e.policy.clauses,
    sizes: p.sizes,
    job: posterJob({ ...e.edition, slug: e.slug, clauses: e.policy.clauses, posters: e.posters }, p, url(e.slug), pictograms),
  })),
);

describe('the real editions\' posters', () => {

  for (const { slug, sizes, job, poster, clauses } of jobs) {
    describe(`${slug}/${job.id}`, () => {
      it('has a glyph for every character (no tofu)', () => {
        expect(() => checkGlyphs(job)).not.toThrow();
      });

      it('keeps its colours at 4.5:1 in colour and in grey', () => {
        expect(() => checkPalette(job)).not.toThrow();
      });

      for (const size of sizes) {
        it(`fits ${size}: no overflow, inside the safe margin, phrases whole, kinsoku kept`, () => {
          const layout = layoutJob(job, size);
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
            const fontSize = layout.sizes[role];
            if (fontSize !== undefined) expect(fontSize * fonts.measure.capHeight).toBeGreaterThanOrEqual(FORMATS[size].keyCapHeight[role] - 1e-9);
          }
          expect(layout.items.filter((i) => i.kind === 'qr')).toHaveLength(1);
        });
      }

      it('shows the pictogram of each scene and behaviour item, by its shared taxonomy id', () => {
        const layout = layoutJob(job, sizes[0]!);
        const shown = new Map(layout.items.flatMap((i) => (i.kind === 'pictogram' ? [[i.block, i.name] as const] : [])));
        poster.lines.forEach((line, index) => {
          const behaviour = line.role === 'scene' || line.role === 'item' ? lineBehaviour(clauses, line) : undefined;
          expect(shown.get(index), line.text).toBe(behaviour ? pictograms.get(behaviour) : undefined);
        });
        if (poster.lines.some((l) => l.role === 'scene')) expect(shown.size).toBeGreaterThan(0);
      });

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

  it('sets the A3 headline for 3 m: a cap height of at least 12 mm', () => {
    for (const { job } of jobs.filter((j) => j.sizes.includes('a3'))) expect(layoutJob(job, 'a3').sizes.headline! * fonts.measure.capHeight, job.id).toBeGreaterThanOrEqual(12);
  });

  it('gives every behaviour kind of the shared taxonomy a pictogram', () => {
    expect(content.behaviours.filter((b) => !b.pictogram).map((b) => b.id)).toEqual([]);
  });

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
    expect(() => layoutJob(job, 'a4')).toThrow(/ポスター「awareness」の A4 縦 で「本文」の枠に文字が収まりません（必要な高さ [\d.]+ mm、枠の高さ [\d.]+ mm）。.*sizes を \[a3\]/);
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

describe('layouts', () => {
  const deps = { font: fonts.measure, phrases };
  const input = (job: ReturnType<typeof sampleMessageJob>, size: PosterSize) => ({ size, lines: job.lines, city: job.city, source: job.source, url: job.url, caption: job.caption });

  it('sets the scenes of a message as cards, each with its pictogram beside its words, before the list', () => {
    const job = sampleMessageJob();
    const layout = layoutPoster(input(job, 'a4'), deps);
    if (!layout.ok) throw new Error('does not fit');
    const cards = layout.items.filter((i) => i.kind === 'rect' && i.fill === 'tint');
    expect(cards).toHaveLength(3);
    const icons = layout.items.filter((i) => i.kind === 'pictogram');
    expect(icons.map((i) => i.kind === 'pictogram' && i.block)).toEqual([2, 3, 4, 6]);
    const sceneText = layout.items.find((i) => i.kind === 'text' && i.block === 2)!;
    const sceneIcon = icons[0]!;
    expect(sceneText.x).toBeGreaterThan(sceneIcon.x + (sceneIcon.kind === 'pictogram' ? sceneIcon.size : 0));
    const heading = layout.items.find((i) => i.kind === 'text' && i.role === 'heading')!;
    for (const c of cards) expect(c.y).toBeLessThan(heading.y);
    // The item without a pictogram keeps its square.
    expect(layout.items.some((i) => i.kind === 'rect' && i.fill === 'accent' && i.width < 5)).toBe(true);
  });

  // A screen shows a short message: headline, lead, scenes, closing.
  const screenJob = () => {
    const job = sampleMessageJob();
    return { ...job, lines: job.lines.filter((l) => l.role !== 'heading' && l.role !== 'item') };
  };

  it('stands the cards in one row on a landscape screen, pictogram above the words', () => {
    const layout = layoutPoster(input(screenJob(), 'signage-landscape'), deps);
    if (!layout.ok) throw new Error('does not fit');
    const cards = layout.items.filter((i) => i.kind === 'rect' && i.fill === 'tint');
    expect(new Set(cards.map((c) => c.y)).size).toBe(1);
    const icon = layout.items.find((i) => i.kind === 'pictogram' && i.block === 2)!;
    const text = layout.items.find((i) => i.kind === 'text' && i.block === 2)!;
    expect(text.y).toBeGreaterThan(icon.y);
    expect(outsideSafeArea(layout)).toEqual([]);
  });

  it('fits every format, inside its safe margin, with the cap heights its reading distance needs', () => {
    for (const size of Object.keys(FORMATS) as PosterSize[]) {
      const layout = layoutPoster(input(FORMATS[size].medium === 'screen' ? screenJob() : sampleMessageJob(), size), deps);
      if (!layout.ok) throw new Error(`${size} does not fit`);
      expect(outsideSafeArea(layout), size).toEqual([]);
      expect(layout.sizes.headline! * fonts.measure.capHeight, size).toBeGreaterThanOrEqual(FORMATS[size].keyCapHeight.headline - 1e-9);
    }
  });

  it('leaves the QR code, its caption and the address out when there is no address', () => {
    const job = sampleMessageJob({ url: undefined });
    const layout = layoutPoster(input(job, 'a4'), deps);
    if (!layout.ok) throw new Error('does not fit');
    expect(layout.items.filter((i) => i.kind === 'qr' || (i.kind === 'text' && (i.role === 'caption' || i.role === 'url')))).toEqual([]);
  });

  it('draws in the edition\'s accent colour: the headline band, the pictogram discs, the scene cards\' tint, the closing line', async () => {
    const accent = '#7a2e0e';
    const { svg, palette } = await renderSvg(sampleMessageJob({ accent }), 'a4');
    expect(palette.tint).toBe(tintOf(accent, 0.1));
    expect(svg).toMatch(new RegExp(`<rect [^>]*fill="${accent}"`));
    expect(svg).toMatch(new RegExp(`<circle [^>]*fill="${accent}"`));
    expect(svg).toMatch(new RegExp(`<rect [^>]*rx="[^"]+" fill="${palette.tint}"`));
    const { layout } = await renderSvg(sampleMessageJob({ accent }), 'a4');
    expect(layout.items.find((i) => i.kind === 'text' && i.role === 'closing')).toMatchObject({ ink: 'accent' });
    expect(paletteContrast(palette).every((c) => c.ok)).toBe(true);
  });

  const sizes: PosterSize[] = ['a4', 'a3', 'a5', 'signage-landscape', 'signage-portrait'];
  it('draws each size at its own pixels', async () => {
    for (const size of sizes) {
      const { svg, size: px } = await renderSvg(base, size);
      expect(px).toEqual(FORMATS[size].px);
      expect(svg).toContain(`width="${px[0]}"`);
      expect(svg).toContain(`height="${px[1]}"`);
    }
  });
});
