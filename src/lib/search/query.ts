/**
 * The query layer between what a resident types and Pagefind. Residents write カスハラ, ぼうげん,
 * ＳＮＳ or 電話は何時間まで続けていいの; policies write カスタマーハラスメント, 暴言, SNS, 時間.
 * A query becomes an ordered list of attempts: the query as typed (normalised, with everyday
 * words replaced by the policy's words), then its content words, then each word on its own.
 * Attempts after the first run only while results are sparse.
 */
import { normalizeText } from './normalize.ts';

export interface GlossaryEntry {
  id: string;
  /** What residents type (any script; matched after NFKC and lower-casing). */
  terms: string[];
  /** The words the policies use for it. */
  means: string[];
}

export interface QueryPlan {
  normalized: string;
  /** Policy words the glossary found in the query. */
  expansions: string[];
  /** Content words of the query, glossary terms replaced. */
  keywords: string[];
  /** What to ask Pagefind, in order. */
  attempts: string[];
}

/** Kana and punctuation that carry grammar, not meaning: where a query splits into words. */
const BREAKS = /[\s、。，．,.!?！？「」『』（）()・…~〜ー-]+|(?:って|ですか|ますか|でしょうか|のですか|んですか|ください|とは|には|では|から|まで|より|など|けど|のに|いいの|いい|だめ|ダメ|ても|でも|たら|れば|されたら|された|される|させ|する|した|して|しても|[はがをにでとのもへやかねよな])+/g;

const CONTENT_RUN = /[\p{Script=Han}々〆ヵヶ]+[ぁ-ゖ]{0,1}|[ァ-ヺー]{2,}|[a-z0-9]{2,}|[ぁ-ゖ]{3,}/gu;

function sortLongestFirst(entries: GlossaryEntry[]) {
  return entries
    .flatMap((e) => e.terms.map((t) => ({ term: normalizeText(t), entry: e })))
    .sort((a, b) => b.term.length - a.term.length);
}

export function planQuery(raw: string, glossary: GlossaryEntry[]): QueryPlan {
  const normalized = normalizeText(raw).trim();
  let rewritten = normalized;
  const expansions: string[] = [];
  for (const { term, entry } of sortLongestFirst(glossary)) {
    if (!term || !rewritten.includes(term)) continue;
    rewritten = rewritten.split(term).join(` ${entry.means[0]} `);
    for (const word of entry.means) if (!expansions.includes(word)) expansions.push(word);
  }
  const pieces = rewritten.split(BREAKS).filter(Boolean);
  const keywords: string[] = [];
  for (const piece of pieces) {
    for (const word of piece.match(CONTENT_RUN) ?? []) {
      const w = word.replace(/[ぁ-ゖ]$/u, (k) => (word.length > 2 ? '' : k));
      if (w.length >= 2 && !keywords.includes(w)) keywords.push(w);
    }
  }
  const attempts: string[] = [];
  const add = (q: string) => {
    const t = q.trim().replace(/\s+/g, ' ');
    if (t && !attempts.includes(t)) attempts.push(t);
  };
  add(keywords.join(' '));
  add(expansions.join(' '));
  for (const word of [...expansions, ...keywords]) add(word);
  if (attempts.length === 0) add(normalized);
  return { normalized, expansions, keywords, attempts };
}

export interface RankedHit<T> {
  key: string;
  hit: T;
}

/**
 * Runs the attempts in order against a search function, merging hits by first appearance,
 * and stops once `enough` distinct hits are found.
 */
export async function runPlan<T>(plan: QueryPlan, search: (query: string) => Promise<RankedHit<T>[]>, enough = 5): Promise<T[]> {
  const seen = new Map<string, T>();
  for (const attempt of plan.attempts) {
    for (const { key, hit } of await search(attempt)) if (!seen.has(key)) seen.set(key, hit);
    if (seen.size >= enough) break;
  }
  return [...seen.values()];
}
