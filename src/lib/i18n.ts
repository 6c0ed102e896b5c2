/**
 * Interface words as data: one catalogue of ICU messages per language (src/i18n/<language>.json),
 * keyed by stable ids, which an edition may override key by key. A message names what it needs —
 * {name} 坂出市, {kind} 市・町・村・区・県, {count} — so no message says 市 of a town.
 */
import { IntlMessageFormat } from 'intl-messageformat';

export const languages = ['ja', 'easy', 'en'] as const;
/** ja: Japanese; easy: やさしい日本語 (plain Japanese); en: English. */
export type Language = (typeof languages)[number];

/** The BCP 47 tag a page in the language carries: やさしい日本語 is Japanese. */
export const htmlLang: Record<Language, string> = { ja: 'ja', easy: 'ja', en: 'en' };

export type Values = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: Values) => string;

/** Thrown when a message cannot be formatted: the key, the language and what was missing. */
export class MessageError extends Error {}

/**
 * The words of one language: the catalogue, with an edition's overrides taking precedence.
 * Messages are parsed once each; a missing value is an error, never a blank in a page.
 */
export function translator<K extends string>(language: Language, catalogue: Record<K, string>, overrides: Partial<Record<K, string>> = {}): Translate<K> {
  const formats = new Map<K, IntlMessageFormat>();
  const locale = htmlLang[language];
  return (key, values = {}) => {
    let format = formats.get(key);
    if (!format) {
      const message = overrides[key] ?? catalogue[key];
      if (message === undefined) throw new MessageError(`no message "${key}" in ${language}`);
      format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
      formats.set(key, format);
    }
    try {
      return String(format.format(values));
    } catch (error) {
      throw new MessageError(`message "${key}" in ${language}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** The names of the values a message uses ({name}, {count, plural, …}), for checking catalogues against each other. */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const element of elements) {
      // Type 0 is literal text, whose value is the text itself; every other valued element names an argument.
      if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}
