/**
 * The engine's words on /compare/ (like ui.ts: labels of the interface, never a city's wording).
 * Kept in their own module so parallel work on ui.ts merges cleanly.
 */
import type { BehaviourKind } from '../schema/index.ts';

export const compareUi = {
  pageLabel: '市ごとの違い',
  title: '市ごとの違いを比べる',
  description: '公開している各市のカスタマーハラスメント対策の文書を、定義、挙げている行為、対応の定めで比べます。',
  lead: 'このサイトで公開している各市の文書を、定義、挙げている行為、対応の定めの三つの面から並べました。表の中の言葉は各市の文書の言葉で、根拠の箇所にリンクしています。',
  caution:
    '定めは市ごとに異なります。ある市の定めが、ほかの市にも当てはまるわけではありません。「記載なし」は、その市の文書に記載がないことを表します。ほかの市の定めで補ってはいません。',
  linkFromIndex: '市ごとの違いを比べる（定義、挙げている行為、対応の定め）',
  definitions: '定義の型と各市の定義',
  definitionsIntro: '各市の定義は、次のいずれかの型に沿っています。型の説明はこのサイトによる要約で、定義は各市の文書の言葉のままです。',
  familyElements: 'この型の要素',
  definitionOf: (city: string) => `${city}の定義`,
  behaviours: '各市が挙げている行為',
  behavioursIntro:
    'カスタマーハラスメントに当たる行為の例として各市が挙げているものを、このサイトの共通の分類（行の見出し）ごとに並べました。表の中は各市の文書の言葉で、根拠の箇所にリンクしています。',
  notListedMeaning:
    '表の「記載なし」は、その市の文書がその行為を例として挙げていないことを表すだけです。その市でカスタマーハラスメントに当たらないという意味ではありません。当たるかどうかは、各市が自らの定義に照らして判断します。',
  onlyOne: '一つの市だけが挙げている行為',
  onlyOneIntro: '次の分類は、一つの市の文書だけが例に挙げています（表では「1市のみ」と示しています）。',
  onlyOneBadge: '1市のみ',
  groups: { demand: '要求の内容に関するもの', means: '要求の手段・態様に関するもの' } satisfies Record<BehaviourKind['group'], string>,
  behaviourColumn: '分類',
  notListed: '記載なし',
  unlisted: (labels: string[]) => `どの市も挙げていない分類：${labels.join('、')}`,
  scrollHint: '表が画面に収まらない場合は、表の中を横にスクロールできます。',
  rules: '対応の定め',
  rulesIntro:
    '各市の文書が定める対応を、項目ごとに並べました。「」の中は各市の文書の言葉で、段階・対象となる場合・留意点も文書の言葉です。太字の部分（時間の長さ、録音する場面）と（）の中の「原則」「目安」などは、このサイトによる整理です。根拠のリンクは、その言葉がどの文書のものかを示します。「事例紹介」は第三者が取組を紹介した文書で、その自治体自身の定めではありません。',
  topics: {
    'time-limit': '対応時間',
    recording: '録音',
    filming: '庁舎での撮影・録音の禁止',
    police: '警察への通報・連携',
    lawyer: '弁護士への相談・法的な対応',
    'decided-by': '誰が判断するか',
  },
  cityColumn: '市',
  summaryColumn: '要点',
  wordsColumn: '市の文書の言葉',
  noLength: '時間の長さの記載なし',
  afterDeadlock: (length: string) => `こう着状態になってから${length}`,
  channels: { phone: '電話', counter: '窓口', interview: '面談', email: 'メール', visit: '訪問' } as Record<string, string>,
  announcement: '録音の告知',
  readEdition: (city: string) => `${city}の対策のページへ`,
  json: '同じ内容のデータ（JSON）',
  jsonDescription:
    'お互い（Otagai）が公開している各市のカスタマーハラスメント対策の比較。text と quote は各市の文書の言葉、url は根拠の条項。空の配列は、その市の文書に記載がないことを表す。',
} as const;
