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
  /** The glossary's other concepts, which the query did not ask about. */
  others: string[][];
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

/** Particles after which a new word starts even in kana (あいつをくびに, それはむり). */
const PARTICLE = /[をがはにでとものへ]/u;

/** A short kana term must start a word: とは in カスハラとは, not in ことはある. */
function startsWord(text: string, at: number, term: string): boolean {
  if (at === 0 || term.length > 2 || !/^[ぁ-ゖ]+$/u.test(term)) return true;
  const before = text[at - 1]!;
  return !/[ぁ-ゖ]/u.test(before) || PARTICLE.test(before);
}

/**
 * Glossary terms found in the query, longest first and never overlapping, so a policy word put
 * in for one term (クビ → 処罰) is never matched again by another (罰).
 */
function findTerms(text: string, glossary: GlossaryEntry[]) {
  const taken = new Array<boolean>(text.length).fill(false);
  const found: Array<{ at: number; term: string; entry: GlossaryEntry }> = [];
  for (const { term, entry } of sortLongestFirst(glossary)) {
    if (!term) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (taken.slice(at, at + term.length).some(Boolean) || !startsWord(text, at, term)) continue;
      taken.fill(true, at, at + term.length);
      found.push({ at, term, entry });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

export function planQuery(raw: string, glossary: GlossaryEntry[]): QueryPlan {
  const normalized = normalizeText(raw).trim();
  const expansions: string[] = [];
  const concepts: string[][] = [];
  const used = new Set<GlossaryEntry>();
  let rewritten = '';
  let from = 0;
  for (const { at, term, entry } of findTerms(normalized, glossary)) {
    rewritten += `${normalized.slice(from, at)} ${normalizeText(entry.means[0]!)} `;
    from = at + term.length;
    if (used.has(entry)) continue; // an entry is one concept however many of its terms were typed
    used.add(entry);
    for (const word of entry.means.map(normalizeText)) if (!expansions.includes(word)) expansions.push(word);
    concepts.push([...entry.terms, ...entry.means].map(normalizeText));
  }
  rewritten += normalized.slice(from);
  const pieces = rewritten.split(BREAKS).filter(Boolean);
  const keywords: string[] = [];
  for (const piece of pieces) {
    for (const word of piece.match(CONTENT_RUN) ?? []) {
      const w = word.replace(/[ぁ-ゖ]$/u, (k) => (word.length > 2 ? '' : k));
      // Kana alone carries meaning only in longer words (しつこい), not in endings (れる).
      const long = /^[ぁ-ゖ]+$/u.test(w) ? 3 : 2;
      if (w.length >= long && !keywords.includes(w)) keywords.push(w);
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
  const others = glossary.filter((e) => !used.has(e)).map((e) => [...e.terms, ...e.means].map(normalizeText));
  return { normalized, expansions, keywords, concepts, others, attempts };
}

export interface Candidate {
  url: string;
  /** The page's title (an FAQ's question). */
  title: string;
  /** Page type from the page's search meta: faq, policy, home. */
  type?: string | undefined;
  /** Pagefind's score for the attempt that found it. */
  score?: number | undefined;
}

/**
 * Runs the attempts in order against a search function, merging hits by first appearance,
 * and stops once `enough` distinct hits are found; then ranks them for a resident: a page whose
 * title (an FAQ's question) says what was asked comes first, a direct answer before the full text.
 */
export async function runPlan<T extends Candidate>(plan: QueryPlan, search: (query: string) => Promise<T[]>, enough = 10): Promise<T[]> {
  const seen = new Map<string, { hit: T; relevance: number }>();
  for (const [n, attempt] of plan.attempts.entries()) {
    const hits = await search(attempt);
    const best = Math.max(...hits.map((h) => h.score ?? 0), Number.MIN_VALUE);
    hits.forEach((hit, i) => {
      // Pagefind's score as a share of the attempt's best (two near-equal scores stay near-equal, so
      // the titles decide), or its rank without scores; later, looser attempts count for less.
      const relevance = (hit.score === undefined ? 1 / (1 + i) : hit.score / best) / (1 + n);
      if (!seen.has(hit.url)) seen.set(hit.url, { hit, relevance });
    });
    if (seen.size >= enough) break;
  }
  return rankHits([...seen.values()], plan);
}

const TYPE_WEIGHT: Record<string, number> = { faq: 1, policy: 0.3, home: 0 };

/** Orders hits by what their titles say of the query, then by the search engine's relevance (0–1). */
export function rankHits<T extends Candidate>(hits: Array<{ hit: T; relevance: number }>, plan: QueryPlan): T[] {
  const score = ({ hit, relevance }: { hit: T; relevance: number }) => {
    const title = normalizeText(hit.title);
    const said = plan.concepts.map((words) => words.filter((w) => title.includes(w)).sort((a, b) => b.length - a.length)[0]).filter((w): w is string => !!w);
    // How much of the title is what was asked: "カスタマーハラスメントとは" over "…を求めるとカスタマーハラスメントになりますか".
    const coverage = said.reduce((n, w) => n + w.length, 0) / Math.max(title.length, 1);
    // A title that also names things not asked about ("撮影や録音" for 録音) gives way, a little.
    const elsewhere = plan.others.filter((words) => words.some((w) => w.length >= 2 && title.includes(w))).length;
    return said.length * 2 + coverage - 0.1 * elsewhere + (TYPE_WEIGHT[hit.type ?? ''] ?? 0) + relevance;
  };
  return hits
    .map((h) => ({ hit: h.hit, s: score(h) }))
    .sort((a, b) => b.s - a.s)
    .map((x) => x.hit);
}
