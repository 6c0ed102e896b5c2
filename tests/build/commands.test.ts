/**
 * The commands a city web team runs, as it runs them: npm run check, npm run new-edition, and
 * npm run build -- --edition. Each runs in its own process on fixture content, as in the README.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/content-fixture.ts';
import { EDITION, ERROR_CASES } from '../helpers/error-cases.ts';
import { BAD_INPUT_CASES, INJECTION_CASES, RESERVED_SLUG_CASES } from '../helpers/unsafe-cases.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const keep = (dir: string) => (temp.push(dir), dir);

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { env: cleanEnv(), encoding: 'utf8', timeout: 180_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const check = (content: string) => run('src/cli/check.ts', ['--content', content]);
const newEdition = (content: string, args: string[]) => run('src/cli/new-edition.ts', [...args, '--content', content]);
/** A stack trace line: what an author must never have to read. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('npm run check', () => {
  it('passes valid content and says so', () => {
    const r = check(keep(fixtureContent()));
    expect(r.status).toBe(0);
    expect(r.out).toContain('内容に問題はありません');
  });

  it('lists every problem of a file even when one is a schema error: four problems, four lines', () => {
    const r = check(
      keep(
        fixtureContent([
          { file: EDITION, replace: '  kind: basic-policy', with: '  kind: 対応方針' },
          { file: EDITION, replace: 'iso: 2025-04-01', with: 'iso: 2024-04-01' },
          { file: EDITION, replace: 'clause: response-time', with: 'clause: response-hours' },
          { file: EDITION, replace: 'quote: 啓発ポスターを掲示します。', with: 'quote: 啓発ポスターを貼ります。' },
        ]),
      ),
    );
    expect(r.status).toBe(1);
    expect(r.out.split('\n').filter((l) => l.includes('editions/sample/edition.yaml:')).map((l) => l.match(/edition\.yaml:(\d+) (\S+?)（/)?.slice(1).join(' '))).toEqual([
      '8 document.kind',
      '12 document.dates[0].iso',
      '25 rules[0].clause',
      '48 measures[0].quote',
    ]);
    expect(r.out).toContain('4 件の問題があります');
  });

  it('passes a draft that still has what only a draft may carry, listing it as warnings', () => {
    const r = check(keep(fixtureContent([{ file: EDITION, replace: 'document:', with: 'draft: true\nsite:\n  url: https://www.example.com\ndocument:' }])));
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/下書きの版への注意/);
    expect(r.out).toMatch(/edition\.yaml:8 site\.url（URL）: 「https:\/\/www\.example\.com」は例のためのドメインです/);
    expect(r.out).toContain('内容に問題はありません（下書きへの注意 1 件）');
  });

  for (const c of [...ERROR_CASES, ...INJECTION_CASES, ...BAD_INPUT_CASES, ...RESERVED_SLUG_CASES]) {
    it(`refuses ${c.name}: exit 1, its own message as file:line field, no stack trace`, () => {
      const r = check(keep(fixtureContent(c.edits)));
      expect(r.status).toBe(1);
      // The message on the line that names the file, the line and the field.
      const where = `${c.file}${c.line ? `:${c.line}` : ''}${c.field ? ` ${c.field}` : ''}`;
      const line = r.out.split('\n').find((l) => l.includes(where) && c.says.test(l));
      expect(line, r.out).toBeDefined();
      expect(r.out).not.toMatch(STACK);
    });
  }
});

describe('npm run new-edition', () => {
  const content = keep(fixtureContent());

  it('creates an edition from the template that passes the check at once, as a draft', () => {
    const r = newEdition(content, ['minami-boso', '--name', '南房総市', '--prefecture', '千葉県', '--reading', 'みなみぼうそうし']);
    expect(r.status).toBe(0);
    const edition = readFileSync(join(content, 'editions/minami-boso/edition.yaml'), 'utf8');
    expect(edition).toMatch(/name: 南房総市/);
    expect(edition).toMatch(/prefecture: 千葉県/);
    expect(edition).toMatch(/^draft: true/m);
    expect(existsSync(join(content, 'editions/minami-boso/policy.yaml'))).toBe(true);
    expect(check(content).status).toBe(0);
  });

  it.each([
    [['minami-boso', '--name', '南房総市'], /すでにあります/],
    [['Minami Boso', '--name', '南房総市'], /半角の英小文字・数字・ハイフン/],
    [['search', '--name', '検索市'], /サイトのページ名と重なる/],
    [['kita'], /--name で指定してください/],
    [[], /版の名前（フォルダ名）を指定してください/],
  ])('refuses %j with a reason', (args, reason) => {
    const r = newEdition(content, args);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(reason);
    expect(r.out).not.toMatch(STACK);
  });

  it('flags every placeholder of the template once the edition is no longer a draft, and ships no placeholder poster', () => {
    const dir = keep(fixtureContent());
    expect(newEdition(dir, ['kita', '--name', '北見本市']).status).toBe(0);
    expect(existsSync(join(dir, 'editions/kita/posters.yaml'))).toBe(false);
    const draft = check(dir);
    expect(draft.status).toBe(0);
    expect(draft.out).toMatch(/下書きの版への注意/);
    const file = join(dir, 'editions/kita/edition.yaml');
    spawnSync('sed', ['-i', 's/^draft: true/draft: false/', file]);
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/city\.prefecture（都道府県）: 「都道府県」はひな形の仮の値です/);
    expect(r.out).toMatch(/edition\.yaml:\d+ document\.title.*: 題名「北見本市カスタマーハラスメント対策基本方針〔仮の題名〕」は、ひな形が/);
    expect(r.out).toMatch(/edition\.yaml:\d+ site\.url.*: 「https:\/\/www\.example\.lg\.jp」は例のためのドメインです/);
    expect(r.out).toMatch(/policy\.yaml:\d+ clauses\[0\]\.body\[0\].*: 「〔ひな形〕ここに自治体の文書の/);
    expect(r.out).not.toMatch(/faq\/_example\.md/);
  });
});

describe('npm run build -- --edition', () => {
  const content = keep(
    // A draft: its site address is still an example domain, which only a draft may keep.
    fixtureContent([{ file: EDITION, replace: 'document:', with: 'draft: true\nsite:\n  url: https://www.city.mihon.example.jp\n  base: /kasuhara/\ndocument:' }]),
  );
  const out = keep(mkdtempSync(join(tmpdir(), 'otagai-standalone-')));
  const cache = keep(mkdtempSync(join(tmpdir(), 'otagai-standalone-cache-')));
  const built = run('src/cli/build.ts', ['--edition', 'sample', '--out', out, '--content', content, '--cache', cache]);
  const page = (path: string) => readFileSync(join(out, path), 'utf8');

  it('builds the edition alone, at the root of its own site (a draft, told what it must fix before it is published)', () => {
    expect(built.status, built.out).toBe(0);
    expect(built.out).toMatch(/下書きの版への注意が 1 件あります/);
    expect(page('index.html')).toContain('<h1>見本市職員カスタマーハラスメント対策基本方針</h1>');
    expect(existsSync(join(out, 'policy/index.html'))).toBe(true);
    expect(existsSync(join(out, 'sample'))).toBe(false);
  });

  it('has no comparison of one city, and its check page at /check/', () => {
    expect(existsSync(join(out, 'compare'))).toBe(false);
    expect(existsSync(join(out, 'compare.json'))).toBe(false);
    expect(page('index.html')).not.toContain('/compare/');
    const check = page('check/index.html');
    expect(check).not.toContain('href="/kasuhara/compare/"');
    expect(check).toContain('href="/kasuhara/policy/#definition"');
  });

  it('uses the site URL and base path from its edition.yaml in links, canonical URLs, sitemap and feed', () => {
    const policy = page('policy/index.html');
    expect(policy).toContain('<link rel="canonical" href="https://www.city.mihon.example.jp/kasuhara/policy/">');
    expect(policy).toMatch(/href="\/kasuhara\/policy\/#basic-idea"|href="#basic-idea"/);
    expect(policy).not.toMatch(/href="\/sample\//);
    expect(page('sitemap-0.xml')).toContain('<loc>https://www.city.mihon.example.jp/kasuhara/policy/</loc>');
    expect(page('feed.xml')).toContain('<link rel="self" href="https://www.city.mihon.example.jp/kasuhara/feed.xml"/>');
    expect(policy).toContain('<link rel="alternate" type="application/atom+xml" title="見本市の版の更新履歴（Atom）" href="/kasuhara/feed.xml">');
    expect(JSON.parse(page('policy.json')).url).toBe('https://www.city.mihon.example.jp/kasuhara/');
  });

  it('says at the end that its posters carry no QR code, its site being a name kept for examples', () => {
    expect(built.out).toMatch(/ポスターに QR コードを載せていません: サイトのアドレス https:\/\/www\.city\.mihon\.example\.jp は仮のものです。/);
    expect(page('posters/index.html')).toContain('id="no-qr"');
  });

  it('refuses an edition that does not exist, naming the ones that do', () => {
    const r = run('src/cli/build.ts', ['--edition', 'nowhere', '--content', content]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/版「nowhere」は content\/editions\/ にありません。次のどれかを指定してください: sample/);
  });
});
