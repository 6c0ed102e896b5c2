/**
 * What every page must do for residents, checked in a real browser. Each check returns the
 * list of failures it found (empty = pass), so the same checks can be run against a
 * deliberately broken page to prove that they catch what they claim to catch.
 */
import type { AxeResults, Result } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { criterionFromTag } from '../../src/lib/accessibility-report.ts';
import { disabledAxeRules } from '../a11y-exceptions.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeRun {
  /** One line per violation and element. */
  violations: string[];
  violationIds: string[];
  passes: string[];
  incomplete: string[];
  inapplicable: string[];
}

/** axe-core with the WCAG 2.0–2.2 A/AA tags. */
export async function runAxe(page: Page): Promise<AxeRun> {
  // Evaluated, not added as a <script>: the page's CSP rightly refuses an inline script.
  await page.evaluate(AXE_SOURCE);
  const rules = Object.fromEntries(disabledAxeRules.map((r) => [r.rule, { enabled: false }]));
  const result = await page.evaluate(
    async ({ tags, rules }) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: tags }, rules });
    },
    { tags: AXE_TAGS, rules },
  );
  const ids = (list: Result[]) => list.map((r) => r.id);
  return {
    violations: result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(' ')})`)),
    violationIds: ids(result.violations),
    passes: ids(result.passes),
    incomplete: ids(result.incomplete),
    inapplicable: ids(result.inapplicable),
  };
}

export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).violations;
}

/** Which success criteria each axe rule tests, from its wcag tags. */
export async function axeRuleCriteria(page: Page): Promise<Record<string, string[]>> {
  await page.evaluate(AXE_SOURCE);
  const rules = await page.evaluate((tags) => (window as unknown as { axe: { getRules: (t: string[]) => Array<{ ruleId: string; tags: string[] }> } }).axe.getRules(tags), AXE_TAGS);
  return Object.fromEntries(rules.map((r) => [r.ruleId, r.tags.map(criterionFromTag).filter((c): c is string => !!c)]));
}

/** The language a page's address says it is in: /<slug>/en/… and /en/… are English, the rest Japanese. */
export const expectedLang = (path: string) => (/^\/(?:[a-z0-9-]+\/)?en\//.test(path) ? 'en' : 'ja');

/** lang as its address says (ja, en), exactly one h1, and a skip link that is the first thing Tab reaches and moves focus to the main content. */
export async function structureProblems(page: Page, lang = expectedLang(new URL(page.url()).pathname)): Promise<string[]> {
  const problems: string[] = [];
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    mains: document.querySelectorAll('main').length,
  }));
  if (facts.lang !== lang) problems.push(`<html lang> is "${facts.lang}", not "${lang}"`);
  if (facts.h1 !== 1) problems.push(`${facts.h1} h1 elements (exactly one expected)`);
  if (facts.mains !== 1) problems.push(`${facts.mains} main elements (exactly one expected)`);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement as HTMLAnchorElement | null;
    return { cls: el?.className ?? '', href: el?.getAttribute('href') ?? '', text: el?.textContent?.trim() ?? '' };
  });
  if (!first.cls.includes('skip-link')) problems.push(`first focusable element is not the skip link (got "${first.text}")`);
  else {
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}#${el.id}` : '';
    });
    const target = first.href.replace(/^#/, '');
    const isMain = await page.evaluate((id) => document.getElementById(id)?.tagName === 'MAIN', target);
    if (!isMain || focused !== `main#${target}`) problems.push(`skip link does not move focus to the main content (focus on ${focused})`);
  }
  return problems;
}

/** An element Tab reached: its data-kb number (null if not listed), a label and whether its focus showed. */
interface Tabbed {
  id: string | null;
  label: string;
  visible: boolean;
}

