/**
 * The built /<slug>/check/ pages of the real editions: each edition with a guide has one, with the
 * city's words at each step and static steps that work without JavaScript; only check pages (and
 * search) load any script; no check page puts words in a city's mouth.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { wordsFor } from '../../src/lib/words.ts';
import { realContent } from '../helpers/content.ts';
import { DIST, distExists, htmlPages, pageText, readPage } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const content = realContent();
const t = wordsFor('ja');
/** The guide is optional (docs/authoring.md): an edition has a check page exactly when it has check.yaml. */
const guided = content.editions.filter((e) => e.check);
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('/<slug>/check/', () => {
  it('every edition with a guide has a check page, in the sitemap and in its navigation; one without has neither', () => {
    const sitemap = sitemapPaths(DIST);
    for (const { slug, check } of content.editions) {
      expect(sitemap.includes(`/${slug}/check/`), slug).toBe(!!check);
      expect(readPage(`/${slug}/`).includes(`href="/${slug}/check/"`), slug).toBe(!!check);
    }
  });

  for (const { slug, edition, check } of guided) {
    it(`${slug}: the city's words at each step, static steps that work without JavaScript, and no verdict`, () => {
      const html = readPage(`/${slug}/check/`);
      const text = pageText(html);
      expect(text).toContain(squash(t('check.notAJudgement', { name: edition.city.name })));
      expect(text).toContain(squash(t('check.complaintsWelcome')));
      for (const q of [...check!.welcome, ...check!.next, ...check!.decidedBy, ...check!.steps.flatMap((s) => [s, ...s.explanation, ...s.notes])])
        expect(text).toContain(squash(q.quote));
      if (check!.decidedBy.length === 0) expect(text).toContain(squash(t('check.noDecidedBy', { name: edition.city.name })));

      const ids = [...check!.steps.map((s) => `step-${s.element}`), 'step-next'];
      ids.forEach((id, i) => {
        expect(html).toMatch(new RegExp(`<section id="${id}" class="check-step"`));
        expect(html).toContain(`<li><a href="#${id}">`);
        if (i < ids.length - 1) expect(html).toMatch(new RegExp(`<section id="${id}"[\\s\\S]*?href="#${ids[i + 1]}" rel="next"`));
      });
      // Nothing hidden in the HTML itself: without JavaScript every step is on the page.
      expect(html).not.toMatch(/<section[^>]*class="check-step"[^>]*hidden/);
    });
  }

  for (const { slug, check } of guided) {
    it(`${slug}: speaks of reasonable accommodation only in the words of a city that says it`, () => {
      const html = readPage(`/${slug}/check/`);
      expect(html.includes(t('check.accommodation'))).toBe(check!.accommodation.length > 0);
      for (const a of check!.accommodation) expect(pageText(html)).toContain(squash(a.quote));
    });
  }
});

describe('JavaScript', () => {
  // That no other page loads JavaScript is the page budget's test (tests/site/budgets.test.ts).
  it('is loaded by every check page, for its one-step-at-a-time island', () => {
    const checkPages = htmlPages().filter((p) => p.endsWith('/check/'));
    // Each guide in Japanese and in each language the edition is translated into.
    expect(checkPages).toHaveLength(guided.reduce((n, e) => n + 1 + e.translations.length, 0));
    expect(checkPages.filter((p) => pageWeight(DIST, p).js === 0)).toEqual([]);
  });
});


