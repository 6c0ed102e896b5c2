/**
 * Numbers a translation states, and the numbers its Japanese original states: a translation may
 * state no number its original lacks (an English "30 minutes" where the city wrote 1時間 is a new rule).
 */
import { toAsciiDigits } from '../wareki.ts';

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const COUNTERS = '(?:分|時間|秒|日|回|名|人|件|年|か月|ヶ月|カ月|週間|倍)';
const KANJI_AMOUNT = new RegExp(`([〇一二三四五六七八九十百千]+)${COUNTERS}`, 'g');
const ERA_YEAR = /(令和|平成)\s*(元|\d{1,2})\s*年/g;
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988 };

/** 三十 → 30, 二百五十 → 250, 十五 → 15. */
export function kanjiNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in KANJI_DIGITS) digit = KANJI_DIGITS[ch]!;
    else {
      total += (digit || 1) * KANJI_UNITS[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};
// A number word counts only before a unit: "one hour" is an amount, "no one" and "one of" are not.
const WORD_AMOUNT = new RegExp(`\\b(${Object.keys(WORDS).join('|')})[\\s-]+(?:minutes?|hours?|seconds?|days?|weeks?|months?|years?|times?|people|persons?|staff|members?|officers?|employees?)\\b`, 'gi');

/** Every number a text states: digits, kanji amounts (三十分), English amounts (thirty minutes). */
export function numbersIn(text: string): Set<number> {
  const s = toAsciiDigits(text).replace(/(\d),(\d{3})/g, '$1$2');
  const found = new Set<number>();
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(万)?/g)) {
    found.add(Number(m[1]));
    // 50万円 is 500,000 yen.
    if (m[2]) found.add(Number(m[1]) * 10_000);
  }
  for (const m of s.matchAll(KANJI_AMOUNT)) found.add(kanjiNumber(m[1]!));
  for (const m of s.matchAll(WORD_AMOUNT)) found.add(WORDS[m[1]!.toLowerCase()]!);
  return found;
}

/** The numbers of the original, with each era year also as its Western year (令和7年 → 2025), which a translation may give. */
export function sourceNumbers(texts: string[]): Set<number> {
  const all = new Set<number>();
  for (const text of texts) {
    for (const n of numbersIn(text)) all.add(n);
    // 複数 is said in English as "more than one" (or "two or more").
    if (text.includes('複数')) [1, 2].forEach((n) => all.add(n));
    for (const m of toAsciiDigits(text).matchAll(ERA_YEAR)) all.add(ERA_START[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2])));
  }
  return all;
}

/** Numbers the translation states that the original does not. */
export function numbersNotIn(translation: string, original: Set<number>): number[] {
  return [...numbersIn(translation)].filter((n) => !original.has(n));
}
