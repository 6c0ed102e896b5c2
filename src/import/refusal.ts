/** Why a file cannot be imported, in words a city web team can act on. */
const reasons = {
  'no-file': 'ファイルを指定してください。例: npm run import -- 方針.pdf --slug sakaide --name 坂出市',
  missing: 'ファイル「{detail}」が見つかりません。パスを確かめてください。',
  unreadable: 'ファイルを読めませんでした（{detail}）。壊れていないか、別の形式で保存し直せないか確かめてください。',
  unsupported: '「{detail}」の形式は読み込めません。PDF（.pdf）、ウェブページ（.html）、Word（.docx）、テキスト（.txt、.md）のどれかにしてください。古い Word 形式（.doc）は .docx で保存し直してください。',
  'pdf-password': 'この PDF にはパスワードが掛かっていて読めません。パスワードを外した PDF を用意してください。',
  'pdf-no-text': 'この PDF には文字の情報（テキスト層）がありません。紙をスキャンした画像だけの PDF は読み込めません。文字を選択・コピーできる PDF か、ウェブページ・Word の版を用意してください。',
  'not-utf8': 'テキストの文字コードを読み取れませんでした。UTF-8 で保存し直してください。',
  empty: 'ファイルから文字を読み取れませんでした（{detail}）。',
} as const;

export type RefusalReason = keyof typeof reasons;

export class ImportRefusal extends Error {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, detail = '') {
    super(reasons[reason].replace('{detail}', detail));
    this.name = 'ImportRefusal';
    this.reason = reason;
  }
}
