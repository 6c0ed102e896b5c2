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
  /** What the query asks about: each concept is the set of words that say it (a glossary entry's terms and meanings, or one keyword). */
  concepts: string[][];
  /** What to ask Pagefind, in order. */
  attempts: string[];
}

/** Kana and punctuation that carry grammar, not meaning: where a query splits into words. */
const BREAKS = /[\s、。，．,.!?！？「」『』（）()・…~〜-]+|(?:って|ですか|ますか|でしょうか|のですか|んですか|ください|とは|には|では|から|まで|より|など|けど|のに|いいの|いい|だめ|ダメ|ても|でも|たら|れば|されたら|された|される|させ|する|した|して|しても|[はがをにでとのもへやかねよな])+/g;

const CONTENT_RUN = /[\p{Script=Han}々〆ヵヶ]+[ぁ-ゖ]{0,1}|[ァ-ヺー]{2,}|[a-z0-9]{2,}|[ぁ-ゖ]{3,}/gu;

/** Words of a title that explains what something is. */
const DEFINING = ['とは', '定義'];

function sortLongestFirst(entries: GlossaryEntry[]) {
  return entries
    .flatMap((e) => e.terms.map((t) => ({ term: normalizeText(t), entry: e })))
    .sort((a, b) => b.term.length - a.term.length);
}

export function planQuery(raw: string, glossary: GlossaryEntry[]): QueryPlan {
  const normalized = normalizeText(raw).trim();
  let rewritten = normalized;
  const expansions: string[] = [];
  const concepts: string[][] = [];
  for (const { term, entry } of sortLongestFirst(glossary)) {
    if (!term || !rewritten.includes(term)) continue;
    rewritten = rewritten.split(term).join(` ${entry.means[0]} `);
    for (const word of entry.means) if (!expansions.includes(word)) expansions.push(word);
    concepts.push([...entry.terms, ...entry.means].map(normalizeText));
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
  const conceptWords = new Set(concepts.flat());
  for (const k of keywords) if (!conceptWords.has(normalizeText(k))) concepts.push([normalizeText(k)]);
  // A word on its own (カスハラ, 録音) asks what it is: a title that defines it answers best.
  const bare = normalized.replace(/[\s?？!！。、]/g, '');
  if (concepts.length === 1 && concepts[0]!.includes(bare)) concepts.push(DEFINING);
  return { normalized, expansions, keywords, concepts, attempts };
}

export interface Candidate {
  url: string;
  /** The page's title (an FAQ's question). */
  title: string;
  /** Page type from the page's search meta: faq, policy, home. */
  type?: string | undefined;
}

/**
 * Runs the attempts in order against a search function, merging hits by first appearance,
 * and stops once `enough` distinct hits are found; then ranks them for a resident: a page whose
 * title (an FAQ's question) says what was asked comes first, a direct answer before the full text.
 */
export async function runPlan<T extends Candidate>(plan: QueryPlan, search: (query: string) => Promise<T[]>, enough = 10): Promise<T[]> {
  const seen = new Map<string, T>();
  for (const attempt of plan.attempts) {
    for (const hit of await search(attempt)) if (!seen.has(hit.url)) seen.set(hit.url, hit);
    if (seen.size >= enough) break;
  }
  return rankHits([...seen.values()], plan);
}

const TYPE_WEIGHT: Record<string, number> = { faq: 1, policy: 0.3, home: 0 };

export function rankHits<T extends Candidate>(hits: T[], plan: QueryPlan): T[] {
  const score = (hit: T, order: number) => {
    const title = normalizeText(hit.title);
    const said = plan.concepts.map((words) => words.filter((w) => title.includes(w)).sort((a, b) => b.length - a.length)[0]).filter((w): w is string => !!w);
    // How much of the title is what was asked: "カスタマーハラスメントとは" over "…を求めるとカスタマーハラスメントになりますか".
    const coverage = said.reduce((n, w) => n + w.length, 0) / Math.max(title.length, 1);
    return said.length * 2 + coverage + (TYPE_WEIGHT[hit.type ?? ''] ?? 0) + 1 / (1 + order);
  };
  return hits
    .map((hit, order) => ({ hit, s: score(hit, order) }))
    .sort((a, b) => b.s - a.s)
    .map((x) => x.hit);
}
