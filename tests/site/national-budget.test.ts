/**
 * The national pages at national scale, without building 1,741 editions: the front page's index and
 * a prefecture's comparison are rendered (Astro container) for 1,741 synthetic editions — varied
 * copies of the real ones, spread over the 47 prefectures in turn like the benchmark's — and put into
 * the built page's own frame (head, header, footer, heading and lead from dist/). Each must stay within
 * 14 KB of HTML after gzip besides its lists of names, and the all-editions /compare/ likewise.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CompareIndex from '../../src/components/CompareIndex.astro';
import CompareSummary from '../../src/components/CompareSummary.astro';
import NationalIndex from '../../src/components/NationalIndex.astro';
import { compareEditions, comparedEdition } from '../../src/lib/compare.ts';
import { byPrefecture } from '../../src/lib/national.ts';
import { gzipBytes, withoutNameLists } from '../../src/lib/page-weight.ts';
import { prefectures } from '../../src/prefectures.ts';
import { realContent } from '../helpers/content.ts';
import { readPage } from '../helpers/dist.ts';

const N = 1741;
const KB = 1024;
const content = realContent();
const inFileOrder = <T,>(list: T[]) => list.map((x, position) => ({ ...x, position }));
const real = content.editions.filter((e) => !e.edition.draft);
const synthetic = Array.from({ length: N }, (_, i) => {
  const base = real[i % real.length]!;
  const name = base.edition.city.name;
  const city = { ...base.edition.city, name: `${name.slice(0, -1)}${i + 1}${name.slice(-1)}`, prefecture: prefectures()[i % 47]!.name };
  return { ...base, slug: `${base.slug}-${i + 1}`, edition: { ...base.edition, city } };
});

/** The built page with what lies between `from` and </main> replaced by `inner`. */
function inFrame(path: string, from: string, inner: string): string {
  const html = readPage(path);
  const start = html.indexOf(from);
  expect(start, `${path} has ${from}`).toBeGreaterThan(0);
  return html.slice(0, start) + inner + html.slice(html.indexOf('</main>'));
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe(`the national pages at N = ${N}`, () => {
  const groups = byPrefecture(
    synthetic.map((e) => ({ slug: e.slug, city: e.edition.city })),
    prefectures(),
  );
  const largest = groups.reduce((a, b) => (b.editions.length > a.editions.length ? b : a));
  const firstCode = byPrefecture(real.map((e) => ({ slug: e.slug, city: e.edition.city })), prefectures()).find((g) => g.editions.length > 0)!.prefecture.code;

  it('keeps the front page within 14 KB besides its lists of names', async () => {
    const inner = await container.renderToString(NationalIndex, { props: { editions: synthetic.map((e) => ({ slug: e.slug, city: e.edition.city })) } });
    expect(inner.match(/<li data-reading=/g)?.length).toBe(2 * N);
    const page = inFrame('/', '<div id="edition-filter"', inner);
    expect(gzipBytes(withoutNameLists(page))).toBeLessThanOrEqual(14 * KB);
  });

  it('keeps a prefecture\'s comparison within 14 KB besides its lists of names', async () => {
    const editions = largest.editions.map((e) => comparedEdition(synthetic.find((s) => s.slug === e.slug)!));
    const comparison = compareEditions(editions, inFileOrder(content.behaviours), inFileOrder(content.families));
    const inner = await container.renderToString(CompareSummary, { props: { comparison } });
    expect(inner).toContain(` / ${editions.length} 自治体）`);
    const page = inFrame(`/compare/${firstCode}/`, '<section aria-labelledby="definitions"', inner);
    expect(gzipBytes(withoutNameLists(page))).toBeLessThanOrEqual(14 * KB);
  });

  it('keeps the all-editions /compare/ within 14 KB: prefecture links and the chooser, no edition', async () => {
    const inner = await container.renderToString(CompareIndex, { props: { prefectures: groups.map((g) => ({ prefecture: g.prefecture, count: g.editions.length })) } });
    expect(inner).not.toContain(synthetic[0]!.edition.city.name);
    const page = inFrame('/compare/', '<section aria-labelledby="definitions"', inner);
    expect(gzipBytes(page)).toBeLessThanOrEqual(14 * KB);
  });
});
