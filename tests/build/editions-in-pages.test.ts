/**
 * Each real edition's pages publish that edition's words and no other's, whatever editions exist:
 * its distinctive text is on its own policy page and on no other edition's pages; its home states
 * its own rules and no amount its document does not; its dates, readings and tables are shown as
 * its content gives them. No edition is named here (the engine's own cases: tests/site/edition-pages.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { blockTexts, walkClauses } from '../../src/lib/clauses.ts';
import { parseInline, plainText } from '../../src/lib/inline.ts';
import { municipalityWord } from '../../src/lib/municipality.ts';
import { toAsciiDigits } from '../../src/lib/wareki.ts';
import { realContent } from '../helpers/content.ts';
import { distExists, htmlPages, pageText, readPage } from '../helpers/dist.ts';

const content = realContent();
const squash = (s: string) => s.replace(/\s+/g, '');
const textsOf = (slug: string) => {
  const e = content.editions.find((x) => x.slug === slug)!;
  return [...walkClauses(e.policy.clauses)].flatMap(({ clause }) => [clause.title ?? '', ...clause.body.flatMap(blockTexts)]);
};
const textOf = (slug: string) => squash(textsOf(slug).map(plainText).join('\n'));
/** The words of a page's main content. */
const mainText = (html: string) => pageText(html.slice(html.indexOf('<main'), html.indexOf('</main>')));

/** Strings that identify one edition: found in its own text and in no other edition's. */
function distinctive(slug: string): string[] {
  const e = content.editions.find((x) => x.slug === slug)!;
  const others = content.editions.filter((x) => x.slug !== slug).map((x) => textOf(x.slug) + JSON.stringify(x.edition));
  const candidates = [
    ...e.edition.document.dates.map((d) => d.asWritten),
    ...(e.edition.document.signatory ? [e.edition.document.signatory] : []),
    ...e.edition.rules.filter((r) => r.kind === 'time-limit').map((r) => r.quote ?? ''),
    // Body text only: a heading can be a common phrase that the interface also uses (専門機関との連携).
    ...[...walkClauses(e.policy.clauses)].flatMap(({ clause }) => clause.body.flatMap(blockTexts)).map(plainText),
  ]
    .map(squash)
    .filter((s) => s.length >= 8);
  return [...new Set(candidates)].filter((s) => others.every((o) => !o.includes(s)));
}

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('each edition publishes its own words only', () => {
  const pages = () => htmlPages();
  const slugOf = (p: string) => p.split('/')[1]!;

  for (const { slug, edition, policy } of content.editions) {
    describe(slug, () => {
      it('its distinctive text is on its policy page and on no other edition\'s pages', () => {
        const own = pageText(readPage(`/${slug}/policy/`));
        const strings = distinctive(slug);
        expect(strings.length).toBeGreaterThan(0);
        expect(strings.filter((s) => !own.includes(s))).toEqual([]);
        for (const page of pages().filter((p) => slugOf(p) !== slug && content.editions.some((e) => e.slug === slugOf(p)))) {
          const text = pageText(readPage(page));
          expect(strings.filter((s) => text.includes(s)), `${slug} text found on ${page}`).toEqual([]);
        }
      });

      it('states its own rules on its home, and no amount (30分, １時間) that its document does not state', () => {
        const home = mainText(readPage(`/${slug}/`));
        for (const r of edition.rules) if (r.quote) expect(home).toContain(squash(r.quote));
        const own = toAsciiDigits(textOf(slug));
        const amounts = toAsciiDigits(home).match(/[0-9]+(?:分|時間)/g) ?? [];
        expect(amounts.filter((a) => !own.includes(a))).toEqual([]);
      });

      it('shows its dates as written and in the Western calendar, or says it has none', () => {
        const policy = readPage(`/${slug}/policy/`);
        for (const d of edition.document.dates) expect(policy).toContain(`<time datetime="${d.iso}">${d.asWritten}</time>`);
        if (edition.document.dates.length === 0) expect(pageText(policy)).toContain('文書に日付の記載はありません');
      });

      it('publishes its readings as ruby, never as caret marks', () => {
        const policy = readPage(`/${slug}/policy/`);
        const readings = textsOf(slug).flatMap((t) => parseInline(t).filter((s) => s.kind === 'ruby'));
        for (const r of readings) expect(policy).toContain(`<ruby>${r.base}<rt>${r.reading}</rt></ruby>`);
        for (const page of pages().filter((p) => slugOf(p) === slug)) expect(readPage(page)).not.toContain('^{');
      });

      it('renders each of its tables as a real table with its caption', () => {
        const html = readPage(`/${slug}/policy/`);
        const captions = [...walkClauses(policy.clauses)].flatMap(({ clause }) =>
          clause.body.flatMap((b) => (typeof b === 'object' && 'offences' in b ? [b.caption] : typeof b === 'object' && 'table' in b ? [b.table.caption] : [])),
        );
        for (const caption of captions) expect(html).toMatch(new RegExp(`<table[^>]*>\\s*<caption>${caption}</caption>`));
      });

      it('is called by its own word on its pages (市 of a city, 町 of a town), never by another', () => {
        const w = municipalityWord(edition.city);
        const others = ['市', '町', '村', '区'].filter((x) => x !== w);
        const own = pages().filter((p) => slugOf(p) === slug);
        expect(readPage(`/${slug}/`)).toContain(`この${w}の対策`);
        for (const page of own) {
          const html = readPage(page);
          expect(others.filter((o) => html.includes(`この${o}の`)), page).toEqual([]);
        }
      });

      it('publishes no phone number that its content does not give', () => {
        const own = textOf(slug) + JSON.stringify(edition);
        for (const page of pages().filter((p) => slugOf(p) === slug)) {
          const numbers = pageText(readPage(page)).match(/\d{2,5}-\d{1,4}-?\d{3,4}/g) ?? [];
          expect(numbers.filter((n) => !own.includes(n)), page).toEqual([]);
        }
      });
    });
  }
});
