/**
 * The engine's own words: labels of the interface, never a city's wording.
 * Keys are stable ids; the text is plain Japanese for residents.
 */
import type { EditionFile, Measure, ResponseRule, sourceKinds } from '../schema/index.ts';
import type { Verdict } from './accessibility-report.ts';
import { residentsWord, type MunicipalityWord } from './municipality.ts';

export const ui = {
  siteName: 'お互い（Otagai）',
  siteTagline: '市のカスタマーハラスメント対策を、市の言葉で',
  skipLink: '本文へ移動',
  editionNav: (w: string) => `この${w}のページ`,
  breadcrumbs: '現在の位置',
  home: 'トップ',
  contents: '目次',
  backToContents: '目次へ戻る',
  documentInfo: '文書について',
  documentTitle: '文書名',
  documentDates: '日付',
  noDate: '文書に日付の記載はありません',
  signatory: '署名',
  source: '出典',
  transcribedFrom: '転記元',
  publication: 'この版の掲載方針',
  purpose: 'この方針の考え方',
  rulesSummary: '対応の要点',
  rulesSummaryIntro: (restsOn: string) => `${restsOn}から、対応についての定めを抜き出しました。各項目は根拠の条項にリンクしています。`,
  sections: '方針の内容',
  sectionsIntro: '方針の全文のうち、次の部分を読むことができます。',
  readWholePolicy: '方針の全文を読む',
  measuresSummary: (w: string) => `${w}の取組`,
  measuresSummaryIntro: (restsOn: string) => `窓口での対応のほかに、${restsOn}が挙げている取組です。`,
  /** A page resting partly on a third party's report says whose words those are. */
  thirdPartyNote: (names: string, city: string) =>
    `${names}の言葉は、第三者が${city}の取組を紹介したものです。${city}自身が定めた文書ではないため、記述の時制（「…した」など）や対象の範囲は、その記述のままにしています。`,
  /** What a page rests on, built from the sources of the clauses it cites: own documents by name, a third party's report as such. */
  restsOn: (city: string, own: string[], reported: string[]) =>
    [own.length > 0 ? `${city}の${joinAnd(own)}` : '', ...reported.map((name) => `${city}の取組を記した${name}`)].filter(Boolean).join('と、'),
  editionLead: (city: string, prefecture: string, kind: string, w: string) => `${prefecture}${city}が定めた${kind}を、${w}の文言のまま掲載しています。`,
  citedFrom: '根拠',
  faqIntro: (restsOn: string) => `${restsOn}に書かれていることだけをもとに答えています。各回答の下に、根拠となる文書の箇所へのリンクがあります。`,
  faqSource: (names: string[]) => `出典：${names.join('、')}`,
  allFaqs: (city: string) => `${city}のよくある質問の一覧へ`,
  readClause: '根拠の条項を読む',
  clauseSource: 'この部分の出典',
  corrections: '表記の訂正',
  correctionNote: (original: string, corrected: string) => `転記元の「${original}」を「${corrected}」と訂正しました。`,
  keptAsWritten: '文書の表記のまま',
  ruleStage: '段階',
  ruleScope: '対象となる場合',
  ruleCaveats: '留意点',
  omitted: '掲載していない内容',
  flowStep: { stage: '対応', decision: '判断' },
  flowWhen: 'いつ',
  flowDecidedBy: '誰が判断するか',
  flowActions: '行うこと',
  flowPoints: 'ポイント',
  flowCautions: '留意すること',
  flowClosing: '対応の終了後',
  flowDetail: (step: string) => `「${step}」の詳しい説明へ`,
  editions: '公開している市',
  editionsIntro: '各市の方針を、その市の言葉のまま掲載しています。市ごとに内容は異なります。',
  notStated: '文書に定めはありません',
  westernCalendar: '西暦',
  postersIntro: (restsOn: string) => `${restsOn}の言葉だけで作った、窓口などに掲示できるポスターです。どの行も、各ポスターの「ポスターの文言と根拠」から文書の箇所を確かめられます。`,
  postersPrint: (has: { desk: boolean; screen: boolean }) =>
    [
      `PDF は A4・A3 の縦${has.desk ? '（窓口に置く卓上カードは A5 の縦）' : ''}で、用紙の端から 7 mm の余白をとってあります。プリンターで「実際のサイズ」を選んで印刷してください。PDF の文字は選択や読み上げができます。`,
      has.screen ? 'デジタルサイネージ用の PNG は、画面の大きさ（1920 × 1080 または 1080 × 1920 ピクセル）のまま表示してください。' : '',
    ].join(''),
  postersNoQr: (site: string) =>
    `このサイトのアドレス（${site}）は仮のものなので、ポスターには QR コードを載せていません。公開先のアドレスでビルドすると、方針の全文のページへの QR コードが入ります。`,
  posterLayout: { message: 'レイアウト：呼びかけ（場面ごとの絵記号と言葉）', list: 'レイアウト：一覧' },
  posterDownloads: 'ダウンロード',
  posterWording: 'ポスターの文言と根拠',
  posterReworded: '文書と文言を変えた理由',
  print: '印刷して読む場合は、ブラウザの印刷機能をお使いください（A4 に収まるよう整えてあります）。',
  firstPublished: '初版公開',
  lastRevised: '最終更新',
  draftBanner: (w: string) => `この版は下書きです（公開前の確認用）。内容は${w}の確認を経ていません。`,
  notYetPublished: 'まだ公開されていません（下書き）',
  historyIntro: (city: string, w: string) => `このサイトでの${city}の版の更新履歴です。${w}の文書そのものの改定は、文書の日付と出典をご覧ください。`,
  feed: '更新履歴のフィード（Atom）',
  /** The title feed readers show for an edition's feed, from the <link rel="alternate"> of its pages. */
  feedTitle: (city: string) => `${city}の版の更新履歴（Atom）`,
  openData: 'オープンデータ',
  openDataNote: 'この版の全体を構造化データ（JSON）で提供しています。',
  schema: 'データの形式（JSON Schema）',
  footerAbout: 'このサイトは、各市が公表したカスタマーハラスメント対策の文書を、市の文言のまま読みやすく掲載するものです。判断や対応を行うのは各市です。',
} as const;

