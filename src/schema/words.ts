/**
 * An edition's own interface words (edition.yaml `ui:`): per language, catalogue key → ICU message.
 * A key must be one of the catalogue's and a message must take exactly the catalogue message's
 * values, so an override can change wording but never drop {name} or ask for a value no page gives.
 */
import { z } from 'zod';
import { nearestIds } from '../lib/content/suggest.ts';
import { messageArguments } from '../lib/i18n.ts';
import { catalogues, isWordKey } from '../lib/words.ts';

const keys = Object.keys(catalogues.ja);

/** Why an override cannot stand in for the catalogue's message, or undefined when it can. */
export function overrideProblem(key: string, message: string): string | undefined {
  if (!isWordKey(key)) return `「${key}」というキーは画面の言葉（src/i18n/ja.json）にありません。近いキー: 「${nearestIds(key, keys, 1)[0]}」。`;
  let own: string[];
  try {
    own = messageArguments(message);
  } catch (error) {
    return `「${key}」の文言が ICU MessageFormat として読めません（${error instanceof Error ? error.message : String(error)}）。`;
  }
  const expected = messageArguments(catalogues.ja[key]);
  const missing = expected.filter((a) => !own.includes(a)).map((a) => `{${a}}`);
  const extra = own.filter((a) => !expected.includes(a)).map((a) => `{${a}}`);
  if (missing.length > 0) return `「${key}」の文言に ${missing.join('、')} がありません。元の文言と同じ値を使ってください: 「${catalogues.ja[key]}」。`;
  if (extra.length > 0) return `「${key}」の文言の ${extra.join('、')} は、このキーでは使えません。元の文言と同じ値を使ってください: 「${catalogues.ja[key]}」。`;
  return undefined;
}

const messages = z.record(z.string(), z.string().min(1)).superRefine((map, ctx) => {
  for (const [key, message] of Object.entries(map)) {
    const problem = overrideProblem(key, message);
    if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
  }
});

export const wordOverridesSchema = z
  .strictObject({ ja: messages.optional(), easy: messages.optional(), en: messages.optional() })
  .describe('The edition\'s own interface words: per language (ja, easy やさしい日本語, en), a key of src/i18n/ja.json and its ICU message');
