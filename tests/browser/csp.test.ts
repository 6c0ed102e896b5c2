/**
 * The pages' Content-Security-Policy in a real browser: the islands do their work under it (a
 * search runs Pagefind's WebAssembly, the check guide steps) with no violation, and a script the
 * site did not write is refused — and seen by the same watcher the page gate uses.
 */
import { describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { watchCsp } from '../helpers/csp.ts';
import { DIST } from '../helpers/dist.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const skip = skipBrowserSuite();

describe.skipIf(skip)('Content-Security-Policy in the browser', () => {
  const site = useSiteInBrowser(DIST);

  it('lets a search run, with no violation', async () => {
    const page = await site.browser.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('録音')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset.resultsFor === '録音', undefined, { timeout: 15_000 });
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('lets the check guide island step, with no violation', async () => {
    const page = await site.browser.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${site.origin}/sakaide/check/`);
    await page.click('[data-step-list] a[href="#step-next"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-next-heading');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('refuses a script injected into a page, and the watcher reports it', async () => {
    const page = await site.browser.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${site.origin}/sakaide/`);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__injected = true');
      img.src = '/no-such-image.png';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(ran).toBe(false);
    const seen = await violations();
    expect(seen.some((v) => v.includes('script-src-elem'))).toBe(true);
    expect(seen.some((v) => v.includes('script-src-attr'))).toBe(true);
    await page.close();
  });
});
