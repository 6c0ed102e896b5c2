/**
 * An English query as a plan for the same ranking as a Japanese one: each content word typed is a
 * concept; words that carry no meaning in a search box (can, I, my, the…) are left out. The English
 * glossary adds the words the translations use to what residents type ("fired" → punished,
 * "swearing" → abusive language), matched on word stems so fire, fired and firing are one term.
 * A word the pages never use is also searched as their nearest words (accomodation → accommodation).
 * Pagefind's English stemming then finds record, recorded, recording alike.
 */
import { stemmer } from 'stemmer';
import type { Lexicon } from './lexicon.ts';
import type { GlossaryEntry, QueryPlan } from './query.ts';
import { answerKindAsked } from './answer-kinds.ts';
import { nearWords } from './spelling.ts';
import type { Concept } from './words.ts';

/** Function words and question words that tell the pages apart not at all. */
const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from about into as is are was were be been being am do does did done
  can could may might must shall should will would i me my mine you your yours he him his she her it its we us our they them their
  this that these those there here what which who whom whose when where why how not no yes so than too very just also any some
  get got have has had let lets please tell say said ok okay
  im ive youre theyre dont doesnt didnt cant couldnt wont wouldnt isnt arent wasnt`.split(/\s+/),
);

const tokens = (text: string) => (text.normalize('NFKC').toLowerCase().match(/[a-z][a-z'-]*|\d+/g) ?? []).map((w) => w.replace(/'s$|'$/, ''));
const stems = (words: string[]) => words.map((w) => stemmer(w));
/** A text as its words' stems between spaces: " asks for " and " asking for " read alike, and "fire" is not in "firearm". */
export const stemmedWords = (text: string) => ` ${stems(tokens(text)).join(' ')} `;
// I'm and Im alike: contractions are typed with and without the apostrophe.
const content = (words: string[]) => words.filter((w) => w.length > 1 && !STOPWORDS.has(w.replace(/'/g, '')));

/** A glossary's terms as word stems, longest first: read once per glossary, not per keystroke. */
const termStems = new WeakMap<GlossaryEntry[], Array<{ stems: string[]; entry: GlossaryEntry }>>();
function termsOf(glossary: GlossaryEntry[]) {
  let terms = termStems.get(glossary);
  if (!terms) {
    terms = glossary.flatMap((entry) => entry.terms.map((t) => ({ stems: stems(tokens(t)), entry }))).sort((a, b) => b.stems.length - a.stems.length);
    termStems.set(glossary, terms);
  }
  return terms;
}
const vocabularies = new WeakMap<Lexicon, ReadonlySet<string>>();
const vocabularyOf = (lexicon: Lexicon) => vocabularies.get(lexicon) ?? vocabularies.set(lexicon, new Set(lexicon.words)).get(lexicon)!;

/** Glossary terms found in the query's words, longest first and never overlapping. */
function findTerms(words: string[], glossary: GlossaryEntry[]) {
  const typed = stems(words);
  const terms = termsOf(glossary);
  const taken = new Array<boolean>(words.length).fill(false);
  const found: Array<{ at: number; length: number; entry: GlossaryEntry }> = [];
  for (const term of terms) {
    for (let at = 0; at + term.stems.length <= words.length; at++) {
      const span = taken.slice(at, at + term.stems.length);
      if (span.some(Boolean) || term.stems.some((s, i) => typed[at + i] !== s)) continue;
      taken.fill(true, at, at + term.stems.length);
      found.push({ at, length: term.stems.length, entry: term.entry });
    }
  }
  return { found: found.sort((a, b) => a.at - b.at), taken };
}

/** Each word as typed, or as the pages spell it where they never use it and no glossary term has it. */
function spelled(words: string[], glossary: GlossaryEntry[], lexicon?: Lexicon) {
  if (!lexicon?.words?.length) return words.map((w) => [w]);
  const vocabulary = vocabularyOf(lexicon);
  const termWords = new Set(termsOf(glossary).flatMap((t) => t.stems));
  return words.map((w) => (termWords.has(stemmer(w)) || STOPWORDS.has(w.replace(/'/g, '')) ? [w] : [w, ...nearWords(w.replace(/'/g, ''), vocabulary)]));
}

export function planEnglishQuery(raw: string, glossary: GlossaryEntry[] = [], lexicon?: Lexicon): QueryPlan {
  const normalized = raw.normalize('NFKC').toLowerCase().trim();
  const typed = tokens(normalized);
  const spellings = spelled(typed, glossary, lexicon);
  // A misspelt word that is one edit from a single word of the pages reads as that word, for the glossary too.
  const words = typed.map((w, i) => (spellings[i]!.length === 2 ? spellings[i]![1]! : w));
  const { found, taken } = findTerms(words, glossary);
  const byEntry = new Map<GlossaryEntry, Concept>();
  for (const { at, length, entry } of found) {
    const phrase = (list: string[]) => content(list.slice(at, at + length)).join(' ') || list.slice(at, at + length).join(' ');
    // What was typed is searched too (its content words as one phrase): the glossary only adds.
    const searched = [phrase(typed), phrase(words), ...entry.means.map((m) => m.toLowerCase())];
    const known = byEntry.get(entry);
    if (known) known.words = [...new Set([...known.words, ...searched])];
    else byEntry.set(entry, { label: typed.slice(at, at + length).join(' '), words: [...new Set(searched)], glossary: entry.id });
  }
  // The rest, word by word, in the order typed (each word once), with the glossary's concepts where their terms stood.
  const seen = new Set<string>();
  const rest = words.flatMap((w, at) => (taken[at] || content([w]).length === 0 || seen.has(w) ? [] : (seen.add(w), [at])));
  const ordered: Array<{ at: number; concept: Concept }> = [
    ...rest.map((at) => ({ at, concept: { label: typed[at]!, words: [...new Set([typed[at]!, ...spellings[at]!])] } })),
    ...[...byEntry.values()].map((c) => ({ at: found.find((f) => f.entry.id === c.glossary)!.at, concept: c })),
  ];
  ordered.sort((a, b) => a.at - b.at);
  // A query of function words only ("what is it") is still searched as typed.
  const planned = ordered.length > 0 ? ordered.map((o) => o.concept) : [...new Set(words)].map((w) => ({ label: w, words: [w] }));
  return { normalized, concepts: planned, others: [], defining: false, stemmed: true, answerKind: answerKindAsked(normalized, 'en') };
}

/** A query typed in Latin letters, with no Japanese in it: offered the English pages from a Japanese search. */
export const looksEnglish = (query: string) => /[a-z]{2}/i.test(query) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(query);
