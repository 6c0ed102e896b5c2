/** A screenshot of each page type, desktop and 320 px, into screenshots/ (git-ignored) so anyone can look. */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { DIST } from '../helpers/dist.ts';
import { onePerType } from '../../src/lib/page-types.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { realContent } from '../helpers/content.ts';

const OUT = 'screenshots';
const skip = skipBrowserSuite();
const slugs = realContent().editions.map((e) => e.slug);
const types = skip ? new Map<string, string>() : onePerType([...sitemapPaths(DIST), '/404.html'], slugs);

describe.skipIf(skip)('screenshots of each page type', () => {
  const site = useSiteInBrowser(DIST);
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => {
    console.log(`screenshots: ${types.size} page types × 2 widths written to ${OUT}/`);
  });

  for (const [type, path] of types) {
    it(`${type} (${path})`, async () => {
      for (const [label, width] of [['desktop', 1280], ['320px', 320]] as const) {
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(site.origin + path);
        const shot = await page.screenshot({ path: `${OUT}/${type}-${label}.png`, fullPage: true });
        expect(shot.byteLength).toBeGreaterThan(1000);
        await page.close();
      }
    });
  }
});
