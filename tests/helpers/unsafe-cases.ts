/**
 * Content that tries to carry script, and input that tries to break the reader: each is refused
 * with its own message at its file, line and field. Like ERROR_CASES (error-cases.ts), run both
 * through readContent (tests/content/errors.test.ts) and through the real `npm run check`
 * (tests/build/commands.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureEdit } from './content-fixture.ts';
import type { Case } from './error-cases.ts';
import { EDITION, POLICY } from './error-cases.ts';

const FAQ = 'editions/sample/faq/time-limit.md';
const POSTERS = 'editions/sample/posters.yaml';
const GLOSSARY = 'shared/search-glossary.yaml';
const ANSWER = '見本市の方針では、面談は原則として４５分以内としています。';

/** The line of the real shared file (which fixtures copy) that holds the text. */
const lineOf = (file: string, text: string, root = 'content') => readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
/** The same in the fixture content the cases edit. */
const fixtureLineOf = (file: string, text: string) => lineOf(file, text, 'tests/fixtures/content');

/** A case whose broken thing is a folder, not a line of a file. */
export type FolderCase = Omit<Case, 'line' | 'field' | 'edits'> & { edits: FixtureEdit[]; line?: undefined; field?: undefined };

/** Raw HTML and script links, in every kind of content text: each one an injection fixture. */
export const INJECTION_CASES: Case[] = [
  {
    name: 'an FAQ answer with an image that runs script',
    edits: [{ file: FAQ, replace: ANSWER, with: `${ANSWER}\n\n<img src=x onerror=alert(1)>` }],
    message: 'raw-html', file: FAQ, line: 10, field: 'answer', says: /「<img src=x onerror=alert\(1\)>」は HTML の書き方です。内容に HTML は書けません/,
  },
  {
    name: 'an FAQ answer with a script element inside a sentence',
    edits: [{ file: FAQ, replace: ANSWER, with: `${ANSWER}<script>alert(1)</script>` }],
    message: 'raw-html', file: FAQ, line: 8, field: 'answer', says: /「<script>」は HTML の書き方です/,
  },
  {
    name: 'an FAQ answer with an HTML comment',
    edits: [{ file: FAQ, replace: ANSWER, with: `${ANSWER}\n\n<!-- 隠した文 -->` }],
    message: 'raw-html', file: FAQ, line: 10, field: 'answer', says: /「<!-- 隠した文 -->」は HTML の書き方です/,
  },
  {
    name: 'an FAQ answer with a javascript: link',
    edits: [{ file: FAQ, replace: ANSWER, with: `${ANSWER}\n[詳しく](javascript:alert(document.cookie))` }],
    message: 'unsafe-link', file: FAQ, line: 9, field: 'answer', says: /リンク先「javascript:alert\(document.cookie\)」は使えません。リンク先は https:\/\/ で始まる URL か/,
  },
  {
    name: 'an FAQ answer with a data: image',
    edits: [{ file: FAQ, replace: ANSWER, with: `${ANSWER}\n\n![図](data:image/svg+xml;base64,PHN2Zz4=)` }],
    message: 'unsafe-link', file: FAQ, line: 10, field: 'answer', says: /リンク先「data:image\/svg\+xml;base64,PHN2Zz4=」は使えません/,
  },
  {
    name: 'an FAQ answer whose link definition is a path, not an http(s) address',
    edits: [{ file: FAQ, replace: ANSWER, with: `${ANSWER}[詳しく][a]\n\n[a]: /admin/` }],
    message: 'unsafe-link', file: FAQ, line: 10, field: 'answer', says: /リンク先「\/admin\/」は使えません/,
  },
  {
    name: 'an FAQ question with an iframe',
    edits: [{ file: FAQ, replace: 'question: 話し合いに時間の決まりはありますか？', with: 'question: 話し合いに時間の決まりはありますか？<iframe src=https://evil.example>' }],
    message: 'raw-html', file: FAQ, line: 2, field: 'question', says: /「<iframe src=https:\/\/evil.example>」は HTML の書き方です/,
  },
  {
    name: 'policy text with an element that runs script on hover',
    edits: [{ file: POLICY, replace: '      - 啓発ポスターを掲示します。', with: '      - 啓発ポスターを<b onmouseover=alert(1)>掲示</b>します。' }],
    message: 'raw-html', file: POLICY, line: 27, field: 'clauses[3].body[0]', says: /「<b onmouseover=alert\(1\)>」は HTML の書き方です/,
  },
  {
    name: 'policy text whose [text](target) link runs script',
    edits: [{ file: POLICY, replace: '[基本的な考え方](#basic-idea)', with: '[基本的な考え方](javascript:alert(1))' }],
    message: 'unsafe-link', file: POLICY, line: 11, field: 'clauses[1].body[0]', says: /リンク先「javascript:alert\(1\)」は使えません/,
  },
  {
    name: 'an edition field with an SVG that runs script',
    edits: [{ file: EDITION, replace: '  title: 見本市職員カスタマーハラスメント対策基本方針', with: '  title: 見本市職員カスタマーハラスメント対策基本方針<svg onload=alert(1)>' }],
    message: 'raw-html', file: EDITION, line: 7, field: 'document.title', says: /「<svg onload=alert\(1\)>」は HTML の書き方です/,
  },
  {
    name: 'a poster line with markup',
    edits: [{ file: POSTERS, replace: 'text: 大声で威圧する', with: 'text: 大声で<u>威圧</u>する' }],
    message: 'raw-html', file: POSTERS, line: 9, field: 'posters[0].lines[1].text', says: /「<u>」は HTML の書き方です/,
  },
  {
    name: 'a search glossary term that closes the search page\'s script',
    edits: [{ file: GLOSSARY, replace: 'terms: [カスハラ,', with: 'terms: ["</script><script>alert(1)</script>", カスハラ,' }],
    message: 'raw-html', file: GLOSSARY, line: lineOf(GLOSSARY, 'terms: [カスハラ,'), field: '[0].terms[0]', says: /「<\/script>」は HTML の書き方です/,
  },
];

