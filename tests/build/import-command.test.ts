/**
 * npm run import as a city web team runs it, each in its own process on a fresh copy of fixture
 * content: every seed document and every format yields a draft that passes npm run check; the
 * walk-through of the README (import, confirm, draft FAQs, check, build alone) works in that order;
 * what cannot be imported is refused with the reason, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/content-fixture.ts';
import { policyDocx, policyPdf, scannedPdf } from '../helpers/import-fixtures.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const keep = (dir: string) => (temp.push(dir), dir);

function run(script: string, args: string[], content: string) {
  const r = spawnSync(process.execPath, [script, ...args, '--content', content], { env: cleanEnv(), encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const importFile = (content: string, args: string[]) => run('src/cli/import.ts', args, content);
const check = (content: string) => run('src/cli/check.ts', [], content);
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** The five seed documents, as the real editions keep them. */
const seeds = readdirSync('content/editions')
  .filter((slug) => existsSync(join('content/editions', slug, 'source')))
  .map((slug) => ({ slug, file: join('content/editions', slug, 'source', readdirSync(join('content/editions', slug, 'source')).find((f) => f.endsWith('.txt'))!) }));

const files = keep(mkdtempSync(join(tmpdir(), 'otagai-import-files-')));
const write = (name: string, bytes: Uint8Array) => {
  writeFileSync(join(files, name), bytes);
  return join(files, name);
};

describe('npm run import: every seed document and every format, to a draft that passes the check', async () => {
  const content = keep(fixtureContent());
  const pdf = write('見本町の方針.pdf', await policyPdf());
  const docx = write('policy.docx', await policyDocx());
  const inputs = [
    ...seeds.map((s) => ({ slug: `imported-${s.slug}`, file: s.file })),
    { slug: 'imported-pdf', file: pdf },
    { slug: 'imported-docx', file: docx },
    { slug: 'imported-html', file: 'tests/fixtures/import/held-out/sakurahama.html' },
  ];

  for (const { slug, file } of inputs) {
    it(`${file} → content/editions/${slug}/`, () => {
      const r = importFile(content, [file, '--slug', slug, '--name', '見本市']);
      expect(r.status, r.out).toBe(0);
      expect(r.out).toContain('npm run check: この版に問題はありません');
      const dir = join(content, 'editions', slug);
      const edition = readFileSync(join(dir, 'edition.yaml'), 'utf8');
      expect(edition).toMatch(/^draft: true$/m);
      expect(edition).toMatch(/kept: source\/.+\.txt/);
      expect(existsSync(join(dir, 'source/import-report.md'))).toBe(true);
      expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toMatch(/# 原文 \d+ 行目\n\s+- id: s1/);
    });
  }

  it('leaves content that passes npm run check as a whole', () => {
    const r = check(content);
    expect(r.status, r.out).toBe(0);
  });

  it('keeps the source under its own name and records where it came from', () => {
    const edition = readFileSync(join(content, 'editions/imported-pdf/edition.yaml'), 'utf8');
    expect(edition).toContain('transcribedFrom: 見本町の方針.pdf');
    expect(edition).toContain('format: pdf');
    expect(existsSync(join(content, 'editions/imported-pdf/source/見本町の方針.txt'))).toBe(true);
  });
});

describe('npm run import refuses what it cannot do, with the reason', async () => {
  const content = keep(fixtureContent());
  const scan = write('scan.pdf', await scannedPdf());
  const doc = write('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  it.each([
    [['tests/fixtures/import/numbering.txt', '--slug', 'sample', '--name', '見本市'], /すでにあります/],
    [['tests/fixtures/import/numbering.txt', '--slug', 'search', '--name', '検索市'], /サイトのページ名と重なる/],
    [['tests/fixtures/import/numbering.txt', '--slug', 'Mihon Town', '--name', '見本町'], /半角の英小文字・数字・ハイフン/],
    [['tests/fixtures/import/numbering.txt', '--slug', 'mihon'], /--name で指定してください/],
    [['--slug', 'mihon', '--name', '見本町'], /読み込むファイルを指定してください/],
    [['nowhere.pdf', '--slug', 'mihon', '--name', '見本町'], /見つかりません/],
    [[scan, '--slug', 'mihon', '--name', '見本町'], /テキスト層）がありません/],
    [[doc, '--slug', 'mihon', '--name', '見本町'], /形式は読み込めません/],
  ])('%j', (args, why) => {
    const r = importFile(content, args);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(why);
    expect(r.out).not.toMatch(STACK);
    expect(existsSync(join(content, 'editions/mihon'))).toBe(false);
  });
});

