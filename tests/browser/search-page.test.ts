/**
 * The search page as a resident sees it, on the fixture cities (the fictional `sample` edition):
 * a clause found as a result of its own, partial matches with the words they contain, an empty
 * answer that offers the FAQ lists, a word typed with the wrong kanji of its reading, and each
 * government's own search bundle (src/lib/search/bundles.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { KANJI_READINGS_FILE } from '../../src/lib/search/lexicon-file.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

const skip = skipBrowserSuite();

interface Shown {
  status: string;
  /** The page's own wording of the status lines, with {query} and {count} to fill. */
  text: Record<string, string>;
  results: Array<{ url: string; title: string; excerpt: string; matched: string }>;
  faqListsShown: boolean;
  fetched: string[];
}

describe.skipIf(skip)('the search page', () => {
  const site = useSiteInBrowser(fixtureSite('cities'));

  async function search(q: string, city = 'sample'): Promise<Shown> {
    const page: Page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/search/?${new URLSearchParams(city ? { q, city } : { q })}`);
    await page.waitForFunction((typed) => document.querySelector<HTMLElement>('#search-results')?.dataset.resultsFor === typed, q, { timeout: 15_000 });
    const shown = await page.evaluate(() => ({
      status: document.querySelector('#search-status')!.textContent ?? '',
      text: JSON.parse(document.querySelector('#search-text')!.textContent ?? '{}') as Record<string, string>,
      results: [...document.querySelectorAll('#search-results > li')].map((li) => ({
        url: li.querySelector('h2 a')!.getAttribute('href')!,
        title: li.querySelector('h2')!.textContent ?? '',
        excerpt: [...li.querySelectorAll(':scope > p:not(.result-city):not(.result-matched)')].map((p) => p.textContent).join(''),
        matched: li.querySelector('.result-matched')?.textContent ?? '',
      })),
      faqListsShown: !document.querySelector<HTMLElement>('#search-faq-lists')!.hidden,
    }));
    await page.close();
    return { ...shown, fetched };
  }
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

  it('finds a listed clause as a result of its own, linking to its anchor, its words shown once', async () => {
    const { results } = await search('大声で威圧');
    const clause = results.find((r) => r.url === '/sample/policy/#example-shouting');
    expect(clause?.title).toBe('大声で威圧する');
    // The item is its own title: no excerpt repeats it.
    expect(clause?.excerpt).toBe('');
  });

  it('shows pages with some of the words as partial matches, naming the words they contain', async () => {
    const shown = await search('面談 ぬいぐるみ');
    expect(shown.results.length).toBeGreaterThan(0);
    expect(shown.status).toBe(fill(shown.text.partial!, { query: '面談 ぬいぐるみ', count: shown.results.length }));
    expect(shown.results[0]!.matched).toContain('面談');
    expect(shown.results[0]!.matched).not.toContain('ぬいぐるみ');
  });

  it('says so when no word occurs, and offers the FAQ lists', async () => {
    const shown = await search('ぬいぐるみ');
    expect(shown.results).toEqual([]);
    expect(shown.status).toBe(fill(shown.text.none!, { query: 'ぬいぐるみ', count: 0 }));
    expect(shown.faqListsShown).toBe(true);
  });

  it('finds 面談 for 面段 (the wrong kanji of the same reading), fetching kanji readings only then', async () => {
    const typo = await search('面段');
    expect(typo.results.map((r) => r.url)).toContain('/sample/policy/#response-time');
    expect(typo.fetched.some((p) => p.endsWith(`/${KANJI_READINGS_FILE}`))).toBe(true);
    const right = await search('面談');
    expect(right.fetched.some((p) => p.endsWith(`/${KANJI_READINGS_FILE}`))).toBe(false);
  });

  const bundlesFetched = (fetched: string[]) => [...new Set(fetched.flatMap((p) => /^\/pagefind\/([^/]+)\//.exec(p)?.[1] ?? []))].sort();

  it("fetches the chosen government's bundle only", async () => {
    const shown = await search('面談');
    expect(shown.results.length).toBeGreaterThan(0);
    expect(shown.results.every((r) => r.url.startsWith('/sample/'))).toBe(true);
    expect(bundlesFetched(shown.fetched)).toEqual(['sample']);
  });

  it('searches every government at once by merging their bundles, and each again when one is chosen', async () => {
    const all = await search('面談', '');
    expect(bundlesFetched(all.fetched)).toEqual(['reiji', 'sample', 'tameshi']);
    expect(new Set(all.results.map((r) => r.url.split('/')[1]))).toEqual(new Set(['reiji', 'sample']));

    const page: Page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?${new URLSearchParams({ q: '面談', city: 'sample' })}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset.resultsFor === '面談');
    await page.selectOption('#search-city', 'reiji');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results h2 a')].some((a) => a.getAttribute('href')!.startsWith('/reiji/')));
    const urls = await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href')!));
    await page.close();
    expect(urls.every((u) => u.startsWith('/reiji/'))).toBe(true);
  });
});