/** Each page's meta description (search engines and link previews show it). */
export const pageDescriptions = {
  home: (city: string, document: string) => `${city}の${document}`,
  policy: (city: string, document: string) => `${city}の${document}の全文`,
  faq: (restsOn: string) => `${restsOn}に基づく、よくある質問と回答`,
  faqItem: (city: string, question: string) => `${city}のよくある質問：${question}`,
  posters: (restsOn: string) => `${restsOn}から作った、印刷できるポスター`,
  history: (city: string) => `${city}の版の更新履歴`,
  accessibility: (city: string) => `${city}の版のウェブアクセシビリティ方針と試験結果`,
  search: '各市のカスタマーハラスメント対策の方針とよくある質問を検索します。',
};

/** The page for an address that does not exist. */
export const notFoundText = {
  title: 'ページが見つかりません',
  description: 'お探しのページは見つかりませんでした。',
  body: 'お探しのページは、移動したか、削除された可能性があります。',
  findFrom: 'から探してください。',
};

/** The national front page: editions by prefecture, by reading, and a filter the page script adds. */
export const frontPageText = {
  byPrefecture: '都道府県から探す',
  byReading: '読み（五十音）から探す',
  readingRow: (kana: string) => `${kana}行`,
  toTop: '都道府県の一覧へ戻る',
  filterLabel: '名前か読みで絞り込む',
  filterHint: '漢字でも、ひらがなの読みでも探せます（例：おだわら）。',
  /** Announced to screen readers; {count} is filled in by the page script. */
  filterFound: '{count} 自治体が見つかりました',
  filterNone: '見つかりませんでした。名前か、ひらがなの読みを確かめてください。',
} as const;

