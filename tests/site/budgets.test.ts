/**
 * Page budgets on the real build: policy and FAQ pages at most 14 KB of HTML and 10 KB of CSS
 * after gzip, and no JavaScript at all on pages that need none (only search and the self-check load it).
 *
 * One stated exception: a city document whose own words come near the budget (Odawara's guideline:
 * 13.9 KB of words after gzip) cannot fit with any markup at all; a whole-text page whose words
 * exceed 10 KB is held instead to its words plus at most 35% of markup (headings, lists, tables,
 * anchors). The page stays whole because residents search it with Ctrl+F and staff print it on A4.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { DIST, pageText, readPage } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const KB = 1024;
const pages = sitemapPaths(DIST);
const allowedJs = (path: string) => /^\/search\/$|\/check\/$/.test(path);
const budgeted = (path: string) => /\/policy\/$|\/faq\//.test(path);

/** The gzip size of a page's main text alone: the words, without markup. */
const textBytes = (path: string) => {
  const html = readPage(path);
  return gzipSync(pageText(html.slice(html.indexOf('<main'), html.indexOf('</main>'))), { level: 9 }).length;
};
const htmlBudget = (words: number) => (words > 10 * KB ? Math.max(14 * KB, Math.round(words * 1.35)) : 14 * KB);

describe('page budgets', () => {
  it('has policy and FAQ pages to weigh', () => expect(pages.filter(budgeted).length).toBeGreaterThan(50));

  it('keeps policy and FAQ pages within 14 KB HTML and 10 KB CSS (gzip)', () => {
    const over = pages
      .filter(budgeted)
      .map((p) => ({ ...pageWeight(DIST, p), words: textBytes(p) }))
      .filter((w) => w.html > htmlBudget(w.words) || w.css > 10 * KB)
      .map((w) => `${w.path}: HTML ${w.html} B (budget ${htmlBudget(w.words)} B), CSS ${w.css} B`);
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
