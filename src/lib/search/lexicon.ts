/**
 * The content's own vocabulary, read at build time by a morphological analyser (kuromoji, never
 * shipped to the browser): the reading of each word written with kanji, and the stems of the
 * words that inflect. The query layer uses it to read a kana query (ぼうりょく → 暴力) and to find
 * a verb's base form however it was typed (言われた → 言う, 感じたら → 感じる, 話したい → 話す).
 */
import { hasHan, isHiragana, toHiragana } from './kana.ts';

export interface Lexicon {
  /** A reading in hiragana → the content's words read so, space-separated. */
  readings: Record<string, string>;
  /** An inflecting word's stem, as written or read → its class and base form ("う言う", "1感じる", "i長い"). */
  stems: Record<string, string>;
  /** English pages: every word they use, for the spelling of English queries (src/lib/search/spelling.ts). */
  words?: string[];
  /** Each common kanji's on-readings, fetched only for a query with a kanji word the content lacks (homophones.ts). */
  kanji?: Map<string, string[]>;
}

/** The token fields this module reads (kuromoji's names). */
export interface Token {
  surface_form: string;
  basic_form: string;
  reading?: string | undefined;
  pos: string;
  pos_detail_1?: string | undefined;
  conjugated_type?: string | undefined;
}

/** What may follow a stem, by class: a godan verb's row (its last kana), ichidan (1), adjective (i). */
const FOLLOWS: Record<string, string> = {
  う: 'わいうえおっ',
  く: 'かきくけこい',
  ぐ: 'がぎぐげごい',
  す: 'さしすせそ',
  つ: 'たちつてとっ',
  ぬ: 'なにぬねのん',
  ぶ: 'ばびぶべぼん',
  む: 'まみむめもん',
  る: 'らりるれろっ',
  '1': 'るたてなまられよろさずぬ',
  i: 'いかくけさそ',
};

function inflection(token: Token): string | undefined {
  const type = token.conjugated_type ?? '';
  if (token.pos === '形容詞') return 'i';
  if (token.pos !== '動詞' || type.startsWith('サ変') || type.startsWith('カ変')) return undefined;
  if (type.startsWith('一段')) return '1';
  if (type.startsWith('五段')) return token.basic_form.slice(-1);
  return undefined;
}

const add = (map: Record<string, string>, key: string, value: string) => {
  const have = map[key]?.split(' ') ?? [];
  if (!have.includes(value)) map[key] = [...have, value].join(' ');
};

const hasReading = (t: Token) => !!t.reading && t.reading !== '*';

/**
 * Builds the lexicon from the analysed text of every indexed page, a sentence at a time, so no page's
 * tokens are kept once read (a national build analyses millions). Nouns written with kanji (and runs
 * of them: 記名 + 章 → 記名章) are kept by reading; verbs and adjectives by stem, as written and as
 * read. The content's own ruby (叩 → たた) gives a reading where the analyser has none: a sentence
 * that needs one waits until `finish`, when every page's ruby has been read.
 */
