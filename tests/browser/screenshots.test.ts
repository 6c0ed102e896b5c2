/** A screenshot of each page type, desktop and 320 px, into screenshots/ (git-ignored) so anyone can look. */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSchemas } from '../../src/content.config.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { launchBrowser, skipBrowserSuite } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { onePerType } from '../helpers/page-types.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { serveSite, type SiteServer } from '../helpers/static-server.ts';

const OUT = 'screenshots';
const skip = skipBrowserSuite();
const slugs = readContent('content', contentSchemas).editions.map((e) => e.slug);
const types = skip ? new Map<string, string>() : onePerType([...sitemapPaths(DIST), '/404.html'], slugs);

describe.skipIf(skip)('screenshots of each page type', () => {
  let server: SiteServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await serveSite(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.log(`screenshots: ${types.size} page types × 2 widths written to ${OUT}/`);
  });

  for (const [type, path] of types) {
    it(`${type} (${path})`, async () => {
      for (const [label, width] of [['desktop', 1280], ['320px', 320]] as const) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(server.origin + path);
        const shot = await page.screenshot({ path: `${OUT}/${type}-${label}.png`, fullPage: true });
        expect(shot.byteLength).toBeGreaterThan(1000);
        await page.close();
      }
    });
  }
});
