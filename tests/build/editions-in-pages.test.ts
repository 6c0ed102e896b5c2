/**
 * Each city's pages publish that city's words and no other city's: its dates, signatories,
 * time limits and behaviour lists appear on its own pages and on no other edition's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSchemas } from '../../src/schema/index.ts';
import { blockTexts, walkClauses } from '../../src/lib/clauses.ts';
import { plainText } from '../../src/lib/inline.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { distExists, htmlPages, pageText, readPage } from '../helpers/dist.ts';

const content = readContent('content', contentSchemas);
const squash = (s: string) => s.replace(/\s+/g, '');
const textOf = (slug: string) =>
  squash(
    content.editions
      .find((e) => e.slug === slug)!
      .policy.clauses.flatMap((c) => [...walkClauses([c])].flatMap(({ clause }) => [clause.title ?? '', ...clause.body.flatMap(blockTexts)]))
      .map(plainText)
      .join('\n'),
  );

/** Strings that identify one edition: found in its own text and in no other edition's. */
function distinctive(slug: string): string[] {
  const e = content.editions.find((x) => x.slug === slug)!;
  const others = content.editions.filter((x) => x.slug !== slug).map((x) => textOf(x.slug) + JSON.stringify(x.edition));
  const candidates = [
    ...e.edition.document.dates.map((d) => d.asWritten),
    ...(e.edition.document.signatory ? [e.edition.document.signatory] : []),
    ...e.edition.rules.filter((r) => r.kind === 'time-limit').map((r) => r.quote ?? ''),
    ...[...walkClauses(e.policy.clauses)].flatMap(({ clause }) => clause.body.flatMap(blockTexts)).map(plainText),
  ]
    .map(squash)
    .filter((s) => s.length >= 8);
  return [...new Set(candidates)].filter((s) => others.every((o) => !o.includes(s)));
}

describe('each edition publishes its own words only', () => {
  beforeAll(() => {
    if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
  });
  const pages = () => htmlPages();

  for (const { slug } of content.editions) {
    it(`${slug}: its distinctive text is on its policy page and on no other edition's pages`, () => {
      const own = pageText(readPage(`/${slug}/policy/`));
      const strings = distinctive(slug);
      expect(strings.length).toBeGreaterThan(10);
      expect(strings.filter((s) => !own.includes(s))).toEqual([]);
      const otherPages = pages().filter((p) => p.startsWith('/') && p.split('/')[1] !== slug && p.split('/')[1] !== '' && content.editions.some((e) => e.slug === p.split('/')[1]));
      expect(otherPages.length).toBeGreaterThan(0);
      for (const page of otherPages) {
        const text = pageText(readPage(page));
        expect(strings.filter((s) => text.includes(s)), `${slug} text found on ${page}`).toEqual([]);
      }
    });
  }

  it('shows each city its own time limit, or none where its document states none', () => {
    const home = (slug: string) => pageText(readPage(`/${slug}/`));
    expect(home('sakaide')).toContain('面談や電話の時間は、原則として１時間以内とします。');
    expect(home('odawara')).toContain('同じ話の繰り返しやこう着状態となってから30分');
    expect(home('sapporo')).toContain('30分から1時間を目途に対応を打ち切る');
    expect(home('nishitokyo')).toContain('面談等の時間を、原則として制限します。');
    expect(home('nishitokyo')).not.toMatch(/[0-9０-９]+(分|時間)以内/);
    expect(home('iwamizawa')).not.toMatch(/[0-9０-９]+(分|時間)/);
  });

  it('shows dates as written and in the Western calendar, and says when a document has none', () => {
    const policy = (slug: string) => readPage(`/${slug}/policy/`);
    expect(policy('sakaide')).toContain('<time datetime="2025-06-20">令和７年６月２０日策定</time>（西暦 2025年6月20日）');
    expect(policy('sapporo')).toContain('<time datetime="2024-09-02">令和6年（2024年）9月2日</time>');
    expect(policy('odawara')).toContain('（西暦 2026年7月）');
    expect(pageText(policy('iwamizawa'))).toContain('文書に日付の記載はありません');
  });

  it('publishes readings as ruby, never as caret marks', () => {
    const odawara = readPage('/odawara/policy/');
    expect(odawara).toContain('<ruby>叩<rp>（</rp><rt data-pagefind-ignore>たた</rt><rp>）</rp></ruby>く');
    for (const page of pages()) expect(readPage(page)).not.toContain('^{');
  });

  it("does not publish Odawara's internal staff extensions", () => {
    const text = pageText(readPage('/odawara/policy/'));
    for (const internal of ['33-1244', '33-1810', '0120-556-387', 'support@welllink.co.jp', '33-1891']) expect(text).not.toContain(internal);
  });

  it("renders Odawara's criminal-law table as a real table", () => {
    const html = readPage('/odawara/policy/');
    expect(html).toMatch(/<table[^>]*>\s*<caption>/);
    expect(html).toContain('<th scope="col">罪名</th>');
    expect(html).toMatch(/<th scope="row"[^>]*>傷害罪<\/th>/);
  });
});
