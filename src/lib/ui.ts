/**
 * The engine's own words: labels of the interface, never a city's wording.
 * Keys are stable ids; the text is plain Japanese for residents.
 */
import type { Measure, ResponseRule } from '../content.config.ts';

export const ui = {
  siteName: 'お互い（Otagai）',
  siteTagline: '市のカスタマーハラスメント対策を、市の言葉で',
  skipLink: '本文へ移動',
  editionNav: 'この市のページ',
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
  rulesSummaryIntro: '市の文書から、対応についての定めを抜き出しました。各項目は根拠の条項にリンクしています。',
  sections: '方針の内容',
  sectionsIntro: '方針の全文のうち、次の部分を読むことができます。',
  readWholePolicy: '方針の全文を読む',
  measuresSummary: '市の取組',
  measuresSummaryIntro: '窓口での対応のほかに、市の文書が挙げている取組です。',
  editionLead: (city: string, prefecture: string, kind: string) => `${prefecture}${city}が定めた${kind}を、市の文言のまま掲載しています。`,
  citedFrom: '根拠',
  faqIntro: (city: string, document: string) => `${city}の「${document}」に書かれていることだけをもとに答えています。各回答の下に、根拠となる文書の箇所へのリンクがあります。`,
  faqSource: (document: string) => `根拠（${document}）`,
  allFaqs: (city: string) => `${city}のよくある質問の一覧へ`,
  readClause: '根拠の条項を読む',
  clauseSource: 'この部分の出典',
  corrections: '表記の訂正',
  correctionNote: (original: string, corrected: string) => `転記元の「${original}」を「${corrected}」と訂正しました。`,
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
  postersIntro: (city: string) => `${city}の文書の言葉だけで作った、窓口などに掲示できるポスターです。どの行も、各ポスターの「ポスターの文言と根拠」から文書の箇所を確かめられます。`,
  postersPrint: 'PDF は A4 または A3 の縦で、用紙の端から 7 mm の余白をとってあります。プリンターで「実際のサイズ」を選んで印刷してください。',
  posterDownloads: 'ダウンロード',
  posterWording: 'ポスターの文言と根拠',
  posterReworded: '文書と文言を変えた理由',
  print: '印刷して読む場合は、ブラウザの印刷機能をお使いください（A4 に収まるよう整えてあります）。',
  footerAbout: 'このサイトは、各市が公表したカスタマーハラスメント対策の文書を、市の文言のまま読みやすく掲載するものです。判断や対応を行うのは各市です。',
} as const;

export const pageLabels = {
  home: 'この市の対策',
  policy: '方針の全文',
  faq: 'よくある質問',
  posters: 'ポスター',
  check: 'これってカスハラ？',
} as const;

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
  'public-notice': '市民への周知',
  'case-sharing': '事案の共有',
  'support-system': 'サポート体制',
  'expert-cooperation': '専門機関との連携',
};

export const basisLabels = {
  rule: undefined,
  principle: '原則',
  guide: '目安',
  'as-needed': '必要に応じて',
} as const;

export const documentKindLabels = {
  'basic-policy': '基本方針',
  'response-guideline': '対応指針',
} as const;

export const dateEventLabels = {
  dated: '文書の日付',
  established: '策定',
  published: '公表',
  revised: '改定',
  effective: '施行',
} as const;
