/**
 * Printing a policy page (what counter staff do): A4 pages, navigation hidden, nothing wider
 * than the printable width, and the whole text in the PDF from the title to the last clause.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { DIST } from '../helpers/dist.ts';
import { sidewaysScroll } from '../helpers/page-checks.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const A4 = { width: 595.28, height: 841.89 };
const skip = skipBrowserSuite();
const policyPages = skip ? [] : sitemapPaths(DIST).filter((p) => /^\/[a-z0-9-]+\/policy\/$/.test(p));
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

describe.skipIf(skip)('printing a policy page', () => {
  const site = useSiteInBrowser(DIST);

  it('has policy pages to print', () => expect(policyPages.length).toBeGreaterThan(0));

  for (const path of policyPages) {
    it(path, async () => {
      // 180 mm of printable width (A4 less 15 mm margins) is 680 CSS px.
      const page = await site.browser.newPage({ viewport: { width: 680, height: 1000 } });
      await page.goto(site.origin + path);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['.skip-link', '.edition-nav', '.breadcrumbs'].map((s) => [s, [...document.querySelectorAll(s)].every((e) => getComputedStyle(e).display === 'none')]),
      );
      expect(Object.fromEntries(hidden)).toEqual({ '.skip-link': true, '.edition-nav': true, '.breadcrumbs': true });
      expect(await sidewaysScroll(page)).toEqual([]);

      const pdf = await page.pdf({ preferCSSPageSize: true });
      const doc = await PDFDocument.load(pdf);
      const sizes = doc.getPages().map((p) => p.getSize());
      expect(sizes.length).toBeGreaterThan(0);
      for (const s of sizes) {
        expect(s.width).toBeCloseTo(A4.width, 0);
        expect(s.height).toBeCloseTo(A4.height, 0);
      }
      if (hasPdftotext) {
        const dir = mkdtempSync(join(tmpdir(), 'otagai-print-'));
        writeFileSync(join(dir, 'page.pdf'), pdf);
        const text = spawnSync('pdftotext', [join(dir, 'page.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
        const [title, last] = await page.evaluate(() => {
          const paras = [...document.querySelectorAll('main p, main li, main td')].map((e) => (e.textContent ?? '').replace(/\s+/g, ''));
          return [document.querySelector('h1')!.textContent!.replace(/\s+/g, ''), paras.filter(Boolean).at(-1) ?? ''];
        });
        expect(text).toContain(title);
        expect(text).toContain(last.slice(0, 20));
      }
      await page.close();
    });
  }
});
