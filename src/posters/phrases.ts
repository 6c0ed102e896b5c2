/** Phrases for line breaking: BudouX's Japanese model, loaded once; each text is parsed once. */
import { loadDefaultJapaneseParser } from 'budoux';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;
const parsed = new Map<string, string[]>();

export function phrases(text: string): string[] {
  let result = parsed.get(text);
  if (!result) {
    parser ??= loadDefaultJapaneseParser();
    result = parser.parse(text);
    parsed.set(text, result);
  }
  return result;
}
