/**
 * The built /<slug>/check/ pages: every edition has one, with the city's words at each step and
 * static steps that work without JavaScript; only check pages (and search) load any script; no
 * check page puts words in a city's mouth.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSchemas } from '../../src/schema/index.ts';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { checkUi } from '../../src/lib/ui-check.ts';
import { DIST, distExists, htmlPages, pageText, readPage } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const content = readContent('content', contentSchemas);
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('/<slug>/check/', () => {
  it('every edition has a check page, in the sitemap and in its navigation', () => {
    const sitemap = sitemapPaths(DIST);
    for (const { slug } of content.editions) {
      expect(sitemap).toContain(`/${slug}/check/`);
      expect(readPage(`/${slug}/`)).toContain(`href="/${slug}/check/"`);
    }
  });

  for (const { slug, edition, check } of content.editions) {
    it(`${slug}: the city's words at each step, static steps that work without JavaScript, and no verdict`, () => {
      const html = readPage(`/${slug}/check/`);
      const text = pageText(html);
      expect(text).toContain(squash(checkUi.notAJudgement(edition.city.name)));
      expect(text).toContain(squash(checkUi.complaintsWelcome));
      for (const q of [...check!.welcome, ...check!.next, ...check!.decidedBy, ...check!.steps.flatMap((s) => [s, ...s.explanation, ...s.notes])])
        expect(text).toContain(squash(q.quote));
      if (check!.decidedBy.length === 0) expect(text).toContain(squash(checkUi.noDecidedBy(edition.city.name)));

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

  it("cites reasonable accommodation on Odawara's page, and makes no other city say it", () => {
    expect(pageText(readPage('/odawara/check/'))).toContain('社会的障壁の除去を必要としている旨の意思を表明すること自体はカスタマーハラスメントに当たらない');
    for (const slug of ['sakaide', 'sapporo', 'iwamizawa', 'nishitokyo']) {
      const text = pageText(readPage(`/${slug}/check/`));
      expect(text).not.toContain('合理的配慮');
      expect(text).not.toContain('障害者差別解消法');
    }
  });
});

describe('JavaScript', () => {
  // That no other page loads JavaScript is the page budget's test (tests/site/budgets.test.ts).
  it('is loaded by every check page, for its one-step-at-a-time island', () => {
    const checkPages = htmlPages().filter((p) => p.endsWith('/check/'));
    expect(checkPages).toHaveLength(content.editions.length);
    expect(checkPages.filter((p) => pageWeight(DIST, p).js === 0)).toEqual([]);
  });
});


