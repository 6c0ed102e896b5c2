/**
 * The words of the page being rendered. The route sets Astro.locals.language (and its edition's
 * overrides) once; every component then asks `pageWords(Astro.locals)` instead of taking a prop.
 */
import type { Language } from './i18n.ts';
import type { GovernmentKind } from './local-government.ts';
import { governmentValues, wordsFor, type WordOverrides, type Words } from './words.ts';

const cache = new WeakMap<object, { language: Language; overrides: WordOverrides | undefined; words: Words }>();

/** Called once by a route: the page's language and, on an edition's pages, the edition's overrides. */
export function setPageLanguage(locals: App.Locals, language: Language, overrides?: WordOverrides): Words {
  locals.language = language;
  locals.wordOverrides = overrides;
  return pageWords(locals);
}

/** The page's words (Japanese when the route set no language). */
export function pageWords(locals: App.Locals): Words {
  const language = locals.language ?? 'ja';
  const overrides = locals.wordOverrides;
  const hit = cache.get(locals);
  if (hit && hit.language === language && hit.overrides === overrides) return hit.words;
  const words = wordsFor(language, overrides);
  cache.set(locals, { language, overrides, words });
  return words;
}

/** The page's {name}, {kind}, {residents} of a government (its kind as recorded), in the page's language. */
export const pageGovernment = (locals: App.Locals, city: { name: string; kind: GovernmentKind }) => governmentValues(city, locals.language ?? 'ja');
