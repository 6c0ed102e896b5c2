/**
 * The query layer between what a resident types and Pagefind. Residents write カスハラ, ぼうげん,
 * ＳＮＳ or 電話は何時間まで続けていいの; policies write カスタマーハラスメント, 暴言, SNS, 時間.
 * A query becomes concepts (src/lib/search/words.ts): each is what was typed, always searched,
 * plus what the glossary and the content's lexicon add (a glossary entry only adds). Every word
 * is searched on its own; a page counts by how many concepts it covers, so a page with all the
 * query's words comes first (the whole phrase), then pages with most of them (a partial match,
 * shown with the words that matched). Only a query none of whose words occur anywhere is empty.
 * A question for a date or a number (いつ, 何分) counts a record that gives one as covering one
 * concept more (src/lib/search/answer-kinds.ts).
 */
import { normalizeText } from './normalize.ts';
import type { Lexicon } from './lexicon.ts';
import { contentConcepts, type Concept } from './words.ts';
import { stemmedWords } from './query-en.ts';
import { answerKindAsked, type AnswerKind } from './answer-kinds.ts';

export type { Concept } from './words.ts';

export interface GlossaryEntry {
  id: string;
  /** What residents type (any script; matched after NFKC and lower-casing). */
  terms: string[];
  /** The words the policies use for it, searched as well as what was typed. */
  means: string[];
}

export interface QueryPlan {
  normalized: string;
  /** What the query asks about, in the order typed. */
  concepts: Concept[];
  /** The glossary's other concepts, which the query did not ask about. */
  others: string[][];
  /** A word on its own (カスハラ, 録音) asks what it is: a title that defines it answers best. */
  defining: boolean;
  /** What the question asks for (いつ: a date; 何分: minutes…): a record whose text gives one answers it. */
  answerKind?: AnswerKind | undefined;
  /** English: titles are read word by word on their stems (asks for… answers asking for…). */
  stemmed?: boolean;
}

export const EMPTY_LEXICON: Lexicon = { readings: {}, stems: {} };

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

/** Glossary terms found in the query, longest first and never overlapping. */
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

export function planQuery(raw: string, glossary: GlossaryEntry[], lexicon: Lexicon = EMPTY_LEXICON): QueryPlan {
  const normalized = normalizeText(raw).trim();
  const concepts: Concept[] = [];
  const byEntry = new Map<GlossaryEntry, Concept>();
  const addConcept = (c: Concept) => {
    const same = concepts.find((k) => k.label === c.label || k.words.some((w) => c.words[0] === w));
    if (same) same.words = [...new Set([...same.words, ...c.words])];
    else concepts.push(c);
  };
  let from = 0;
  for (const { at, term, entry } of findTerms(normalized, glossary)) {
    contentConcepts(normalized.slice(from, at), lexicon).forEach(addConcept);
    from = at + term.length;
    // What was typed is searched too: the glossary only adds the policies' words to it.
    const typed = contentConcepts(term, lexicon).flatMap((c) => c.words);
    const words = [...typed, ...entry.means.map(normalizeText)];
    const known = byEntry.get(entry);
    if (known) known.words = [...new Set([...known.words, ...words])];
    else {
      const concept = { label: term, words: [...new Set(words)], glossary: entry.id };
      byEntry.set(entry, concept);
      concepts.push(concept);
    }
  }
  contentConcepts(normalized.slice(from), lexicon).forEach(addConcept);
  const bare = normalized.replace(/[\s?？!！。、]/g, '');
  const defining = concepts.length === 1 && (concepts[0]!.label === bare || concepts[0]!.words.includes(bare));
  const others = glossary.filter((e) => !byEntry.has(e)).map((e) => [...e.terms, ...e.means].map(normalizeText));
  return { normalized, concepts, others, defining, answerKind: answerKindAsked(normalized) };
}

/** One page Pagefind found for a word, before its text is loaded. */
export interface Found<T> {
  id: string;
  score: number;
  data: () => Promise<T>;
}

export interface Candidate {
  url: string;
  /** The page's title (an FAQ's question, a clause's heading). */
  title: string;
  /** Page type from the page's search meta: faq, clause, home. */
  type?: string | undefined;
}

export interface Ranked<T> {
  hit: T;
  /** The concepts' labels this page contains. */
  matched: string[];
  /** Whether it contains every concept of the query. */
  complete: boolean;
}

/** How many pages' text is loaded to rank them by title (each a small fragment download). */
const LOADED = 20;

/**
 * Searches every word of the plan on its own, scores each page by the concepts it covers (and
 * Pagefind's score as a share of the best for that word, so two near-equal scores stay
 * near-equal and the titles decide), loads the best pages and ranks them for a resident.
 */
