/**
 * The built posters: each edition's posters page lists its posters, every file it links to is in
 * dist/ with the size its link states, every PDF has the exact paper size, every PNG its pixels,
 * and each preview carries the poster's whole text as its text alternative.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAPERS, type Paper } from '../../src/lib/posters/layout.ts';
import { pngDpi, pngSize } from '../../src/lib/posters/png.ts';
import { fileSizeLabel } from '../../src/lib/posters/poster-text.ts';
import { realContent } from '../helpers/content.ts';
import { DIST, distExists, readPage } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const content = realContent();
const withPosters = content.editions.filter((e) => e.posters.length > 0);
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('posters in the built site', () => {
  beforeAll(() => {
    if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
  });

  it('every edition with posters.yaml has a posters page, in its navigation and in the sitemap; one without has neither', () => {
    const sitemap = sitemapPaths(DIST);
    for (const e of content.editions) {
      const has = e.posters.length > 0;
      expect(sitemap.includes(`/${e.slug}/posters/`), e.slug).toBe(has);
      expect(readPage(`/${e.slug}/`).includes(`href="/${e.slug}/posters/"`), e.slug).toBe(has);
    }
  });

  for (const e of withPosters) {
    describe(e.slug, () => {
      const html = () => readPage(`/${e.slug}/posters/`);

      it('links every poster file, each present with the file size its link states', () => {
        const links = [...html().matchAll(/<a href="(\/[^"]+\/posters\/[^"/]+\.(?:pdf|png))"[^>]*>([^<]+)<\/a>/g)];
        const expected = e.posters.reduce((n, p) => n + p.sizes.length + 1, 0);
        expect(links.length).toBe(expected);
        for (const [, href, label] of links) {
          const file = join(DIST, href!);
          expect(existsSync(file), href).toBe(true);
          expect(label).toContain(fileSizeLabel(statSync(file).size));
          expect(label).toMatch(/^(PDF|PNG 画像)（(A4|A3)/);
        }
      });

      it('shows each poster\'s preview with its whole text as the text alternative', () => {
        const images = [...html().matchAll(/<img[^>]*src="([^"]+-preview\.png)"[^>]*alt="([^"]*)"/g)];
        expect(images.length).toBe(e.posters.length);
        e.posters.forEach((poster, i) => {
          const [, src, alt] = images[i]!;
          expect(existsSync(join(DIST, src!))).toBe(true);
          for (const line of poster.lines) expect(decode(alt!)).toContain(line.text);
          expect(decode(alt!)).toContain(e.edition.city.name);
        });
      });

      it('gives every PDF its exact paper size and every PNG its pixels', async () => {
        const dir = join(DIST, e.slug, 'posters');
        const names = readdirSync(dir);
        for (const name of names.filter((n) => n.endsWith('.pdf'))) {
          const paper = name.match(/-(a4|a3)\.pdf$/)![1] as Paper;
          const pdf = await PDFDocument.load(readFileSync(join(dir, name)), { updateMetadata: false });
          const { width, height } = pdf.getPage(0).getSize();
          expect([Number(width.toFixed(2)), Number(height.toFixed(2))], name).toEqual([...PAPERS[paper].pt]);
          expect(pdf.getTitle()).toContain(e.edition.city.name);
        }
        for (const name of names.filter((n) => n.endsWith('-300dpi.png'))) {
          const paper = name.match(/-(a4|a3)-300dpi\.png$/)![1] as Paper;
          const bytes = readFileSync(join(dir, name));
          expect(pngSize(bytes)).toEqual({ width: PAPERS[paper].px300[0], height: PAPERS[paper].px300[1] });
          expect(pngDpi(bytes)).toBe(300);
        }
      });
    });
  }
});