/** Comparing a chosen set of editions: a prefecture's page, and the chooser on /compare/. */
export const compareSetText = {
  prefectureTitle: (prefecture: string) => `${prefecture}の自治体の対策を比べる`,
  prefectureDescription: (prefecture: string) => `${prefecture}の自治体のカスタマーハラスメント対策の文書を、定義の型、挙げている行為、対応の定めで比べます。`,
  prefectureLead: 'どの自治体がどの定義の型をとり、どの行為を挙げ、どの対応を定めているかを一覧にしました。名前は、その自治体の文書の根拠の箇所にリンクしています。',
  listedBy: (n: number, of: number) => `${n} / ${of} 自治体`,
  byPrefecture: '都道府県ごとに比べる',
  chooser: '自治体を選んで比べる',
  chooserIntro: '比べたい自治体にチェックを入れてください。それぞれの文書の言葉を、分類ごとに並べて表示します。',
  chooserNoScript: '自治体を選んで比べるには JavaScript が必要です。JavaScript を使わない場合は、都道府県ごとの比較のページをご覧ください。',
  chooserButton: 'この自治体を比べる',
  chooserStatus: '{count} 自治体を比べています',
  chooserLoading: 'データを読み込んでいます',
  chooserNone: '自治体を一つ以上選んでください。',
  prefectureLink: (prefecture: string, n: number) => `${prefecture}（${n} 自治体）`,
} as const;

export const searchText = {
  title: '検索',
  intro: '知りたいことを、ふだんのことばで入力してください（例：録音、土下座、何分まで）。',
  label: '調べたいことば',
  cityLabel: '自治体',
  allCities: 'すべての自治体',
  button: '検索',
  editionLabel: (w: string) => `この${w}の方針を検索`,
  noScript: '検索には JavaScript が必要です。JavaScript を使わない場合は、各市の「よくある質問」の一覧から探してください。',
  /** Announced to screen readers; {query} and {count} are filled in by the page script. */
  found: '「{query}」の検索結果：{count}件',
  /** No page has every word typed: pages with some of them. */
  partial: '「{query}」のことばをすべて含むページはありませんでした。一部のことばを含むページ：{count}件',
  /** Before the words a partial result contains. */
  matchedWords: '含まれることば：',
  /** None of the words typed occurs in any page searched. */
  none: '「{query}」のことばを含むページは見つかりませんでした。ことばを変えるか、よくある質問の一覧からお探しください。',
  /** Heading of the FAQ lists shown with "none". */
  faqLists: 'よくある質問の一覧',
  /** Before a clause result's document and section. */
  clauseOf: '条項',
} as const;

export const a11yText = {
  title: 'ウェブアクセシビリティ方針と試験結果',
  policyHeading: 'ウェブアクセシビリティ方針',
  scopeLabel: '対象範囲',
  scope: (city: string, root: string) => `このサイトの${city}の版のページ（${root} 以下）`,
  targetLabel: '目標とする適合レベル',
  target: 'JIS X 8341-3:2016 の適合レベル AA に準拠することを目標とします。あわせて WCAG 2.2 のレベル AA の達成基準も試験します。',
  operatorLabel: '運営',
  operator: (w: string) => `このページはサイトの運営者が作成しています。${w}の文書の内容についての問い合わせ先ではありません。`,
  resultsHeading: '試験結果',
  notAClaim: 'この結果は、ページをブラウザーで開いて行った自動試験の結果です。人による確認を含まないため、JIS X 8341-3:2016 への「準拠」や「一部準拠」を表明するものではありません。「問題なし（自動試験）」は自動試験で問題が見つからなかったこと、「該当なし（自動試験）」は試験の対象になる要素がページになかったことを示します。自動試験では確かめられない達成基準は「自動試験の対象外」としています。',
  noResults: 'この版の自動試験の結果はまだありません。',
  testedOn: '試験日',
  commit: '試験した版（コミット）',
  dirtyCommit: '（コミット前の変更を含む）',
  recordStale: (date: string) =>
    `この結果は、${date}に試験した時点のページについてのものです。その後、この版のページの内容またはサイトの仕組みが変わっているため、現在のページの試験結果ではありません。`,
  tools: '試験に使ったツール',
  pagesTested: '試験したページ',
  pagesCount: (n: number) => `${n}ページ（サイト全体の自動試験のうち、この版のページすべて）`,
  summary: '結果の概要',
  summaryCounts: (c: Record<Verdict, number>) =>
    `問題あり ${c.problems} 件、問題なし（自動試験）${c['no-problems-found']} 件、該当なし（自動試験）${c['not-applicable']} 件、自動試験の対象外 ${c.untested} 件`,
  tableCaption: '達成基準ごとの自動試験の結果',
  colCriterion: '達成基準',
  colLevel: 'レベル',
  colResult: '結果',
  colMethod: '試験の方法',
  laterStandard: '（WCAG 2.1/2.2 の基準）',
  verdict: { problems: '問題あり', 'no-problems-found': '問題なし（自動試験）', 'not-applicable': '該当なし（自動試験）', untested: '自動試験の対象外' },
  manualOnly: '人による確認が必要',
  method: (m: string) =>
    (({ structure: 'ページの言語とスキップリンクの確認', keyboard: 'キーボード操作とフォーカス表示の確認', reflow: '幅 320px での表示の確認', textResize: '文字サイズ 200% での表示の確認', forcedColours: '強制カラーモードの確認', htmlValid: 'HTML の構文検査（html-validate）' }) as Record<string, string>)[m] ?? `axe-core: ${m}`,
  pageListHeading: '試験したページの一覧',
} as const;