/** A document date whose 和暦 is outside its era. */
const eraCase = (written: string, iso: string, range: string): Case => ({
  name: `a date outside its era: ${written}`,
  edits: [
    { file: EDITION, replace: '令和７年４月１日策定', with: written },
    { file: EDITION, replace: 'iso: 2025-04-01', with: `iso: ${iso}` },
  ],
  message: 'era-out-of-range', file: EDITION, line: 11, field: 'document.dates[0].asWritten', says: new RegExp(`「${written}」は.{2}の期間（${range}）にない日付です`),
});

/** Nine aliases of nine aliases of …: a small file that would expand to millions of values. */
const aliasBomb = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`),
].join('\n');

/** Input that tries to break the reader or hide a page. */
export const BAD_INPUT_CASES: Case[] = [
  {
    name: 'a YAML alias bomb ("billion laughs")',
    edits: [{ file: EDITION, replace: 'measures:', with: `${aliasBomb}\nmeasures:` }],
    message: 'yaml-aliases', file: EDITION, line: fixtureLineOf(EDITION, 'measures:') + 1, field: '', says: /YAML の別名（&名前 と \*名前）の展開が多すぎます/,
  },
  eraCase('令和０年４月１日策定', '2018-04-01', '令和元年5月1日〜'),
  eraCase('平成31年5月1日策定', '2019-05-01', '平成元年1月8日〜平成31年4月30日'),
  eraCase('平成40年4月1日策定', '2028-04-01', '平成元年1月8日〜平成31年4月30日'),
  eraCase('昭和65年1月1日策定', '1990-01-01', '昭和元年12月25日〜昭和64年1月7日'),
];

/** Hand-made edition folders whose name is a route, a public file or a folder the build writes. */
export const RESERVED_SLUG_CASES: FolderCase[] = ['search', 'compare', 'schema', 'pagefind', 'favicon'].map((slug) => ({
  name: `an edition folder named ${slug}`,
  edits: [{ copy: 'editions/sample', to: `editions/${slug}` }],
  message: 'reserved-slug',
  file: `editions/${slug}`,
  says: new RegExp(`フォルダ名「${slug}」はサイトのページ（/${slug}/）と重なるため、版の名前に使えません`),
}));
