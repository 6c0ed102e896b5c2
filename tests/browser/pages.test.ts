/**
 * The browser gate: every page in the sitemap, in Debian's Chromium against the built site.
 * axe-core (WCAG 2.0–2.2 A/AA) finds nothing; lang="ja", one h1, a working skip link; every
 * interactive element reachable by Tab with a visible focus; no sideways scroll at 320 px;
 * nothing lost at 200% text; focus and borders kept in forced colours; no request leaves the site.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { DIST } from '../helpers/dist.ts';
import { version as axeVersion } from 'axe-core/package.json';
import type { PageResult } from '../../src/lib/accessibility-report.ts';
import { AXE_TAGS, axeRuleCriteria, clippedText, forcedColourProblems, keyboardProblems, recordForeignRequests, runAxe, sidewaysScroll, structureProblems } from '../helpers/page-checks.ts';
import { watchCsp } from '../helpers/csp.ts';
import { currentCommit, writeReport } from '../helpers/report.ts';
import { isOwnSite } from '../helpers/content.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { serveSite, type SiteServer } from '../../src/tooling/static-server.ts';

const skip = skipBrowserSuite();
/**
 * Every page but the FAQs, and one FAQ of each edition in each language: an edition's FAQ pages are one
 * template over different answers, which the site tests (HTML validity, lang, links, budgets) walk one by one.
 * Of each edition's pages in another language, one of each type. The whole sitemap (420-odd pages in three
 * languages) took 1,076 s in this gate alone, which would take CI past its 30 minutes.
 */
const languageSample = (paths: string[]) => {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const m = /^\/([a-z0-9-]+)\/(?:(en|easy)\/)?(?:([a-z-]+)\/)?([a-z0-9-]+\/)?$/.exec(p);
    if (!m || (!m[2] && m[3] !== 'faq')) return true;
    const type = `${m[1]}|${m[2] ?? 'ja'}|${m[3] ?? 'home'}|${m[4] ? 'item' : 'list'}`;
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
};
const pages = skip ? [] : languageSample(sitemapPaths(DIST));

describe.skipIf(skip)('every page, in a real browser', () => {
  let server: SiteServer;
  let browser: Browser;
  let context: BrowserContext;
  const started = Date.now();
  const results: Record<string, PageResult> = {};

  beforeAll(async () => {
    server = await serveSite(DIST);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
  });
  afterAll(async () => {
    // The published results (each edition's accessibility page) come from complete runs only.
    if (isOwnSite && Object.keys(results).length === pages.length && pages.length > 0) {
      const page = await context.newPage();
      await page.goto(server.origin + pages[0]!);
      writeReport({
        generatedAt: new Date().toISOString(),
        commit: currentCommit(),
        tools: { 'axe-core': axeVersion, chromium: browser.version() },
        axeTags: AXE_TAGS,
        ruleCriteria: await axeRuleCriteria(page),
        pages: results,
      });
    }
    await browser?.close();
    await server?.close();
    console.log(`browser gate: checked ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('covers the whole sitemap', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const path of pages) {
    it(path, async () => {
      const { problems, foreign, cspViolations, result } = await gate(context, server.origin, path);
      results[path] = result;
      expect(problems).toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    });
  }
});

/**
 * The same gate on the engine's pages in states the real editions rarely show (tests/fixtures/sites/cities/:
 * an untitled stance, an edition without the optional files, a month-only date, offences, accommodation).
 */
describe.skipIf(skip)('the fixture cities\' pages, in a real browser', () => {
  const root = fixtureSite('cities');
  const edge = sitemapPaths(root).filter((p) => /^\/(reiji|tameshi|compare)\//.test(p));
  let server: SiteServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serveSite(root);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has pages in those states', () => expect(edge.length).toBeGreaterThan(8));
  for (const path of edge) {
    it(path, async () => {
      const { problems, foreign, cspViolations } = await gate(context, server.origin, path);
      expect(problems).toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    });
  }
});

/** Every check of the gate on one page: what it found, the requests it made elsewhere, its CSP violations and its result for the accessibility report. */
async function gate(context: BrowserContext, origin: string, path: string): Promise<{ problems: string[]; foreign: string[]; cspViolations: string[]; result: PageResult }> {
  const page = await context.newPage();
  const foreign = recordForeignRequests(page, origin);
  const csp = await watchCsp(page);
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);

  const axe = await runAxe(page);
  const structure = await structureProblems(page);
  const keyboard = await keyboardProblems(page);
  const forcedColours = await forcedColourProblems(page);
  const problems = [...axe.violations, ...structure, ...keyboard, ...forcedColours];

  await page.setViewportSize({ width: 320, height: 640 });
  const reflow = (await sidewaysScroll(page)).map((p) => `at 320 px: ${p}`);
  problems.push(...reflow);

  // 200% text: the browser's own default font size doubled, as a resident would set it.
  await page.setViewportSize({ width: 1280, height: 900 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  if (rootSize < 32) problems.push(`text does not follow the browser's text size (root ${rootSize}px at 200%)`);
  const textResize = [...(await sidewaysScroll(page)), ...(await clippedText(page))].map((p) => `at 200% text: ${p}`);
  problems.push(...textResize);
  const result: PageResult = {
    axe: { violations: axe.violationIds, passes: axe.passes, incomplete: axe.incomplete, inapplicable: axe.inapplicable },
    checks: {
      structure: structure.length === 0,
      keyboard: keyboard.length === 0,
      forcedColours: forcedColours.length === 0,
      reflow: reflow.length === 0,
      textResize: textResize.length === 0 && rootSize >= 32,
    },
  };

  const cspViolations = await csp();
  await page.close();
  return { problems, foreign, cspViolations, result };
}
