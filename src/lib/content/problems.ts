/**
 * Content problems, told to the author in Japanese as `file:line field: message`.
 * Messages are keyed by stable ids; every check in the project reports through here.
 */
import type { Path } from './yaml-file.ts';

export interface Problem {
  file: string;
  line?: number | undefined;
  path: Path;
  message: MessageId;
  /** Values the message quotes: {input}, {values}… */
  params?: Record<string, string | number> | undefined;
  detail?: string | undefined;
}

const messages = {
  'file-missing': 'ファイルがありません。',
  'yaml-syntax': 'YAML として読めません（{detail}）。字下げと、コロン「:」の後の半角空白を確かめてください。',
  'yaml-aliases': 'YAML の別名（&名前 と *名前）の展開が多すぎます。別名を使わずに、値をそのまま書いてください。',
  missing: '「{field}」がありません。{expected}を書いてください。',
  'wrong-type': '{expected}を書いてください（いまは{received}になっています）。',
  empty: '空になっています。文字を書いてください。',
  'too-few': '少なくとも {minimum} 個書いてください。',
  'too-small': '{minimum} 以上の数を書いてください。',
  id: '「{input}」は ID に使えません。半角の英小文字・数字・ハイフンで書いてください（例: basic-idea）。',
  'iso-date': '「{input}」は日付の形ではありません。2025-06-20（日がなければ 2026-07）の形で書いてください。',
  hiragana: '「{input}」はひらがなだけで書いてください。',
  prefecture: '「{input}」は都道府県名ではありません。「香川県」のように書いてください。',
  url: '「{input}」は URL の形ではありません。https:// から書いてください。',
  'government-code': '「{input}」は全国地方公共団体コードの形ではありません。検査数字（最後の桁）を含む 6 桁の数字で書いてください（例: 131016）。',
  'code-check-digit': '「{input}」の最後の桁（検査数字）が違います。先頭 5 桁「{five}」の検査数字は {expected} なので、コードは「{corrected}」になります。総務省の全国地方公共団体コードの一覧で確かめてください。',
  'code-no-prefecture': '「{input}」の先頭 2 桁「{digits}」は、どの都道府県のコード（01〜47）でもありません。',
  'code-prefecture': '「{input}」の先頭 2 桁「{digits}」は{found}のコードです。{prefecture}のコードは「{expected}」で始まります。都道府県（prefecture）かコードを確かめてください。',
  'code-not-prefecture': '「{input}」は市区町村のコードです。都道府県のコードは、先頭 2 桁の後が 000 です（「{expected}」）。',
  'code-is-prefecture': '「{input}」は都道府県のコード（先頭 2 桁の後が 000）です。{name}（{label}）自身のコードを書いてください。',
  'code-missing': '全国地方公共団体コード（code）がありません。検査数字を含む 6 桁で書いてください（この都道府県では「{example}」の形）。公開する版（draft: false）には必要です。',
  'kind-missing': '種類（kind）がありません。{hint}次のどれかを書いてください: {values}。',
  'kind-name': '名前「{name}」は {expected} の名前ですが、種類（kind）が {input}（{label}）になっています。名前か種類を確かめてください。',
  'ward-outside-tokyo': '種類 ward（特別区）は東京都の区だけです。{prefecture}の「{name}」は政令指定都市の区で、それだけでは版になりません。区の取組は、その市の版（kind: city、名前は市の名前）に含めてください。',
  'prefecture-name': '種類 prefecture（都道府県）の版では、名前（name）と都道府県（prefecture）を同じにしてください（いまは「{name}」と「{prefecture}」）。',
  colour: '「{input}」は色の書き方ではありません。#1d5f8a のように # と 16 進数 6 桁で書いてください。',
  'base-path': '「{input}」はパスの形ではありません。/ で始まり / で終わる形で書いてください（例: /kasuhara/）。',
  pictogram: '「{input}」は絵記号の名前の形ではありません。material-symbols:sports-mma のように書いてください。',
  lang: '「{input}」は言語の書き方ではありません。ja、en のように BCP 47 の言語タグで書いてください。',
  'low-contrast': '色「{input}」は暗さが足りず、白い文字とのコントラスト比が {text}:1 です（4.5:1 以上が必要）。もっと濃い色にしてください。',
  'one-of': '「{input}」は使えません。{hint}次のどれかを書いてください: {values}。',
  'unknown-field': '「{keys}」という項目はありません。項目名の綴りを確かめてください。',
  'unknown-shape': 'この書き方は読み取れません。{shapes}のどれかの形で書いてください。',
  'invalid-date': '「{input}」という日付はありません。',
  'date-mismatch': '和暦「{asWritten}」と ISO の日付「{iso}」が一致しません。',
  'era-out-of-range': '「{asWritten}」は{era}の期間（{range}）にない日付です。元号と年を確かめてください。',
  'date-unreadable': '「{asWritten}」から日付（例: 令和7年6月20日、2025年6月20日）が読み取れません。',
  'duplicate-id': 'ID「{input}」は {other} 行目でも使われています。この版の中で ID は一つずつにしてください。',
  'duplicate-slug': 'この版の名前（フォルダ名）はすでに使われています。',
  'unknown-clause': '条項 ID「{input}」はこの版の policy.yaml にありません。{hint}',
  'unknown-behaviour': '行為の分類 ID「{input}」は共通の分類（content/shared/behaviours.yaml）にありません。{hint}',
  'unknown-source': '出典 ID「{input}」は edition.yaml の sources にありません。{hint}',
  'unknown-family': '定義の型 ID「{input}」は content/shared/definition-families.yaml にありません。{hint}',
  'unknown-legal': '法令 ID「{input}」は content/shared/legal-references.yaml にありません。{hint}',
  'quote-not-found': '引用「{input}」が、条項「{clause}」の本文に見つかりません。{hint}自治体の文言をそのまま写してください。',
  'stray-markup': '「{input}」は読み仮名 {漢字|よみ} やリンク [文字](#ID) の書き方になっていません。',
  'item-needs-id': '行為の分類（behaviours）を付けた項目には id を付けてください（比較表からリンクするため）。',
  'no-examples': '条項「{input}」には例の箇条書きがありません。例を箇条書きで挙げている条項の ID を書いてください。',
  'unknown-element': '「{input}」は、この版の定義の型（{family}）の要素ではありません。{hint}次のどれかを書いてください: {values}。',
  'duplicate-element': '要素「{input}」の手順が二つあります。要素ごとに一つずつ書いてください。',
  'missing-element': '定義の型（{family}）の要素「{input}」（{label}）の手順がありません。要素ごとに一つずつ書いてください。',
  'element-order': '手順は定義の型の要素の順（{values}）に並べてください。',
  'correction-not-applied': '訂正後の「{input}」が条項の本文にありません（訂正前「{original}」のままか、綴りが違います）。',
  'correction-left-over': '訂正前の「{input}」が条項の本文に残っています。',
  'kept-not-found': '文書の表記のままとした「{input}」が条項の本文にありません。本文の表記どおりに書いてください。',
  'not-a-stage': '「{input}」は対応フローの段階（flow の各段階の id）ではありません。段階（stage）には、対応フローの段階の id を書いてください。',
  'scope-left-out':
    '条項「{clause}」の定めには、対象となる場合「{scope}」があります（{other}）。この項目にも scope を書くか（この項目の対象が違うときは、その対象を書きます）、引用にその言葉を含めてください。対象を書かないと、だれにでも当てはまる定めのように読めてしまいます。',
  'poster-scope-left-out':
    '条項「{clause}」の定めには、対象となる場合「{scope}」があります（edition.yaml の rules の scope）。この行にその言葉を含めるか、すぐ上の見出し（role: heading）にその言葉を書いてください。対象を書かないと、だれにでも当てはまる定めのように読めてしまいます。',
  'bad-slug': 'フォルダ名「{input}」は版の名前に使えません。半角の英小文字・数字・ハイフンで書いてください（例: sakaide）。',
  'reserved-slug': 'フォルダ名「{input}」はサイトのページ（/{input}/）と重なるため、版の名前に使えません。自治体の名前のローマ字などにしてください（例: sakaide）。',
  'range-order': '上限（maxMinutes）は minutes より大きくしてください。',
  'no-front-matter': 'ファイルの先頭に --- で囲んだ項目（question、group、cites）がありません。',
  'empty-answer': '回答の本文がありません。--- の後に回答を書いてください。',
  'unknown-faq-group': 'よくある質問のまとまり ID「{input}」は content/shared/faq-groups.yaml にありません。{hint}',
  'number-not-in-source': '回答の「{input}」は、根拠の条項（cites）の本文にありません。自治体の文書にない数字や規則を書かないでください。',
  'bad-faq-id': 'ファイル名「{input}」は質問の ID に使えません。半角の英小文字・数字・ハイフンで書いてください（例: recording-why.md）。',
  'placeholder-left': '「{input}」はひな形の仮の値です。公開する版（draft: false）では、正しい値に書き換えてください。',
  'guessed-title': '題名「{input}」は、ひな形が自治体の名前から仮に付けたものです。自治体の文書の題名どおりに書き、〔仮の題名〕を消してください。',
  'example-url': '「{input}」は例のためのドメインです。この版を公開する実際の URL を書いてください（正規 URL、サイトマップ、ポスターの QR コードに使われます）。独自のサイトで公開しないなら site を消してください。',
  'cited-unnamed': '条項「{input}」にもその上の条項にも番号や見出しがないため、根拠へのリンクは本文の書き出し{words}と表示されます。文書に番号や見出しがあれば number や title に書き写してください。',
  'revisions-order': '更新履歴は古い順に書いてください（この日付は一つ前より前になっています）。',
  'poster-quote-not-found': '「{input}」が、条項「{clause}」の本文に見つかりません。{hint}自治体の文言をそのまま写すか、文言を変えた理由を reworded に書いてください。',
  'poster-definition-first': '見出し「{input}」は定義を示す言い方（「…とは」）です。行為の例（role: item）より前に、定義の条項（{clause}）の言葉の行を置いてください。',
  'poster-missing-role': '種類「{kind}」のポスターには role: {role} の行が必要です。',
  'poster-not-recording': '条項「{input}」は、edition.yaml で録音の規則や取組（kind: recording）が引用している条項ではありません。録音のお知らせには、自治体が録音すると書いている条項だけを使ってください。',
  'poster-no-pictogram': '行為の分類「{input}」には、共通の分類（content/shared/behaviours.yaml）で絵記号（pictogram）が決められていません。',
  'unknown-pictogram': '絵記号「{input}」は Material Symbols にありません。https://fonts.google.com/icons で名前を確かめてください（例: material-symbols:sports-mma）。',
  'poster-rule-not-stated': '条項「{input}」を根拠とする対応の規則が edition.yaml の rules にありません。窓口での対応のカードには、自治体の文書が定める対応だけを載せてください。',
  'raw-html': '「{input}」は HTML の書き方です。内容に HTML は書けません（ページの中で動くおそれがあるため）。文字だけで書いてください（読み仮名は {漢字|よみ}、条項へのリンクは [文字](#条項ID)）。',
  'unsafe-link': 'リンク先「{input}」は使えません。リンク先は https:// で始まる URL か、条項の #条項ID（例: [対応の時間](#response-time)）にしてください。',
  'source-text-path': '「{input}」は保存した原文のファイル名になっていません。版のフォルダの中の .txt ファイルを、フォルダからの相対パスで書いてください（例: source/policy.txt）。',
  'source-text-missing': '保存した原文「{input}」がありません。版のフォルダに置くか、kept の行を消してください。',
  'text-not-in-source': '「{input}」が原文（{source}）に見つかりません。{where}自治体の文言をそのまま写すか、抽出の誤りを直したのなら corrections に記録してください。',
  'unconfirmed-suggestion': 'npm run import の提案（suggested: true）が確かめられないまま残っています。条項と引用を確かめて suggested の行を消すか、提案ごと消してください。公開する版（draft: false）には残せません。',
  'translation-language': '「{input}」という言語の訳は置けません。translations の下のフォルダーは {values} のどれかにしてください。',
  'translation-unknown-unit': '{section} に「{input}」はありません。{hint}原文の ID（条項の id、FAQ のファイル名など）で書いてください。',
  'translation-not-translated': 'この言語では {section} を訳しません。この項目を消してください。',
  'translation-duplicate-unit': '「{input}」の訳が二つあります。一つにしてください。',
  'translation-missing': '原文にあるこの文の訳がありません。訳を書いてください。',
  'translation-extra': '原文にない項目です。原文の形のとおりに書いてください（npm run translations で雛形を作れます）。',
  'translation-type': '原文の形と違います。ここには{expected}を書いてください。',
  'translation-length': '原文のこの並びは {expected} 項目です。訳も同じ数、同じ順に書いてください。',
  'translation-empty': '訳が空です。原文の文を訳してください。',
  'translation-number': '訳の「{input}」という数は、原文（FAQ では根拠の条項）にありません。原文にない数や規則を書かないでください。',
  fingerprint: '「{input}」は原文の指紋の形ではありません。npm run translations が書く 10 桁の値のままにしてください。',
  custom: '{detail}',
} as const;

