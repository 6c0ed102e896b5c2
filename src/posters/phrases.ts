/**
 * Phrases for line breaking: a line may break after a space (between the words of an English poster)
 * and, inside Japanese, between the phrases BudouX's Japanese model gives. Loaded once; each text parsed once.
 */
import { loadDefaultJapaneseParser } from 'budoux';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;
const parsed = new Map<string, string[]>();
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function phrases(text: string): string[] {
  let result = parsed.get(text);
  if (!result) {
    parser ??= loadDefaultJapaneseParser();
    const p = parser;
    // Each word keeps the space after it, so the broken lines join back into the text.
    result = text.split(/(?<=\s)/).flatMap((word) => (JAPANESE.test(word) ? p.parse(word) : [word]));
    parsed.set(text, result);
  }
  return result;
}
