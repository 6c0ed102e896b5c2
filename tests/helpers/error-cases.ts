/**
 * Content broken one way each, and what the author must be told: the message id, the file, the
 * line, the field and the words. Used by the content tests (readContent) and the command tests (npm run check).
 */
import type { MessageId } from '../../src/lib/content/problems.ts';
import type { Edit } from './content-fixture.ts';

export const EDITION = 'editions/sample/edition.yaml';
export const POLICY = 'editions/sample/policy.yaml';
export const FAQ = 'editions/sample/faq/time-limit.md';
export const POSTERS = 'editions/sample/posters.yaml';

export interface Case {
  name: string;
  edits: Edit[];
  message: MessageId;
  /** The broken file; the suite's own file when left out. */
  file: string;
  line: number;
  field: string;
  says: RegExp;
}

export const ERROR_CASES: Case[] = [
  {
    name: 'a required field is missing',
    edits: [{ file: EDITION, replace: /  title: 見本市職員.*\n/, with: '' }],
    message: 'missing', file: EDITION, line: 6, field: 'document.title', says: /「title」がありません/,
  },
  {
    name: 'a field name is misspelt',
    edits: [{ file: EDITION, replace: '  kind: basic-policy', with: '  knd: basic-policy' }],
    message: 'unknown-field', file: EDITION, line: 8, field: 'document', says: /「knd」という項目はありません/,
  },
  {
    name: 'a date is not a date',
    edits: [{ file: EDITION, replace: 'iso: 2025-04-01', with: 'iso: 2025-4-1' }],
    message: 'iso-date', file: EDITION, line: 12, field: 'document.dates[0].iso', says: /2025-06-20/,
  },
  {
    name: 'a day that does not exist',
    edits: [
      { file: EDITION, replace: 'iso: 2025-04-01', with: 'iso: 2025-02-30' },
      { file: EDITION, replace: '令和７年４月１日策定', with: '令和７年２月３０日策定' },
    ],
    message: 'invalid-date', file: EDITION, line: 12, field: 'document.dates[0].iso', says: /「2025-02-30」という日付はありません/,
  },
  {
    name: 'the era date and the ISO date disagree',
    edits: [{ file: EDITION, replace: 'iso: 2025-04-01', with: 'iso: 2024-04-01' }],
    message: 'date-mismatch', file: EDITION, line: 12, field: 'document.dates[0].iso', says: /和暦「令和７年４月１日策定」と ISO の日付「2024-04-01」が一致しません/,
  },
  {
    name: 'a rule cites a clause that does not exist',
    edits: [{ file: EDITION, replace: 'clause: response-time', with: 'clause: response-hours' }],
    message: 'unknown-clause', file: EDITION, line: 25, field: 'rules[0].clause', says: /「response-hours」はこの版の policy.yaml にありません/,
  },
  {
    name: 'a behaviour is tagged with an unknown taxonomy id',
    edits: [{ file: POLICY, replace: 'behaviours: [intimidation]', with: 'behaviours: [shouting]' }],
    message: 'unknown-behaviour', file: POLICY, line: 15, field: 'clauses[1].body[1].list[0].behaviours[0]', says: /「shouting」は共通の分類/,
  },
  {
    name: 'two clauses share an id',
    edits: [{ file: POLICY, replace: '- id: publicity', with: '- id: response' }],
    message: 'duplicate-id', file: POLICY, line: 23, field: 'clauses[3].id', says: /ID「response」は 16 行目でも使われています/,
  },
  {
    name: 'a quote is not the city\'s words',
    edits: [{ file: EDITION, replace: 'quote: 面談は、原則として４５分以内とします。', with: 'quote: 面談は、原則として３０分以内とします。' }],
    message: 'quote-not-found', file: EDITION, line: 28, field: 'rules[0].quote', says: /本文に見つかりません/,
  },
  {
    name: 'a theme colour too light for white text',
    edits: [{ file: EDITION, replace: 'document:', with: 'theme:\n  accent: "#8fbce6"\ndocument:' }],
    message: 'low-contrast', file: EDITION, line: 7, field: 'theme.accent', says: /コントラスト比が 2\.\d\d:1/,
  },
  {
    name: 'an id with capitals or spaces',
    edits: [{ file: POLICY, replace: '- id: example-shouting', with: '- id: Example Shouting' }],
    message: 'id', file: POLICY, line: 13, field: 'clauses[1].body[1].list[0].id', says: /「Example Shouting」は ID に使えません/,
  },
  {
    name: 'a value outside its list',
    edits: [{ file: EDITION, replace: 'basis: principle', with: 'basis: usually' }],
    message: 'one-of', file: EDITION, line: 26, field: 'rules[0].basis', says: /「usually」は使えません。次のどれかを書いてください: rule、principle/,
  },
  {
    name: 'a reading written the way the PDF extraction had it',
    edits: [{ file: POLICY, replace: '{真摯|しんし}', with: '真摯^{しんし}' }],
    message: 'stray-markup', file: POLICY, line: 2, field: 'clauses[0]', says: /読み仮名 \{漢字\|よみ\}/,
  },
  {
    name: 'broken YAML',
    edits: [{ file: POLICY, replace: '    title: 定義', with: '    title: 定義\n   bad: indent' }],
    message: 'yaml-syntax', file: POLICY, line: 10, field: '', says: /YAML として読めません/,
  },
  {
    name: 'a correction that was not applied',
    edits: [{ file: POLICY, replace: '    title: 周知\n', with: '    title: 周知\n    corrections:\n      - original: 啓発ポスタ\n        corrected: 啓発ボスター\n        reason: テスト\n' }],
    message: 'correction-not-applied', file: POLICY, line: 28, field: 'clauses[3].corrections[0].corrected', says: /訂正後の「啓発ボスター」が条項の本文にありません/,
  },
  {
    name: 'a placeholder of the template left in a published edition',
    edits: [{ file: POLICY, replace: '{真摯|しんし}に対応します。\n', with: '{真摯|しんし}に対応します。\n      - 〔ひな形〕ここに自治体の文書の定義をそのまま書き写してください。\n' }],
    message: 'placeholder-left', file: POLICY, line: 7, field: 'clauses[0].body[1]', says: /「〔ひな形〕ここに自治体の文書の定義を.*」はひな形の仮の値です。公開する版/,
  },
  {
    name: "the template's guessed title left in a published edition",
    edits: [{ file: EDITION, replace: '  title: 見本市職員カスタマーハラスメント対策基本方針', with: '  title: 見本市カスタマーハラスメント対策基本方針〔仮の題名〕' }],
    message: 'guessed-title', file: EDITION, line: 7, field: 'document.title', says: /題名「見本市カスタマーハラスメント対策基本方針〔仮の題名〕」は、ひな形が自治体の名前から仮に付けたもの/,
  },
  {
    name: 'a published site address at an example domain',
    edits: [{ file: EDITION, replace: 'document:', with: 'site:\n  url: https://www.city.mihon.example.jp\ndocument:' }],
    message: 'example-url', file: EDITION, line: 7, field: 'site.url', says: /「https:\/\/www\.city\.mihon\.example\.jp」は例のためのドメインです。.*QR コード/,
  },
  {
    name: 'an FAQ answer that links a clause that does not exist',
    edits: [{ file: FAQ, replace: '４５分以内としています。', with: '４５分以内としています（[対応](#responce)）。' }],
    message: 'unknown-clause', file: FAQ, line: 8, field: 'answer', says: /条項 ID「responce」はこの版の policy.yaml にありません。もしかして「response」ですか？/,
  },
  {
    name: 'a misspelt behaviour id: the nearest is suggested and the valid ones listed',
    edits: [{ file: POLICY, replace: 'behaviours: [intimidation]', with: 'behaviours: [intimdation]' }],
    message: 'unknown-behaviour', file: POLICY, line: 15, field: 'clauses[1].body[1].list[0].behaviours[0]', says: /もしかして「intimidation」ですか？ 使える ID: demand-without-grounds、.*、naming-staff。/,
  },
  {
    name: 'a misspelt definition family',
    edits: [{ file: EDITION, replace: 'family: mhlw-2022-two-judgements', with: 'family: mhlw-2022-two-judgement' }],
    message: 'unknown-family', file: EDITION, line: 20, field: 'definition.family', says: /もしかして「mhlw-2022-two-judgements」ですか？ 使える ID: law-2025-three-elements、mhlw-2022-two-judgements、tokyo-ordinance-nuisance。/,
  },
  {
    name: 'a stance clause that does not exist',
    edits: [{ file: EDITION, replace: 'stance: [basic-idea]', with: 'stance: [basic-ideas]' }],
    message: 'unknown-clause', file: EDITION, line: 22, field: 'stance[0]', says: /「basic-ideas」はこの版の policy.yaml にありません。もしかして「basic-idea」ですか？ 使える ID: basic-idea、definition、/,
  },
  {
    name: 'an FAQ group that does not exist',
    edits: [{ file: FAQ, replace: 'group: time', with: 'group: times' }],
    message: 'unknown-faq-group', file: FAQ, line: 3, field: 'group', says: /「times」は content\/shared\/faq-groups.yaml にありません。もしかして「time」ですか？ 使える ID: about、/,
  },
  {
    name: 'a quote that stops matching: where, and what the clause says there',
    edits: [{ file: EDITION, replace: 'quote: 面談は、原則として４５分以内とします。', with: 'quote: 面談は、原則として３０分以内とします。' }],
    message: 'quote-not-found', file: EDITION, line: 28, field: 'rules[0].quote', says: /「面談は、原則として」までは本文と一致します。その後、引用は「３０分以内とします。」、本文は「４５分以内とします。」です。/,
  },
  {
    name: 'a quote that differs only in full- and half-width characters',
    edits: [{ file: EDITION, replace: 'quote: 面談は、原則として４５分以内とします。', with: 'quote: 面談は、原則として45分以内とします。' }],
    message: 'quote-not-found', file: EDITION, line: 28, field: 'rules[0].quote', says: /全角・半角の違いがあります/,
  },
  {
    name: 'a misspelt kind of document',
    edits: [{ file: EDITION, replace: '  kind: basic-policy', with: '  kind: basic-polcy' }],
    message: 'one-of', file: EDITION, line: 8, field: 'document.kind', says: /「basic-polcy」は使えません。もしかして「basic-policy」ですか？次のどれかを書いてください: basic-policy、basic-guideline、/,
  },
  {
    name: 'a summary line (a rule on the home page) that leaves out the scope of the heading it stands under',
    edits: [{ file: EDITION, replace: /(  - kind: multiple-staff\n    clause: restraint-multiple-staff\n    quote: .*\n)    scope:\n.*\n.*\n/, with: '$1' }],
    message: 'scope-left-out', file: EDITION, line: 39, field: 'rules[2]', says: /対象となる場合「長時間の拘束を繰り返す者に対する」があります（rules\[1\]）。この項目にも scope を書くか/,
  },
  {
    name: 'a counter card item that leaves out its rule\'s scope, with no heading above that carries it',
    edits: [{ file: POSTERS, replace: /      - role: heading\n        text: 長時間の拘束を繰り返す者に対する面談について\n        clause: restraint-response\n/, with: '' }],
    message: 'poster-scope-left-out', file: POSTERS, line: 24, field: 'posters[1].lines[2].text', says: /対象となる場合「長時間の拘束を繰り返す者に対する」があります.*すぐ上の見出し（role: heading）/,
  },
  {
    name: 'a scope that is not the city\'s words',
    edits: [{ file: EDITION, replace: '      quote: 長時間の拘束を繰り返す者に対する\n    caveats:', with: '      quote: 長時間の拘束をする者に対する\n    caveats:' }],
    message: 'quote-not-found', file: EDITION, line: 35, field: 'rules[1].scope.quote', says: /引用「長時間の拘束をする者に対する」が、条項「restraint-response」の本文に見つかりません/,
  },
  {
    name: 'a stage that is not a step of a response flow',
    edits: [{ file: EDITION, replace: '    clause: restraint-time-limit\n    basis: principle', with: '    clause: restraint-time-limit\n    stage: basic-idea\n    basis: principle' }],
    message: 'not-a-stage', file: EDITION, line: 31, field: 'rules[1].stage', says: /「basic-idea」は対応フローの段階/,
  },
  {
    name: 'a word recorded as kept as written that the clause does not have',
    edits: [{ file: POLICY, replace: '      - text: 繰り返す者', with: '      - text: 繰返す者' }],
    message: 'kept-not-found', file: POLICY, line: 32, field: 'clauses[4].keptAsWritten[0].text', says: /文書の表記のままとした「繰返す者」が条項の本文にありません/,
  },
  {
    name: 'a poster whose headline announces a definition and goes straight to the examples',
    edits: [{ file: POSTERS, replace: '        text: 見本の定義です。\n        clause: definition', with: '        text: 見本市のカスタマーハラスメントとは\n        clause: definition\n        reworded: テスト用の見出しです。' }],
    message: 'poster-definition-first', file: POSTERS, line: 4, field: 'posters[0].lines', says: /見出し「見本市のカスタマーハラスメントとは」は定義を示す言い方（「…とは」）です。行為の例（role: item）より前に/,
  },
];