export type MessageId = keyof typeof messages;

/** Every message id, for the tests that read all the messages. */
export const MESSAGE_IDS = Object.keys(messages) as MessageId[];

/** Japanese names of fields, shown beside the field path so an author knows what is meant. */
const fieldNames: Record<string, string> = {
  id: 'ID',
  title: '見出し',
  number: '番号',
  body: '本文',
  clauses: '条項',
  city: '自治体',
  name: '名前',
  reading: 'よみがな',
  prefecture: '都道府県',
  code: '全国地方公共団体コード',
  document: '文書',
  kind: '種類',
  dates: '日付',
  event: '日付の種類',
  asWritten: '表記どおりの日付',
  iso: 'ISO 形式の日付',
  signatory: '署名',
  source: '出典',
  sources: '出典',
  definition: '定義',
  family: '定義の型',
  clause: '根拠の条項',
  stance: '基本的な考え方の条項',
  rules: '対応の規則',
  measures: '取組',
  contacts: '連絡先',
  quote: '引用',
  announcement: '告知の文言',
  stage: '段階',
  scope: '対象となる場合',
  caveats: '留意点',
  keptAsWritten: '文書の表記のまま',
  minutes: '分数',
  maxMinutes: '上限の分数',
  basis: '根拠の強さ',
  channels: '対応の場面',
  behaviours: '行為の分類',
  items: '項目',
  text: '文',
  marker: '記号',
  list: '箇条書き',
  note: '注記',
  offences: '罪名の表',
  flow: '対応フロー',
  corrections: '表記の訂正',
  original: '訂正前',
  corrected: '訂正後',
  reason: '理由',
  url: 'URL',
  transcribedFrom: '転記元',
  label: '名前',
  group: '分類のまとまり',
  description: '説明',
  draft: '下書き',
  publication: '掲載についての判断',
  question: '質問',
  revisions: '更新履歴',
  date: '日付',
  summary: '内容',
  cites: '根拠',
  order: '順番',
  theme: 'テーマ',
  site: '公開先',
  base: 'パス',
  accent: 'テーマ色',
  posters: 'ポスター',
  lines: 'ポスターの行',
  role: '行の役割',
  reworded: '文言を変えた理由',
  sizes: '用紙・画面の大きさ',
  behaviour: '絵記号の行為の分類',
  pictogram: '絵記号',
  lang: '言語',
  welcome: '意見や要望についての自治体の言葉',
  steps: '手順',
  element: '定義の要素',
  explanation: '自治体の説明',
  examples: '自治体が挙げる例',
  notes: '自治体の留意点',
  accommodation: '合理的配慮についての自治体の言葉',
  decidedBy: '判断についての自治体の言葉',
  next: 'この後の対応',
  elements: '定義の要素',
  hint: '補足',
  answer: '回答',
  terms: '検索で打たれる言葉',
  means: '方針の言葉',
  kept: '保存した原文',
  format: 'ファイルの種類',
  retrieved: '入手した日',
  suggested: '提案',
  from: '訳した原文の指紋',
  todo: '未翻訳の印',
  faqs: 'よくある質問',
  check: 'これってカスハラ？',
  official: '自治体による翻訳',
};

/** `document.dates[0].iso` */
export function formatPath(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

function fieldLabel(path: Path): string {
  const last = [...path].reverse().find((k): k is string => typeof k === 'string');
  const name = last ? fieldNames[last] : undefined;
  return name ? `（${name}）` : '';
}

export function describeProblem(p: Problem): string {
  // A schema's own message comes as params.detail (schema-issues.ts); a check's as p.detail.
  const params: Record<string, string | number> = { hint: '', detail: '', ...p.params, ...(p.detail !== undefined ? { detail: p.detail } : {}) };
  const template: string = messages[p.message];
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in params ? String(params[key]) : all));
}

/** `content/editions/sakaide/edition.yaml:7 document.dates[0].iso（ISO 形式の日付）: …` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.path.length ? ` ${formatPath(p.path)}${fieldLabel(p.path)}` : '';
  return `${where}${field}: ${describeProblem(p)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Thrown by loaders so a build stops with every problem listed, never half-rendered. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const lines = sortProblems(problems).map(formatProblem);
    super(`内容に ${problems.length} 件の問題があります（Content has ${problems.length} problem(s)）:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
