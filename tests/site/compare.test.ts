/**
 * The engine's /compare/ and /compare.json, on the fixture cities (tests/fixtures/sites/cities/):
 * the JSON is the comparison the content gives, each city's rules in its own words with the
 * engine's summary, 記載なし where a document is silent, a behaviour one city alone lists marked in
 * words, and accessible tables.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSchemas, type Edition } from '../../src/schema/index.ts';
import { compareEditions, comparedEdition, comparisonJson } from '../../src/lib/compare.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { sortEditions } from '../../src/lib/editions.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { pageText, readPage } from '../helpers/dist.ts';
import { fixtureSite, fixtureSiteContent } from '../helpers/fixture-site.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const SITE = fixtureSite('cities');
const contentDir = fixtureSiteContent('cities');
const content = readContent(contentDir, contentSchemas);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
const page = (path: string) => readPage(path, SITE);

/** The HTML of one row, by its row header, of the table whose caption has this id. (Quotes are <q>: their 「」 come from CSS.) */
function tableRow(html: string, captionId: string, rowHeader: string): string {
  const start = html.indexOf(`<caption id="${captionId}"`);
  const table = html.slice(start, html.indexOf('</table>', start));
  const row = table.split('<tr').find((r) => r.includes(`<th scope="row">${rowHeader}`));
  if (!row) throw new Error(`no row ${rowHeader} in ${captionId}`);
  return `<tr${row}`;
}

describe('/compare/ and /compare.json', () => {
  it('publishes as JSON exactly the comparison the content gives', () => {
    const editions = sortEditions(content.editions.map(comparedEdition) as unknown as Edition[]) as unknown as ReturnType<typeof comparedEdition>[];
    const expected = comparisonJson(compareEditions(editions, content.behaviours, content.families), sitePaths('/'), 'https://otagai.example.jp/schema/compare.v1.json');
    expect(JSON.parse(readFileSync(join(SITE, 'compare.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("shows each city's own time limits with the engine's summary, where they come from, and 記載なし where a document states none", () => {
    const html = page('/compare/');
    expect(pageText(tableRow(html, 'rules-time-limit', '見本市'))).toContain('45分（原則）面談は、原則として４５分以内とします。');
    const reiji = pageText(tableRow(html, 'rules-time-limit', '例示市'));
    expect(reiji).toContain('時間の長さの記載なし（原則）面談等の時間は、原則として制限します。');
    expect(reiji).toContain('30分〜1時間（目安）面談は30分から1時間を目安に終える。');
    expect(reiji).toContain('こう着状態になってから30分（目安）話が繰り返しになってから30分を目安に対応を終える。');
    expect(reiji).toMatch(/根拠：事例紹介›/);
    expect(pageText(tableRow(html, 'rules-time-limit', '試市'))).toBe('試市記載なし');
    expect(pageText(tableRow(html, 'rules-decided-by', '見本市'))).toBe('見本市記載なし');
    expect(pageText(tableRow(html, 'rules-decided-by', '例示市'))).toContain('対応を終えるかどうかは、管理職を含む複数の職員で判断します。');
  });

  it('marks in words the behaviours only one city lists, and links every cell to its clause', () => {
    const html = page('/compare/');
    const sogi = tableRow(html, 'matrix-means', 'SOGIハラスメント');
    expect(sogi).toContain('<span class="badge">1自治体のみ</span>');
    expect(sogi).toContain('href="/tameshi/policy/#act-sogi"');
    expect((sogi.match(/記載なし/g) ?? []).length).toBe(2);
    const listedByAll = tableRow(html, 'matrix-means', '威圧的な言動');
    expect(listedByAll).not.toContain('1自治体のみ');
    expect(listedByAll).not.toContain('記載なし');
    // 記載なし is never read as "not harassment there".
    expect(pageText(html)).toContain('その自治体でカスタマーハラスメントに当たらないという意味ではありません');
  });

  it('has accessible tables: caption, header scopes, and a focusable labelled region for a table that may scroll', () => {
    const html = page('/compare/');
    for (const id of ['matrix-demand', 'matrix-means']) {
      // A <section> with a name is a region landmark; tabindex lets keyboard users scroll it.
      expect(html).toContain(`<section class="table-scroll matrix-scroll" aria-labelledby="${id}" tabindex="0">`);
      expect(html).toContain(`<caption id="${id}">`);
    }
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBe(2 + 6);
    for (const t of tables) {
      expect(t).toMatch(/^<table[^>]*>\s*<caption/);
      expect((t.match(/<th\b[^>]*>/g) ?? []).filter((th) => !/scope="(col|row)"/.test(th))).toEqual([]);
    }
  });

  it('is linked from the front page and is in the sitemap', () => {
    expect(page('/')).toContain('href="/compare/"');
    expect(sitemapPaths(SITE)).toContain('/compare/');
  });
});
