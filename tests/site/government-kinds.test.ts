/**
 * Every kind of local government is called by its own word: one fixture site (tests/fixtures/sites/kinds/)
 * with a 県, a 特別区, a 町 and a 村 beside the city `sample`, each a copy of `sample` in its own words, so
 * no document says 市. On every page of theirs — header, edition navigation, edition search, main text,
 * attributes, footer, feed and open data — 市 never appears. Posters and the check guide too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText, readPage } from '../helpers/dist.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { pdfInfo, pdfText } from '../helpers/pdf.ts';

const SITE = fixtureSite('kinds');
const page = (path: string) => readPage(path, SITE);

const KINDS = [
  { slug: 'mihon-ken', name: '見本県', w: '県', lead: '見本県が定めた基本方針を、県の文言のまま' },
  { slug: 'reiji-ku', name: '例示区', w: '区', lead: '東京都例示区が定めた基本方針を、区の文言のまま' },
  { slug: 'tameshi-machi', name: '試町', w: '町', lead: '見本県試町が定めた基本方針を、町の文言のまま' },
  { slug: 'kakuu-mura', name: '架空村', w: '村', lead: '見本県架空村が定めた基本方針を、村の文言のまま' },
] as const;

/** Every file an edition publishes as text: its pages, its feed and its open data. */
const files = (slug: string) =>
  readdirSync(join(SITE, slug), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|xml|json)$/.test(f))
    .map((f) => `/${slug}/${f.replace(/index\.html$/, '')}`);

const pdfs = (slug: string) => readdirSync(join(SITE, slug, 'posters')).filter((f) => f.endsWith('.pdf'));

describe.each(KINDS)('$name ($w)', ({ slug, name, w, lead }) => {
  it('is called by its own word on its home page, navigation and edition search', () => {
    const home = pageText(page(`/${slug}/`));
    for (const words of [`この${w}の対策`, `この${w}の方針を検索`, lead]) expect(home, words).toContain(words);
    expect(page(`/${slug}/`)).toContain(`aria-label="この${w}のページ"`);
  });

  it('never says 市, nor another kind’s word, on any page, feed or open data of its own', () => {
    const own = files(slug);
    expect(own.length).toBeGreaterThan(8);
    for (const path of own) {
      const html = readFileSync(join(SITE, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      expect(html.match(/.{0,20}市.{0,10}/g), path).toBeNull();
      const others = ['県', '区', '町', '村'].filter((o) => o !== w).filter((o) => html.includes(`この${o}の`));
      expect(others, path).toEqual([]);
    }
  });

  it("walks its check guide in its own word: its documents, its definition, who decides", () => {
    const check = pageText(page(`/${slug}/check/`));
    for (const words of [`${w}の文書の言葉と、${w}が挙げている例を示します`, `${w}の定義のこの部分`, `${w}の文書が挙げている例`, `判断するのは${name}です`]) expect(check, words).toContain(words);
  });

  it('says its word on its history and accessibility pages', () => {
    expect(pageText(page(`/${slug}/history/`))).toContain(`${w}の文書そのものの改定は`);
    expect(pageText(page(`/${slug}/accessibility/`))).toContain(`${w}の文書の内容についての問い合わせ先ではありません`);
  });

  it('prints its posters with its name and no 市, in the PDF text, title and text alternative', () => {
    expect(pdfs(slug).length).toBeGreaterThanOrEqual(2);
    for (const file of pdfs(slug)) {
      const bytes = readFileSync(join(SITE, slug, 'posters', file));
      const text = pdfText(bytes);
      expect(text, file).toContain(name);
      expect(text, file).not.toContain('市');
      expect(pdfInfo(bytes)['Title'], file).toMatch(new RegExp(`^${name} `));
    }
    const alts = [...page(`/${slug}/posters/`).matchAll(/alt="([^"]*)"/g)].map((m) => m[1]!);
    expect(alts.length).toBeGreaterThan(0);
    for (const alt of alts) expect(alt).not.toContain('市');
  });

  it('is found by search under its own name', () => {
    expect(page(`/${slug}/`)).toMatch(new RegExp(`data-pagefind-meta="city\\[content\\]"[^>]*content="${name}"|content="${name}"[^>]*data-pagefind-meta="city\\[content\\]"`));
    expect(page('/search/')).toContain(`<option value="${slug}">${slug === 'mihon-ken' ? name : `${name}（`}`);
  });
});

describe('the words of each kind', () => {
  it("names a town's residents 町民", () => {
    expect(pageText(page('/tameshi-machi/'))).toContain('町民への周知');
  });

  it('names a prefecture once, not as a place in itself (no 見本県見本県)', () => {
    expect(page('/mihon-ken/')).toContain('<p class="lead">見本県が定めた基本方針を');
    expect(page('/search/')).toContain('<option value="mihon-ken">見本県</option>');
  });

  it('still calls the city beside them 市', () => {
    expect(pageText(page('/sample/'))).toContain('この市の対策');
  });
});
