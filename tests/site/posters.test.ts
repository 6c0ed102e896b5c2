/**
 * The built posters: each edition's posters page lists its posters, every file it links to is in
 * dist/ with the size its link states, every PDF has the exact paper size, every PNG its pixels,
 * and each preview carries the poster's whole text as its text alternative. Every PDF of the five
 * editions is tagged (pdfinfo: Tagged yes; language ja; title; a structure tree read back with
 * PDF.js) and its text layer (pdftotext) holds at least 95% of its lines' characters in order.
 * This build's site is the placeholder, so no poster carries a QR code, and the page says why.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, isPaper, type PosterSize } from '../../src/lib/posters/formats.ts';
import { defaultBuildOptions } from '../../src/lib/build-options.ts';
import { isPlaceholderSite } from '../../src/lib/posters/qr.ts';
import { inOrderShare, pdfInfo, pdfStructure, pdfText, roles } from '../helpers/pdf.ts';
import { pngSize } from '../../src/lib/posters/png.ts';
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
        const expected = e.posters.reduce((n, p) => n + p.sizes.length, 0);
        expect(links.length).toBe(expected);
        for (const [, href, label] of links) {
          const file = join(DIST, href!);
          expect(existsSync(file), href).toBe(true);
          expect(label).toContain(fileSizeLabel(statSync(file).size));
          expect(label).toMatch(/^(PDF|PNG 画像)（(A4 縦|A3 縦|A5 縦・卓上|デジタルサイネージ [横縦])/);
        }
      });

      it('gives every PDF real text in reading order, tagged, in Japanese, with its title', async () => {
        const dir = join(DIST, e.slug, 'posters');
        for (const poster of e.posters) {
          for (const size of poster.sizes.filter(isPaper)) {
            const name = `${poster.id}-${size}.pdf`;
            const bytes = new Uint8Array(readFileSync(join(dir, name)));
            const info = pdfInfo(bytes);
            expect(info.Tagged, name).toBe('yes');
            expect(info.Title, name).toContain(e.edition.city.name);
            const share = inOrderShare(poster.lines.map((l) => l.text).join(''), pdfText(bytes));
            expect(share, name).toBeGreaterThanOrEqual(0.95);
            const { tree, lang, title } = await pdfStructure(bytes);
            expect(lang, name).toBe(poster.lang);
            expect(title, name).toBe(info.Title);
            const found = roles(tree);
            expect(found[1], name).toBe('Document');
            expect(found.filter((r) => r === 'H1').length, name).toBe(poster.lines.filter((l) => l.role === 'headline').length);
            expect(found.filter((r) => r === 'LI').length, name).toBe(poster.lines.filter((l) => l.role === 'item' || l.role === 'scene').length);
          }
        }
      });

      it('draws no QR code for a placeholder site, and the page says so (and only then)', () => {
        const site = defaultBuildOptions().site;
        if (!isPlaceholderSite(site)) return expect(html()).not.toContain('id="no-qr"');
        expect(html()).toContain('id="no-qr"');
        expect(html()).toContain(site);
        for (const poster of e.posters)
          for (const size of poster.sizes.filter(isPaper)) expect(pdfText(new Uint8Array(readFileSync(join(DIST, e.slug, 'posters', `${poster.id}-${size}.pdf`))))).not.toContain('QR');
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
          const size = name.match(/-(a4|a3|a5)\.pdf$/)![1] as PosterSize;
          const pdf = await PDFDocument.load(readFileSync(join(dir, name)), { updateMetadata: false });
          const { width, height } = pdf.getPage(0).getSize();
          expect([Number(width.toFixed(2)), Number(height.toFixed(2))], name).toEqual([...FORMATS[size].pt!]);
          expect(pdf.getTitle()).toContain(e.edition.city.name);
        }
        expect(names.filter((n) => n.endsWith('.png') && !/-(preview|signage-landscape|signage-portrait)\.png$/.test(n)), 'no PNG of a sheet of paper').toEqual([]);
        for (const name of names.filter((n) => /-signage-(landscape|portrait)\.png$/.test(n))) {
          const size = name.match(/-(signage-landscape|signage-portrait)\.png$/)![1] as PosterSize;
          expect(pngSize(readFileSync(join(dir, name)))).toEqual({ width: FORMATS[size].px[0], height: FORMATS[size].px[1] });
        }
      });
    });
  }
});
