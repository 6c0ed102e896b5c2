/**
 * The pages in English and in やさしい日本語: every edition has both, each page says what it is, carries its
 * language and its alternates, and keeps the reader on the same page and clause across languages.
 * The fixture edition `sample` (cities scenario) shows what a page does with a stale or missing unit.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, pageText, readPage } from '../helpers/dist.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const EDITIONS = ['iwamizawa', 'nishitokyo', 'odawara', 'sakaide', 'sapporo'];
const pages = htmlPages();
const local = pages.filter((p) => /^\/[a-z0-9-]+\/(en|easy)\//.test(p));
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
const anchors = (html: string) => new Set(attr(html, / id="([a-z0-9-]+)"/g));

describe('every edition in English and in plain Japanese', () => {
  it.each(EDITIONS)('%s: every FAQ and the check guide in both, the policy and home in English', (slug) => {
    const faqs = pages.filter((p) => p.startsWith(`/${slug}/faq/`) && p !== `/${slug}/faq/`);
    expect(faqs.length).toBeGreaterThan(10);
    for (const language of ['en', 'easy']) {
      for (const faq of faqs) expect(pages, faq).toContain(faq.replace(`/${slug}/`, `/${slug}/${language}/`));
      expect(pages).toContain(`/${slug}/${language}/`);
      expect(pages).toContain(`/${slug}/${language}/check/`);
    }
    expect(pages).toContain(`/${slug}/en/policy/`);
    // Plain Japanese rewrites what a resident reads first; the policy stays the city's own page.
    expect(pages).not.toContain(`/${slug}/easy/policy/`);
  });

  it.each(EDITIONS)('%s: the English policy has every anchor the Japanese has, so citations line up', (slug) => {
    const japanese = anchors(readPage(`/${slug}/policy/`));
    const english = anchors(readPage(`/${slug}/en/policy/`));
    expect([...japanese].filter((id) => !english.has(id))).toEqual([]);
  });

  it('gives every page its language and says it is this site’s version, linking the Japanese original', () => {
    expect(local.length).toBeGreaterThan(200);
    for (const path of local) {
      const html = readPage(path);
      const en = path.includes('/en/');
      expect(html, path).toContain(`<html lang="${en ? 'en' : 'ja'}"`);
      const original = attr(html, /<aside class="translation-notice"[^]*?<a href="([^"]+)" lang="ja"/g)[0];
      expect(original, path).toBe(path.replace(/\/(en|easy)\//, '/'));
      expect(html, path).toMatch(en ? /reference translation made by this site/ : /このサイトがやさしい日本語で書きました/);
    }
  });

  it('links each page to itself in the other languages (switcher and hreflang), both ways', () => {
    for (const path of local.filter((p) => p.includes('/en/'))) {
      const html = readPage(path);
      const japanese = path.replace('/en/', '/');
      const switcher = attr(html.match(/<nav class="language-switcher"[^]*?<\/nav>/)?.[0] ?? '', /href="([^"]+)"/g);
      expect(switcher, path).toEqual(expect.arrayContaining([japanese, path]));
      for (const href of switcher) expect(pages, `${path} → ${href}`).toContain(href);
      expect(attr(html, /<link rel="alternate" hreflang="ja" href="https?:\/\/[^/]+([^"]+)"/g), path).toEqual([japanese]);
      expect(attr(readPage(japanese), /<link rel="alternate" hreflang="en" href="https?:\/\/[^/]+([^"]+)"/g), japanese).toEqual([path]);
    }
  });

  it('sets plain Japanese with ruby, and lists every language in the sitemap', () => {
    expect(readPage('/sakaide/easy/faq/dogeza/')).toMatch(/<ruby>土下座<rt>どげざ<\/rt><\/ruby>/);
    const listed = new Set(sitemapPaths(DIST));
    expect(local.filter((p) => !listed.has(p))).toEqual([]);
  });

  it('prints English counter notices from the translated clauses, each poster in the sizes it fits', () => {
    const posters = EDITIONS.flatMap((slug) => ['counter-card', 'recording-notice'].flatMap((id) => ['a4', 'a3'].map((size) => join(DIST, slug, 'en', 'posters', `${id}-${size}.pdf`))));
    expect(posters.filter((file) => existsSync(file)).length).toBeGreaterThanOrEqual(6);
    expect(pageText(readPage('/sakaide/en/posters/'))).not.toMatch(/啓発ポスター/);
  });
});

describe('a unit not yet translated, on the fixture edition', () => {
  const site = fixtureSite('cities');
  const page = (path: string) => readPage(path, site);

  it('shows a clause made from older words in Japanese, marked lang="ja", with a notice', () => {
    const html = page('/sample/en/policy/');
    expect(html).toMatch(/<section class="clause" lang="ja"><p class="muted untranslated" lang="en"[^>]*>Not translated yet/);
    expect(html).toContain('啓発ポスターを掲示します。');
    expect(html).toContain('Parts of this page that are not translated yet are shown in the original Japanese.');
    expect(html).toContain('Intimidating by shouting');
  });

  it('shows rules not yet in plain Japanese in the original words, and says so', () => {
    const text = pageText(page('/sample/easy/'));
    expect(text).toContain('会って話す時間は、45分までです。');
    expect(page('/sample/easy/')).toContain('<ruby>会<rt>あ</rt></ruby>って');
    expect(text).toContain('面談の時間を、原則として制限します。');
    expect(text).toContain('ここは、まだやさしい日本語にしていません。');
  });
});