export function lexiconBuilder() {
  const lexicon: Lexicon = { readings: {}, stems: {} };
  const ruby = new Map<string, string>();
  const waiting: Token[][] = [];
  const readingOf = (t: Token) => {
    if (hasReading(t)) return toHiragana(t.reading!);
    // Ruby gives readings of kanji only: a word without kanji is read as it is written.
    let read = t.surface_form;
    if (hasHan(read)) for (const [base, reading] of ruby) if (read.includes(base)) read = read.split(base).join(reading);
    return isHiragana(toHiragana(read)) ? toHiragana(read) : undefined;
  };
  const needsRuby = (t: Token) =>
    (!hasReading(t) && hasHan(t.surface_form)) || (!!inflection(t) && hasHan(t.basic_form) && readingFromSurface(t, readingOf(t)) === undefined);
  const read = (sentence: Token[]) => {
    let run: Array<{ surface: string; reading: string }> = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++)
        for (let j = i + 1; j <= Math.min(run.length, i + 3); j++) {
          const part = run.slice(i, j);
          const surface = part.map((p) => p.surface).join('');
          const reading = part.map((p) => p.reading).join('');
          if (reading.length >= 2 && part.every((p) => hasHan(p.surface))) add(lexicon.readings, reading, surface);
        }
      run = [];
    };
    for (const t of sentence) {
      const reading = readingOf(t);
      const cls = inflection(t);
      if (t.pos === '名詞' && reading && t.pos_detail_1 !== '数') {
        run.push({ surface: t.surface_form, reading });
        continue;
      }
      flush();
      if (!cls || !hasHan(t.basic_form)) continue;
      // Every class drops the base form's last kana: 言う → 言, 感じる → 感じ, 長い → 長.
      add(lexicon.stems, t.basic_form.slice(0, -1), `${cls}${t.basic_form}`);
      const baseReading = readingFromSurface(t, reading) ?? readingOf({ ...t, surface_form: t.basic_form, reading: undefined });
      if (baseReading && baseReading.length > 2) add(lexicon.stems, baseReading.slice(0, -1), `${cls}${t.basic_form}`);
    }
    flush();
  };
  return {
    /** A sentence's tokens. */
    add(sentence: Token[]) {
      if (sentence.some(needsRuby)) waiting.push(sentence);
      else read(sentence);
    },
    /** A reading the content gives in ruby. */
    addRuby(base: string, reading: string) {
      ruby.set(base, reading);
    },
    finish(): Lexicon {
      waiting.splice(0).forEach(read);
      return lexicon;
    },
  };
}

/** The lexicon of these sentences, with the content's ruby readings. */
export function buildLexicon(tokens: Token[][], ruby: Map<string, string> = new Map()): Lexicon {
  const builder = lexiconBuilder();
  for (const [base, reading] of ruby) builder.addRuby(base, reading);
  tokens.forEach((sentence) => builder.add(sentence));
  return builder.finish();
}

/**
 * The base form's reading from the token's: 言わ (いわ) of 言う → いう. The stem's kana is the
 * surface's kana with its last `inflected` letters changed; the kanji part's reading is the rest.
 */
function readingFromSurface(t: Token, reading: string | undefined): string | undefined {
  if (!reading) return undefined;
  let common = 0;
  while (common < t.surface_form.length && t.surface_form[common] === t.basic_form[common]) common++;
  const surfaceTail = t.surface_form.length - common;
  if (surfaceTail > reading.length) return undefined;
  return reading.slice(0, reading.length - surfaceTail) + t.basic_form.slice(common);
}

export interface LexiconMatch {
  /** The part of the query it read (as typed). */
  typed: string;
  /** The content's words for it: the written forms of a reading, or a base form. */
  words: string[];
}

/** The longest stem of the lexicon at the start of `text` whose next letter inflects it (言われた → 言う). */
export function matchStem(text: string, lexicon: Lexicon, minLength = 1): LexiconMatch | undefined {
  for (let end = Math.min(text.length - 1, 12); end >= minLength; end--) {
    const entries = lexicon.stems[text.slice(0, end)];
    if (!entries) continue;
    const next = text[end]!;
    const bases = entries.split(' ').filter((e) => FOLLOWS[e[0]!]!.includes(next)).map((e) => e.slice(1));
    if (bases.length) return { typed: text.slice(0, end + 1), words: bases };
  }
  return undefined;
}

/** The longest reading of the lexicon at the start of a kana `text` (ぼうりょくを → 暴力). */
export function matchReading(text: string, lexicon: Lexicon): LexiconMatch | undefined {
  const kana = toHiragana(text);
  for (let end = Math.min(kana.length, 16); end >= 2; end--) {
    const words = lexicon.readings[kana.slice(0, end)];
    if (words) return { typed: text.slice(0, end), words: words.split(' ') };
  }
  return undefined;
}
