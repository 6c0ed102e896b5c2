/**
 * The built /compare/ and /compare.json: the JSON is the comparison the content gives, silent
 * documents show 記載なし, the tables are accessible, and a standalone build of one city has none.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSchemas, type Edition } from '../../src/schema/index.ts';
import { compareEditions, comparedEdition, comparisonJson } from '../../src/lib/compare.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { sortEditions } from '../../src/lib/editions.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { buildSite } from '../helpers/build.ts';
import { DIST, distExists, pageText, readPage } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const content = readContent('content', contentSchemas);

/** The HTML of one row, by its row header, of the table whose caption has this id. (Quotes are <q>: their 「」 come from CSS.) */
function tableRow(html: string, captionId: string, rowHeader: string): string {
  const start = html.indexOf(`<caption id="${captionId}"`);
  const table = html.slice(start, html.indexOf('</table>', start));
  const row = table.split('<tr').find((r) => r.includes(`<th scope="row">${rowHeader}`));
  if (!row) throw new Error(`no row ${rowHeader} in ${captionId}`);
  return `<tr${row}`;
}

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('/compare/ and /compare.json', () => {
  it('publishes as JSON exactly the comparison the content gives', () => {
    const editions = sortEditions(content.editions.map(comparedEdition) as unknown as Edition[]) as unknown as ReturnType<typeof comparedEdition>[];
    const expected = comparisonJson(compareEditions(editions, content.behaviours, content.families), sitePaths('/'));
    const json = JSON.parse(readFileSync(join(DIST, 'compare.json'), 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("shows each city's own time limit, and 記載なし where its document states none", () => {
    const html = readPage('/compare/');
    expect(pageText(tableRow(html, 'rules-time-limit', '坂出市'))).toContain('1時間（原則）面談や電話の時間は、原則として１時間以内とします。');
    expect(pageText(tableRow(html, 'rules-time-limit', '小田原市'))).toContain('こう着状態になってから30分（目安）同じ話の繰り返しやこう着状態となってから30分');
    const sapporo = pageText(tableRow(html, 'rules-time-limit', '札幌市'));
    expect(sapporo).toContain('30分〜1時間（目安）30分から1時間を目途に対応を打ち切る');
    expect(sapporo).toContain('こう着状態になってから30分（目安）膠着状態になってから30分後に対応中止の目安とする');
    expect(sapporo).toMatch(/根拠：事例紹介›[^根]*›\(2\)広聴部門における顧客ハラスメント対策マニュアル/);
    const nishitokyo = pageText(tableRow(html, 'rules-time-limit', '西東京市'));
    expect(nishitokyo).toContain('時間の長さの記載なし（原則）面談等の時間を、原則として制限します。');
    expect(nishitokyo).not.toMatch(/[0-9０-９]+(分|時間)/);
    expect(pageText(tableRow(html, 'rules-time-limit', '岩見沢市'))).toBe('岩見沢市記載なし');
    expect(pageText(tableRow(html, 'rules-decided-by', '坂出市'))).toBe('坂出市記載なし');
  });

  it('marks in words the behaviours only one city lists, and links every cell to its clause', () => {
    const html = readPage('/compare/');
    const sogi = tableRow(html, 'matrix-means', 'SOGIハラスメント');
    expect(sogi).toContain('<span class="badge">1市のみ</span>');
    expect(sogi).toContain('href="/nishitokyo/policy/#example-sexual"');
    expect((sogi.match(/記載なし/g) ?? []).length).toBe(4);
    expect(tableRow(html, 'matrix-means', '無断の撮影・録音')).not.toContain('1市のみ');
    // 記載なし is never read as "not harassment there".
    expect(pageText(html)).toContain('その市でカスタマーハラスメントに当たらないという意味ではありません');
  });

  it('has accessible tables: caption, header scopes, and a focusable labelled region for a table that may scroll', () => {
    const html = readPage('/compare/');
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
    expect(readPage('/')).toContain('href="/compare/"');
    expect(sitemapPaths(DIST)).toContain('/compare/');
  });
});

describe('a standalone edition build', () => {
  it('has no comparison of one city, and its check page at /check/', () => {
    const out = mkdtempSync(join(tmpdir(), 'otagai-standalone-'));
    const cache = mkdtempSync(join(tmpdir(), 'otagai-cache-'));
    try {
      const result = buildSite(['--edition', 'sakaide', '--out', out, '--cache', cache]);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(existsSync(join(out, 'compare'))).toBe(false);
      expect(readdirSync(out)).not.toContain('compare.json');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('/compare/');
      const check = readFileSync(join(out, 'check', 'index.html'), 'utf8');
      expect(check).not.toContain('href="/compare/"');
      expect(check).toContain('href="/policy/#definition"');
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
