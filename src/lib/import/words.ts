/** How the import compares and cuts Japanese text. */

/** Widths and spaces aside (NFKC: （１） is (1), ＳＮＳ is SNS): for comparing words, never for writing them. */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Words a heading can stand alone as, with no marker: a document's conventional sections. */
export const STANDALONE_HEADINGS = new Set(['はじめに', 'おわりに', '附則', '付則', '別表', '別紙', '資料', '資料集', '参考', '参考資料', '関連資料', '関連・参考資料']);

const OPEN = '「『（(【［';
const CLOSE = '」』）)】］';

/** The sentences of a text: split after 。 outside brackets (「…ください。」と説明し… is one sentence). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth += 1;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if ((ch === '。' || ch === '．') && depth === 0) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}
