/**
 * The browser gate: every page in the sitemap, in Debian's Chromium against the built site.
 * axe-core (WCAG 2.0–2.2 A/AA) finds nothing; lang="ja", one h1, a working skip link; every
 * interactive element reachable by Tab with a visible focus; no sideways scroll at 320 px;
 * nothing lost at 200% text; focus and borders kept in forced colours; no request leaves the site.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, skipBrowserSuite } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { axeViolations, clippedText, forcedColourProblems, keyboardProblems, recordForeignRequests, sidewaysScroll, structureProblems } from '../helpers/page-checks.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { serveSite, type SiteServer } from '../helpers/static-server.ts';

const skip = skipBrowserSuite();
const pages = skip ? [] : sitemapPaths(DIST);

describe.skipIf(skip)('every page, in a real browser', () => {
  let server: SiteServer;
  let browser: Browser;
  let context: BrowserContext;
  const started = Date.now();

  beforeAll(async () => {
    server = await serveSite(DIST);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.log(`browser gate: checked ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('covers the whole sitemap', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const path of pages) {
    it(path, async () => {
      const page = await context.newPage();
      const foreign = recordForeignRequests(page, server.origin);
      const response = await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);

      const problems = [
        ...(await axeViolations(page)),
        ...(await structureProblems(page)),
        ...(await keyboardProblems(page)),
        ...(await forcedColourProblems(page)),
      ];

      await page.setViewportSize({ width: 320, height: 640 });
      problems.push(...(await sidewaysScroll(page)).map((p) => `at 320 px: ${p}`));

      // 200% text: the browser's own default font size doubled, as a resident would set it.
      await page.setViewportSize({ width: 1280, height: 900 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      if (rootSize < 32) problems.push(`text does not follow the browser's text size (root ${rootSize}px at 200%)`);
      problems.push(...(await sidewaysScroll(page)).map((p) => `at 200% text: ${p}`));
      problems.push(...(await clippedText(page)).map((p) => `at 200% text: ${p}`));

      await page.close();
      expect(problems).toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    });
  }
});
