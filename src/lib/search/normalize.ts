/** Japanese sentence punctuation NFKC would turn into ASCII (？ → ?), which search excerpts then show. */
const JAPANESE_PUNCTUATION = /[^？！（）：；，．]+/g;

/** NFKC on everything but Japanese sentence punctuation: that carries no search meaning either way. */
const nfkc = (text: string) => text.replace(JAPANESE_PUNCTUATION, (run) => run.normalize('NFKC'));

/**
 * One normal form for indexed text and typed queries: NFKC (ＳＮＳ → SNS, １時間 → 1時間,
 * half-width kana → full width) and lower case, so residents find what they type however they type it.
 */
export const normalizeText = (text: string) => nfkc(text).toLowerCase();

const ESCAPE: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * NFKC on the text of an HTML page, never on its markup: tags and entities are kept as they
 * are, and any < > & that normalisation produces (from ＜ ＞ ＆) is escaped again.
 */
export function normalizeHtmlText(html: string): string {
  return html
    .split(/(<[^>]*>|&[#a-z0-9]+;)/i)
    .map((part, i) => (i % 2 === 1 ? part : nfkc(part).replace(/[<>&]/g, (c) => ESCAPE[c]!)))
    .join('');
}
