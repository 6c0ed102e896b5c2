/**
 * The interface words of a page: the catalogue of its language (src/i18n/<language>.json) with its
 * edition's overrides, as one typed `t(key, values)`. Keys are typed from ja.json, the catalogue
 * every other language must match key for key.
 */
import ja from '../i18n/ja.json' with { type: 'json' };
import easy from '../i18n/easy.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import { translator, type Language, type Translate } from './i18n.ts';
import type { GovernmentKind } from './local-government.ts';
import { municipalityWord, residentsWord, type MunicipalityWord } from './municipality.ts';

export type WordKey = keyof typeof ja;
export type Catalogue = Record<WordKey, string>;
export type Words = Translate<WordKey>;
/** An edition's own messages, by language and key (edition.yaml `ui:`). */
export type WordOverrides = Partial<Record<Language, Partial<Record<WordKey, string>>>>;

export const catalogues: Record<Language, Catalogue> = { ja, easy, en };

/** Whether a key is one of the catalogue's (for keys made from data, such as a document's kind). */
export const isWordKey = (key: string): key is WordKey => Object.hasOwn(ja, key);

const shared = new Map<Language, Words>();

/** The words of a language; with an edition's overrides for that language when it has any. */
export function wordsFor(language: Language, overrides: WordOverrides = {}): Words {
  const own = overrides[language];
  if (own && Object.keys(own).length > 0) return translator(language, catalogues[language], own);
  let words = shared.get(language);
  if (!words) shared.set(language, (words = translator(language, catalogues[language])));
  return words;
}

const english: Record<MunicipalityWord, string> = {
  市: 'city',
  町: 'town',
  村: 'village',
  区: 'ward',
  都: 'prefecture',
  道: 'prefecture',
  府: 'prefecture',
  県: 'prefecture',
  自治体: 'local government',
};

/** The kind's word in a language: 町 of a town in Japanese, "town" in English. */
export const kindWord = (kind: MunicipalityWord, language: Language) => (language === 'en' ? english[kind] : kind);

/** Its residents' word: 町民 in Japanese, "residents" in English. */
export const residentsWordIn = (kind: MunicipalityWord, language: Language) => (language === 'en' ? 'residents' : residentsWord(kind));

/** What a message may say of a government: {name} 架空町, {kind} 町 (from its recorded kind), {residents} 町民. */
export function governmentValues(city: { name: string; kind: GovernmentKind }, language: Language) {
  const kind = municipalityWord(city);
  return { name: city.name, kind: kindWord(kind, language), residents: residentsWordIn(kind, language) };
}

/** 「A」、「B」と「C」 — in the language's own separators. */
export function joinAnd(t: Words, items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(t('list.comma'))}${t('list.and')}${items.at(-1)}`;
}
