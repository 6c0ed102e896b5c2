/** Phrases for line breaking: BudouX's Japanese model, loaded once. */
import { loadDefaultJapaneseParser } from 'budoux';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

export function phrases(text: string): string[] {
  parser ??= loadDefaultJapaneseParser();
  return parser.parse(text);
}
