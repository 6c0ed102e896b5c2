/**
 * The 「これってカスハラ？」 island in a real browser: without JavaScript every step is on the page;
 * with it, one step at a time, moved by the same links with the keyboard, focus on the new step's
 * heading, an announcement in a live region, and the back button walking back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

const skip = skipBrowserSuite();
/** The fictional sample edition's guide (a two-judgement family: three elements and what happens next), on the fixture cities. */
const PATH = '/sample/check/';

const visibleSteps = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-step]')].filter((s) => !s.hidden && s.getClientRects().length > 0).map((s) => s.id));
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const status = (page: Page) => page.evaluate(() => document.querySelector('[data-check-status]')?.textContent ?? '');
const current = (page: Page) => page.evaluate(() => document.querySelector('[data-step-list] [aria-current="step"]')?.getAttribute('href'));

describe.skipIf(skip)('the check guide island', () => {
  const site = useSiteInBrowser(fixtureSite('cities'));

  it('without JavaScript, shows every step, each linked from the list of steps', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + PATH);
    expect(await visibleSteps(page)).toEqual(['step-demand-validity', 'step-means-appropriateness', 'step-work-environment', 'step-next']);
    await page.click('[data-step-list] a[href="#step-next"]');
    expect(new URL(page.url()).hash).toBe('#step-next');
    await context.close();
  });

  it('with JavaScript, walks one step at a time by keyboard, moving focus and announcing each step', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + PATH);
    expect(await visibleSteps(page)).toEqual(['step-demand-validity']);
    expect(await current(page)).toBe('#step-demand-validity');
    expect(await status(page)).toBe('');
    expect(await page.getAttribute('[data-check-status]', 'aria-live')).toBe('polite');

    // Keyboard only: focus the "next" link of step 1 and press Enter.
    await page.focus('#step-demand-validity a[rel="next"]');
    await page.keyboard.press('Enter');
    expect(await visibleSteps(page)).toEqual(['step-means-appropriateness']);
    expect(await focused(page)).toBe('step-means-appropriateness-heading');
    expect(await status(page)).toBe('ステップ 2 / 4「手段・態様は相当か」を表示しています。');
    expect(await current(page)).toBe('#step-means-appropriateness');
    expect(new URL(page.url()).hash).toBe('#step-means-appropriateness');

    // From the focused heading, Tab reaches the links of this step, and only this step.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-step]')?.id)).toBe('step-means-appropriateness');

    // The list of steps jumps to the last step.
    await page.click('[data-step-list] a[href="#step-next"]');
    expect(await visibleSteps(page)).toEqual(['step-next']);
    expect(await focused(page)).toBe('step-next-heading');
    expect(await status(page)).toBe('ステップ 4 / 4「この後どうなるか」を表示しています。');

    // The browser's back button walks back.
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#step-means-appropriateness')!.hidden);
    expect(await visibleSteps(page)).toEqual(['step-means-appropriateness']);
    await page.close();
  });

  it('opens at the step a link points to', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${PATH}#step-work-environment`);
    expect(await visibleSteps(page)).toEqual(['step-work-environment']);
    await page.close();
  });

  it('prints every step', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + PATH);
    await page.emulateMedia({ media: 'print' });
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({ hidden: s.hidden, rendered: s.getClientRects().length > 0 })),
    );
    expect(steps.filter((s) => s.hidden)).toHaveLength(3); // the island hides three steps on screen…
    expect(steps.filter((s) => s.rendered)).toHaveLength(4); // …and print shows all four
    await page.close();
  });
});
