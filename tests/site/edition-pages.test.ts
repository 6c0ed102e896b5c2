/**
 * The engine's edition pages, on the fixture cities (tests/fixtures/sites/cities/), in the states
 * one real edition rarely shows: dates as written beside the Western calendar (a month only, none
 * at all), readings as ruby, a table of offences, a stance with no number or title, an FAQ that
 * links a clause, the document's kind by its own name, and an edition without the optional files.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, pageText, readPage } from '../helpers/dist.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const SITE = fixtureSite('cities');
const page = (path: string) => readPage(path, SITE);

describe('edition pages', () => {
  it('shows dates as written and in the Western calendar, a month as a month, and says when a document has none', () => {
    expect(page('/sample/policy/')).toContain('<time datetime="2025-04-01">令和７年４月１日策定</time>（西暦 2025年4月1日）');
    expect(page('/reiji/policy/')).toContain('<time datetime="2026-07">令和8年7月</time>（西暦 2026年7月）');
    expect(pageText(page('/tameshi/policy/'))).toContain('文書に日付の記載はありません');
  });

  it('names the kind of document by the name the city uses', () => {
    expect(pageText(page('/tameshi/'))).toContain('見本県試市が定めた要綱を');
    expect(pageText(page('/tameshi/policy/'))).toContain('試市カスタマーハラスメント防止要綱（要綱）');
    expect(pageText(page('/reiji/'))).toContain('見本県例示市が定めた対応指針を');
  });

  it("words its pages with the edition's own overrides, and only its pages", () => {
    expect(page('/tameshi/policy/')).toContain('<nav class="edition-nav" aria-label="市のページの一覧">');
    expect(page('/reiji/policy/')).toContain('<nav class="edition-nav" aria-label="この市のページ">');
  });

  it('publishes readings as ruby, never as caret marks', () => {
    expect(page('/reiji/policy/')).toContain('<ruby>威圧<rt>いあつ</rt></ruby>する');
    for (const p of htmlPages(SITE)) expect(page(p)).not.toContain('^{');
  });

  it('renders a table of offences as a real table', () => {
    const html = page('/reiji/policy/');
    expect(html).toMatch(/<table[^>]*>\s*<caption>関係する法律の例<\/caption>/);
    expect(html).toContain('<th scope="col">罪名</th>');
    expect(html).toMatch(/<th scope="row"[^>]*>暴行罪<\/th>/);
  });

  it('names a cited clause that has no number or title by its opening words, and never leaves a link empty', () => {
    const label = '「例示市は、市民の声に耳を傾け、ていねいに…」';
    // The link names the clause's source first (対応指針 › …), then its opening words.
    for (const p of ['/reiji/', '/reiji/check/', '/reiji/faq/time-limit/', '/reiji/posters/']) expect(page(p), p).toMatch(new RegExp(`<a href="/reiji/policy/#preamble"[^>]*>(?:[^<›]+ › )?${label}</a>`));
    const empty = htmlPages(SITE).filter((p) => /<a\b[^>]*>\s*<\/a>/.test(page(p)));
    expect(empty).toEqual([]);
  });

  it("points an FAQ answer's clause link at the clause on the policy page", () => {
    for (const p of ['/reiji/faq/time-limit/', '/reiji/faq/']) expect(page(p)).toContain('<a href="/reiji/policy/#response">対応</a>');
  });

  it("states each city's own time limit on its home, and no length where its document gives none", () => {
    expect(pageText(page('/sample/'))).toContain('面談は、原則として４５分以内とします。');
    expect(pageText(page('/tameshi/'))).not.toMatch(/[0-9０-９]+(分|時間)/);
  });

  it('gives an edition only the pages its files make: no check guide, posters or FAQ pages, and no links to them', () => {
    const sitemap = sitemapPaths(SITE);
    for (const [slug, missing] of [['tameshi', ['check', 'posters', 'faq']]] as const) {
      const home = page(`/${slug}/`);
      for (const name of missing) {
        expect(sitemap).not.toContain(`/${slug}/${name}/`);
        expect(htmlPages(SITE)).not.toContain(`/${slug}/${name}/`);
        expect(home).not.toContain(`href="/${slug}/${name}/"`);
      }
    }
    for (const name of ['check', 'posters', 'faq']) expect(sitemap).toContain(`/reiji/${name}/`);
  });

  it('shows what the city says about reasonable accommodation only in the guide of the city that says it', () => {
    expect(pageText(page('/reiji/check/'))).toContain('障害のある方が合理的配慮を求めることは、カスタマーハラスメントに当たりません。');
    expect(page('/reiji/check/')).toContain('障害のある人が配慮を求めること');
    expect(page('/sample/check/')).not.toContain('障害のある人が配慮を求めること');
    expect(pageText(page('/sample/check/'))).toContain('見本市の文書には、誰が判断するかの記載はありません。');
  });
});
