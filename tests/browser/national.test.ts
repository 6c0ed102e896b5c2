/**
 * The national pages' scripts in a real browser, on the fixture cities: the front page's filter
 * (hidden without JavaScript, where the prefecture sections and the 五十音 index do the work) and the
 * compare chooser, which builds its boxes and a side-by-side comparison from /compare.json.
 */
import { describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

const skip = skipBrowserSuite();

describe.skipIf(skip)('the national pages', () => {
  const site = useSiteInBrowser(fixtureSite('cities'));

  it('without JavaScript, lists every edition by prefecture and by reading, and hides the filter', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    expect(await page.isHidden('#edition-filter')).toBe(true);
    expect(await page.locator('section.prefecture li').count()).toBe(3);
    expect(await page.locator('#readings li').count()).toBe(3);
    await context.close();
  });

  it('with JavaScript, filters by a reading in katakana, announcing the count', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    await page.fill('#edition-filter-q', 'タメシ');
    const shown = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('section.prefecture li')].filter((li) => !li.hidden).map((li) => li.textContent));
    expect(shown).toEqual(['試市']);
    expect(await page.textContent('#edition-filter-status')).toBe('1 自治体が見つかりました');
    await page.fill('#edition-filter-q', 'zzz');
    expect(await page.isHidden('section.prefecture')).toBe(true);
    await page.close();
  });

  it('builds the chooser from compare.json and compares the editions in the address', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/compare/?e=sample&e=tameshi`);
    await page.waitForSelector('#compare-chosen table');
    expect(await page.locator('#compare-chooser input[type=checkbox]').count()).toBe(3);
    expect(await page.locator('#compare-chooser input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['tameshi', 'sample']); // the data's order: by reading
    const heads = await page.locator('#compare-chosen table').first().locator('thead th').allTextContents();
    expect(heads.slice(1)).toEqual(['試市', '見本市']);
    expect(await page.textContent('#compare-chooser-status')).toBe('2 自治体を比べています');
    await page.close();
  });
});