describe('the walk-through: import, confirm the suggestions, draft FAQs, check, build alone', () => {
  const content = keep(fixtureContent());
  const seed = seeds.find((s) => s.slug === 'sakaide') ?? seeds[0]!;
  const slug = 'minami';
  const dir = join(content, 'editions', slug);
  const editionFile = join(dir, 'edition.yaml');
  const imported = importFile(content, [seed.file, '--slug', slug, '--name', '南見本市', '--prefecture', '見本県', '--reading', 'みなみみほんし']);

  it('1. imports, prints the report and writes it beside the source', () => {
    expect(imported.status, imported.out).toBe(0);
    for (const part of ['どこに何を置いたか', '確かでないもの', '入れなかったもの', '次にすること']) expect(imported.out).toContain(part);
    expect(readFileSync(join(dir, 'source/import-report.md'), 'utf8')).toContain('次にすること');
  });

  it('2. an unconfirmed suggestion keeps the edition from being published', () => {
    writeFileSync(editionFile, readFileSync(editionFile, 'utf8').replace(/^draft: true$/m, 'draft: false'));
    const r = check(content);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/edition\.yaml:\d+ rules\[0\]\.suggested（提案）: npm run import の提案/);
    writeFileSync(editionFile, readFileSync(editionFile, 'utf8').replace(/^draft: false$/m, 'draft: true'));
  });

  it('3. once the author confirms the rules, npm run draft-faqs drafts FAQs from them, each citing its clause', () => {
    writeFileSync(editionFile, readFileSync(editionFile, 'utf8').replace(/^\s+suggested: true\n/gm, ''));
    const r = run('src/cli/draft-faqs.ts', [slug], content);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/下書きを作りました: .*faq\/time-limit\.md — 対応の時間に決まりはありますか？/);
    const faq = readFileSync(join(dir, 'faq/time-limit.md'), 'utf8');
    expect(faq).toMatch(/^suggested: true$/m);
    expect(faq).toMatch(/cites:\n  - clause: s\d/);
    expect(check(content).status).toBe(0);
    // Run again: nothing is drafted twice.
    expect(run('src/cli/draft-faqs.ts', [slug], content).out).toContain('新しい下書きはありません');
  });

  it('4. builds alone; suggestions and FAQ drafts stay off its pages until confirmed', () => {
    const faqDir = join(dir, 'faq');
    // Confirm one FAQ; leave the others drafts.
    writeFileSync(join(faqDir, 'time-limit.md'), readFileSync(join(faqDir, 'time-limit.md'), 'utf8').replace(/^suggested: true\n/m, ''));
    const out = keep(mkdtempSync(join(tmpdir(), 'otagai-import-build-')));
    const cache = keep(mkdtempSync(join(tmpdir(), 'otagai-import-cache-')));
    const built = run('src/cli/build.ts', ['--edition', slug, '--out', out, '--cache', cache], content);
    expect(built.status, built.out).toBe(0);
    const page = (p: string) => readFileSync(join(out, p), 'utf8');
    expect(page('policy/index.html')).toContain('基本的な考え方');
    expect(existsSync(join(out, 'faq/time-limit/index.html'))).toBe(true);
    expect(existsSync(join(out, 'faq/which-behaviours/index.html'))).toBe(false);
    const data = JSON.parse(page('policy.json'));
    expect(data.rules.length).toBeGreaterThan(0);
    expect(data.faqs.map((f: { id: string }) => f.id)).toEqual(['time-limit']);
  });
});