export const pageLabels = {
  home: 'この市の対策', // on an edition's pages: pageLabel('home', w)
  policy: '方針の全文',
  faq: 'よくある質問',
  posters: 'ポスター',
  check: 'これってカスハラ？',
  history: '更新履歴',
  accessibility: 'ウェブアクセシビリティ',
} as const;

/** A page's name in an edition's navigation, in the word its own government goes by. */
export const pageLabel = (page: keyof typeof pageLabels, w: string) => (page === 'home' ? `この${w}の対策` : pageLabels[page]);

export const ruleKindLabels: Record<ResponseRule['kind'], string> = {
  'time-limit': '対応時間',
  recording: '録音',
  'filming-ban': '撮影・録音の禁止',
  'multiple-staff': '複数の職員での対応',
  warning: '警告',
  'end-response': '対応の終了・中止',
  'leave-premises': '退去',
  police: '警察への通報・連携',
  lawyer: '弁護士への相談',
  safety: '職員の安全確保',
  'meeting-place': '面談の場所',
  'sns-takedown': 'SNS等への投稿への対応',
  'legal-action': '法的な対応',
  other: 'その他の対応',
};

export const measureKindLabels: Record<Measure['kind'], string> = {
  poster: '啓発ポスター',
  manual: '対応マニュアル',
  training: '職員研修',
  'name-badge': '名札（記名章）',
  recording: '録音',
  'staff-care': '職員のケア',
  'consultation-desk': '相談窓口',
  'security-camera': '防犯カメラ',
  'public-notice': '市民への周知', // on an edition's pages: measureLabel('public-notice', w)
  'case-sharing': '事案の共有',
  'support-system': 'サポート体制',
  'expert-cooperation': '専門機関との連携',
};

/** A measure's name on an edition's pages: 市民への周知 of a city, 町民への周知 of a town. */
export const measureLabel = (kind: Measure['kind'], w: MunicipalityWord) => (kind === 'public-notice' ? `${residentsWord(w)}への周知` : measureKindLabels[kind]);

export const basisLabels = {
  rule: undefined,
  principle: '原則',
  guide: '目安',
  'as-needed': '必要に応じて',
} as const;

/** What a source is, named beside every citation of its clauses (sources.ts). */
export const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = {
  'basic-policy': '基本方針',
  'response-guideline': '対応指針',
  measures: '取組の一覧',
  poster: '啓発ポスター',
  'case-study': '事例紹介',
};

/** 「A」、「B」と「C」 */
function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}と${items.at(-1)}`;
}

export const documentKindLabels: Record<EditionFile['document']['kind'], string> = {
  'basic-policy': '基本方針',
  'basic-guideline': '基本指針',
  'response-policy': '対応方針',
  'response-guideline': '対応指針',
  guideline: '指針',
  outline: '要綱',
  manual: '対応マニュアル',
  declaration: '宣言',
  ordinance: '条例',
  measures: '対策',
};

export const dateEventLabels = {
  dated: '文書の日付',
  established: '策定',
  published: '公表',
  revised: '改定',
  effective: '施行',
  updated: '更新',
} as const;