/**
 * Keyboard: Tab from the top reaches every interactive element, and each shows a focus
 * indicator (an outline of at least 2px, or a box shadow) while focused.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelectorAll('[data-kb]').forEach((e) => e.removeAttribute('data-kb'));
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    let i = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el);
      // Content of a closed <details> is not reachable until its summary opens it; that is not a trap.
      const folded = el.closest('details:not([open])') && !(el.tagName === 'SUMMARY' && el.parentElement === el.closest('details'));
      const hidden = style.visibility === 'hidden' || style.display === 'none' || el.closest('[hidden], [inert]') || folded;
      if (!hidden && el.getClientRects().length > 0) el.setAttribute('data-kb', String(i++));
    }
  });
  // Each element Tab reaches is noted as it takes focus, in the page, so a press costs one round trip.
  const expected = await page.evaluate(() => {
    const log: Tabbed[] = [];
    (window as unknown as { __tabbed: typeof log }).__tabbed = log;
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
      log.push({ id: el.getAttribute('data-kb'), label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`, visible: outline || s.boxShadow !== 'none' });
    });
    return document.querySelectorAll('[data-kb]').length;
  });
  for (let step = 0; step < expected + 5; step += 1) await page.keyboard.press('Tab');
  const tabbed = await page.evaluate(() => (window as unknown as { __tabbed: Tabbed[] }).__tabbed);
  const reached = new Set<string>();
  const problems: string[] = [];
  for (const state of tabbed) {
    if (state.id !== null) {
      if (reached.has(state.id)) break; // wrapped round
      reached.add(state.id);
    }
    if (!state.visible) problems.push(`no visible focus indicator on ${state.label}`);
  }
  if (reached.size < expected) {
    const missed = await page.evaluate(
      (ids) => [...document.querySelectorAll('[data-kb]')].filter((e) => !ids.includes(e.getAttribute('data-kb')!)).slice(0, 5).map((e) => e.outerHTML.slice(0, 80)),
      [...reached],
    );
    problems.push(`${expected - reached.size} of ${expected} interactive elements not reached by Tab, e.g. ${missed.join(' | ')}`);
  }
  return problems;
}

/** Nothing wider than the viewport: no sideways scrolling. */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return [`page scrolls sideways: ${document.documentElement.scrollWidth}px wide in a ${width}px viewport (${wide.join(', ')})`];
  });
}

/** Text clipped by its box (overflow hidden with more content than fits). */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => {
        const s = getComputedStyle(e);
        const clips = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
        // A 1px box is the visually-hidden pattern: text kept for screen readers on purpose.
        const visuallyHidden = e.getBoundingClientRect().width <= 1 || e.matches('.skip-link');
        return clips && !visuallyHidden && e.getClientRects().length > 0 && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) && (e.textContent ?? '').trim() !== '';
      })
      .slice(0, 3)
      .map((e) => `text clipped in ${e.tagName.toLowerCase()}.${e.className}`),
  );
}

/** Forced colours (Windows high contrast): focus keeps a visible outline and table and box borders stay drawn. */
export async function forcedColourProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ forcedColors: 'active' });
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (e: HTMLElement) => e.getClientRects().length > 0 && !e.closest('details:not([open])');
    const focusable = [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input'), ...document.querySelectorAll<HTMLElement>('a[href]')].find(visible);
    if (focusable) {
      focusable.focus({ focusVisible: true } as FocusOptions);
      const s = getComputedStyle(focusable);
      if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) out.push(`focus outline disappears in forced colours on ${focusable.tagName.toLowerCase()}`);
    }
    for (const cell of document.querySelectorAll<HTMLElement>('td, th')) {
      const s = getComputedStyle(cell);
      if (s.borderTopStyle === 'none' && s.borderBottomStyle === 'none') {
        out.push('table cell borders disappear in forced colours');
        break;
      }
    }
    return out;
  });
  await page.emulateMedia({ forcedColors: 'none' });
  return problems;
}

/** Watches a page's requests; anything not from the site's own origin is a privacy failure. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && url !== 'about:blank') foreign.push(url);
  });
  return foreign;
}
