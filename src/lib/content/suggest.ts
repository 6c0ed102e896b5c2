/**
 * Help for an author who wrote an id or a quote that does not resolve: the nearest valid ids
 * (edit distance), and where a quote stops matching its clause.
 */
import { distance } from 'fastest-levenshtein';
import { foundPrefix } from '../source-text.ts';

/** Lists up to this many ids in full; a longer list shows the nearest ones only. */
const LIST_ALL = 30;
const NEAREST = 5;

/** The valid ids nearest to `input`, closest first (ties in the order given). */
export function nearestIds(input: string, valid: readonly string[], count = NEAREST): string[] {
  return [...new Set(valid)]
    .map((id, i) => ({ id, i, d: distance(input, id) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.id);
}

/**
 * 「もしかして「intimidation」ですか？ 使える ID: …」: a suggestion when one id is plainly the one
 * meant (at most a third of its letters differ), then the valid ids (all of them, or the nearest).
 */
export function idHint(input: string, valid: readonly string[]): string {
  const ids = [...new Set(valid)];
  if (ids.length === 0) return '';
  const [best] = nearestIds(input, ids, 1);
  const close = best !== undefined && distance(input, best) <= Math.max(2, Math.floor(best.length / 3));
  const guess = close ? `もしかして「${best}」ですか？ ` : '';
  const list = ids.length <= LIST_ALL ? `使える ID: ${ids.join('、')}` : `近い ID: ${nearestIds(input, ids).join('、')}（全 ${ids.length} 件）`;
  return `${guess}${list}。`;
}

/** For a list of allowed values (one-of): the suggestion only, when one is plainly meant. */
export function valueGuess(input: string, values: readonly string[]): string {
  const [best] = nearestIds(input, values, 1);
  return best !== undefined && best !== input && distance(input, best) <= Math.max(2, Math.floor(best.length / 3)) ? `もしかして「${best}」ですか？` : '';
}

const excerpt = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Where a quote (whitespace removed) stops matching the clause's words (whitespace removed): the
 * longest start of the quote found in the clause, and what the quote and the clause say next.
 * Says so when the quote matches once widths (全角・半角) are made the same.
 */
export function quoteMismatch(quote: string, text: string): string {
  const wide = (s: string) => s.normalize('NFKC');
  if (wide(text).includes(wide(quote))) return '全角・半角の違いがあります（数字や記号は、自治体の文書と同じ幅で書いてください）。';
  const lo = foundPrefix(text, quote);
  if (lo === 0) return `引用の最初の字「${quote[0]}」から本文と一致しません（本文の書き出し:「${excerpt(text, 20)}」）。`;
  const prefix = quote.slice(0, lo);
  const at = text.indexOf(prefix) + lo;
  const next = text.slice(at, at + 12);
  const shown = prefix.length > 20 ? `…${prefix.slice(-20)}` : prefix;
  return `「${shown}」までは本文と一致します。その後、引用は「${excerpt(quote.slice(lo), 12)}」、本文は「${next ? excerpt(text.slice(at), 12) : '（ここで終わり）'}」です。`;
}
