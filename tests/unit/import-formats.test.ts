/**
 * Each format a city has, read by its reader into the same structure: a PDF made here with pdfkit
 * and the project's font (header, page numbers, a paragraph across a page break, ruby), a Word file
 * made with docx, a saved web page, text in Shift_JIS; and what cannot be read, refused with why.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schema/index.ts';
import { walkClauses } from '../../src/lib/clauses.ts';
import { structureDocument } from '../../src/lib/import/pipeline.ts';
import { decodeText, formatOf, ImportRefusal, readFile } from '../../src/import/index.ts';
import { readHtml } from '../../src/import/html.ts';
import { normaliseSourceText } from '../../src/lib/source-text.ts';
import { DOCX_WORDS, PDF_WORDS, policyDocx, policyPdf, scannedPdf } from '../helpers/import-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'otagai-import-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const titled = (clauses: Clause[], title: string) => [...walkClauses(clauses)].find(({ clause }) => clause.title === title)?.clause;
const reason = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportRefusal) return e.reason;
    throw e;
  }
  return undefined;
};

describe('PDF (pdf.js)', async () => {
  const doc = await readFile(file('policy.pdf', await policyPdf()));
  const imp = structureDocument(doc);

  it('keeps the text of every page, without its page furniture', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.kept).toContain(PDF_WORDS.title);
    expect(doc.kept).toContain(PDF_WORDS.items[1]);
    expect(doc.kept).not.toContain(PDF_WORDS.header);
    expect(doc.kept).not.toContain('- 2 -');
  });

  it('leaves the running header and the page numbers out, and says on which pages they stood', () => {
    expect(JSON.stringify(imp.clauses)).not.toContain(PDF_WORDS.header);
    expect(JSON.stringify(imp.clauses)).not.toMatch(/- [12] -/);
    expect(imp.leftOut).toContainEqual(expect.objectContaining({ what: 'header', text: PDF_WORDS.header, pages: [1, 2] }));
    expect(imp.leftOut).toContainEqual(expect.objectContaining({ what: 'page-number', pages: [1, 2] }));
  });

  it('joins the lines pdfkit wrapped, across the page break, into the paragraph they are', () => {
    expect(titled(imp.clauses, '基本的な考え方')!.body).toEqual([PDF_WORDS.long]);
  });

  it('keeps the small kana above the kanji as its reading', () => {
    const { before, base, reading, after } = PDF_WORDS.ruby;
    expect(titled(imp.clauses, 'カスタマーハラスメントに該当する行為')!.body).toEqual([`${before}{${base}|${reading}}${after}`]);
  });

  it('reads the title, the date, the headings and the list', () => {
    expect(imp.title).toBe(PDF_WORDS.title);
    expect(imp.dates).toEqual([{ event: 'established', asWritten: '令和８年４月１日策定', iso: '2026-04-01' }]);
    expect(titled(imp.clauses, '時間と記録について')).toMatchObject({ number: '（１）', body: [{ list: PDF_WORDS.items.map((text) => ({ text })) }] });
    expect(imp.rules.find((r) => r.kind === 'time-limit')).toMatchObject({ minutes: 30, basis: 'principle', channels: ['phone', 'interview'] });
  });

  it('publishes no word that is not in the kept source', () => {
    const source = normaliseSourceText(doc.kept);
    const words = [...walkClauses(imp.clauses)].flatMap(({ clause }) => [clause.title ?? '', ...clause.body.filter((b): b is string => typeof b === 'string')]);
    expect(words.filter((w) => !source.includes(normaliseSourceText(w)))).toEqual([]);
  });

  it('refuses a PDF without a text layer, saying why', async () => {
    expect(await reason(readFile(file('scan.pdf', await scannedPdf())))).toBe('pdf-no-text');
  });
});

describe('Word (.docx, mammoth)', async () => {
  const doc = await readFile(file('policy.docx', await policyDocx()));
  const imp = structureDocument(doc);

  it('reads headings, typed list markers and tables', () => {
    expect(doc.format).toBe('docx');
    expect(imp.title).toBe(DOCX_WORDS.title);
    expect(imp.clauses.map((c) => `${c.number} ${c.title}`)).toEqual(['第１ 目的', '第２ 定義', '第３ 該当する行為', '第４ 対応の時間']);
    expect(titled(imp.clauses, '該当する行為')!.body).toEqual([{ list: DOCX_WORDS.items.map((t) => ({ marker: t[0], text: t.slice(2) })) }]);
    expect(titled(imp.clauses, '対応の時間')!.body[0]).toEqual({ table: { columns: [...DOCX_WORDS.table[0]], rows: DOCX_WORDS.table.slice(1).map((r) => [...r]) } });
  });

  it('finds the date and the definition with the words it rests on', () => {
    expect(imp.dates).toEqual([{ event: 'effective', asWritten: '令和８年４月１日施行', iso: '2026-04-01' }]);
    expect(imp.definition).toMatchObject({ family: 'tokyo-ordinance-nuisance', quote: DOCX_WORDS.definition });
  });
});

describe('a saved web page (linkedom)', () => {
  const page = (main: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html lang="ja"><head>${head}<title>ページ | 見本町</title></head><body>
    <header><a href="/">見本町</a></header><nav><ul><li><a href="/">くらし</a></li></ul></nav>
    <ol class="breadcrumb"><li>ホーム</li><li>町政</li></ol>
    <main>${main}</main><aside><h2>関連リンク</h2></aside><footer>見本町役場 電話 0123-45-6789</footer></body></html>`;

  it('takes the main content only, and lists what it left out', () => {
    const doc = readHtml(page('<h1>見本町の方針</h1><p>最終更新日：2026年4月1日</p><h2>1 目的</h2><p>この方針は、<br>職員を守るためのものです。</p>'));
    const imp = structureDocument(doc);
    expect(imp.title).toBe('見本町の方針');
    expect(imp.clauses).toEqual([{ id: 's1', number: '1', title: '目的', body: ['この方針は、職員を守るためのものです。'], corrections: [] }]);
    expect(imp.leftOut.map((l) => l.what).sort()).toEqual(['breadcrumbs', 'furniture', 'navigation', 'navigation', 'sidebar', 'site-footer']);
    expect(doc.kept).not.toContain('くらし');
  });

  it('reads ruby, lists and tables as they are', () => {
    const imp = structureDocument(readHtml(page('<h2>1 例</h2><ul><li><ruby>恫喝<rp>(</rp><rt>どうかつ</rt><rp>)</rp></ruby>する</li><li>居座る<ul><li>長時間</li></ul></li></ul><table><caption>目安</caption><tr><th>場面</th><th>時間</th></tr><tr><td>電話</td><td>20分</td></tr></table>')));
    expect(imp.clauses[0]!.body).toEqual([
      { list: [{ text: '{恫喝|どうかつ}する' }, { text: '居座る', items: [{ text: '長時間' }] }] },
      { table: { caption: '目安', columns: ['場面', '時間'], rows: [['電話', '20分']] } },
    ]);
  });

  it('decodes a page saved in Shift_JIS', () => {
    const sjis = new Uint8Array([...Buffer.from('<html><head><meta charset="Shift_JIS"></head><body><p>'), 0x8e, 0x73, 0x92, 0xac, 0x91, 0xba, ...Buffer.from('</p></body></html>')]);
    expect(decodeText(sjis)).toContain('市町村');
  });
});

describe('what cannot be read is refused with the reason', () => {
  it.each([
    ['old Word (.doc)', 'policy.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'unsupported'],
    ['a spreadsheet', 'list.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'unsupported'],
    ['an image', 'poster.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'unsupported'],
  ])('%s', async (_, name, bytes, why) => {
    expect(await reason(readFile(file(name, bytes)))).toBe(why);
  });

  it('a file that is not there, or is empty', async () => {
    expect(await reason(readFile(join(dir, 'nowhere.pdf')))).toBe('missing');
    expect(await reason(readFile(file('empty.txt', '')))).toBe('empty');
  });

  it('tells formats by their bytes before their names', () => {
    expect(formatOf('policy.txt', new Uint8Array(Buffer.from('%PDF-1.7')))).toBe('pdf');
    expect(formatOf('page', new Uint8Array(Buffer.from('<!DOCTYPE html><html>')))).toBe('html');
  });
});