export async function runPlan<T extends Candidate>(plan: QueryPlan, search: (word: string, gives?: AnswerKind) => Promise<Array<Found<T>>>, loaded = LOADED): Promise<Array<Ranked<T>>> {
  const words = [...new Set(plan.concepts.flatMap((c) => c.words))];
  const found = new Map(await Promise.all(words.map(async (w) => [w, await search(w)] as const)));
  // The records that give what the question asks for (a date, minutes…), among those with its words.
  const kind = plan.answerKind;
  const giving = new Set(kind ? (await Promise.all(words.map((w) => search(w, kind)))).flat().map((h) => h.id) : []);
  const pages = new Map<string, { ref: Found<T>; covered: Set<number>; weight: number; relevance: number }>();
  const perConcept: Array<Map<string, number>> = [];
  plan.concepts.forEach((concept) => {
    const best = new Map<string, number>();
    for (const w of concept.words) {
      const hits = found.get(w) ?? [];
      const top = Math.max(...hits.map((h) => h.score), Number.MIN_VALUE);
      for (const h of hits) {
        best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score / top));
        if (!pages.has(h.id)) pages.set(h.id, { ref: h, covered: new Set(), weight: 0, relevance: 0 });
      }
    }
    perConcept.push(best);
  });
  perConcept.forEach((best, c) => {
    // A concept found on most of the pages found at all (職員, 市) tells them apart less: it counts half.
    const weight = best.size > pages.size / 2 ? 0.5 : 1;
    for (const [id, share] of best) {
      const page = pages.get(id)!;
      page.covered.add(c);
      page.weight += weight;
      page.relevance += share / plan.concepts.length;
    }
  });
  // What the question asks for is one more thing it asks about: a record that gives it covers that too.
  for (const id of giving) if (pages.has(id)) pages.get(id)!.weight += 1;
  const shortlist = [...pages.values()].sort((a, b) => b.weight - a.weight || b.relevance - a.relevance).slice(0, loaded);
  const hits = await Promise.all(
    shortlist.map(async (p) => ({
      hit: await p.ref.data(),
      covered: p.weight,
      relevance: p.relevance,
      matched: [...p.covered].sort((a, b) => a - b).map((c) => plan.concepts[c]!.label),
    })),
  );
  return rankHits(hits, plan).map(({ hit, matched }) => ({ hit, matched, complete: matched.length === plan.concepts.length }));
}

/** An FAQ answers in the residents' terms and cites its clauses: where both match alike, it comes first. */
const TYPE_WEIGHT: Record<string, number> = { faq: 2.5, clause: 0.5, home: 0 };

interface Scored<T> {
  hit: T;
  /** Concepts of the query the page contains (one that most pages contain counts half). */
  covered: number;
  /** Pagefind's relevance, 0–1. */
  relevance: number;
  matched: string[];
}

/** Orders hits by the concepts they contain, then by what their titles say of the query, then by relevance. */
export function rankHits<T extends Candidate>(hits: Array<Scored<T>>, plan: QueryPlan): Array<Scored<T>> {
  const form = plan.stemmed ? stemmedWords : normalizeText;
  const asked = plan.concepts.map((c) => [c.label, ...c.words].map(form));
  if (plan.defining) asked.push(DEFINING);
  const score = ({ hit, relevance, covered }: Scored<T>) => {
    const title = form(hit.title);
    const said = asked.map((words) => words.filter((w) => title.includes(w)).sort((a, b) => b.length - a.length)[0]).filter((w): w is string => !!w);
    // How much of the title is what was asked: "カスタマーハラスメントとは" over "…を求めるとカスタマーハラスメントになりますか".
    const coverage = said.reduce((n, w) => n + w.length, 0) / Math.max(title.length, 1);
    // A title that also names things not asked about ("撮影や録音" for 録音) gives way, a little.
    const elsewhere = plan.others.filter((words) => words.some((w) => w.length >= 2 && title.includes(w))).length;
    // Concepts contained come first: a page with more of the query's words always ranks above one with fewer.
    // An edition's home page sums up everything, so it contains more of any query than the page that
    // answers it: it counts one concept less, and comes after the FAQs and clauses that contain the rest.
    const own = hit.type === 'home' ? covered - 1 : covered;
    return own * 10 + said.length * 2 + coverage - 0.1 * elsewhere + (TYPE_WEIGHT[hit.type ?? ''] ?? 0) + relevance;
  };
  return hits
    .map((h) => ({ h, s: score(h) }))
    .sort((a, b) => b.s - a.s)
    .map((x) => x.h);
}
