/**
 * Search is one Pagefind bundle per edition, in pagefind/<slug>/ (its index, its wasm, its lexicons),
 * with one copy of Pagefind's script in pagefind/. A resident's search fetches their own
 * government's bundle only, so its cost does not grow with the national count, and the build
 * holds one edition's index in memory at a time.
 */
import type { Lexicon } from './lexicon.ts';

/**
 * A search of every edition merges their bundles in the browser: each adds its entry, metadata
 * and an index chunk per word searched. Beyond this many, the resident chooses a government.
 */
export const MERGED_SEARCH_LIMIT = 12;

/** The folder of an edition's bundle under the site's root path (which ends in /). */
export const bundlePath = (root: string, slug: string) => `${root}pagefind/${slug}/`;

/** The one script of Pagefind's the search page loads, kept once in pagefind/. */
export const PAGEFIND_SCRIPT = 'pagefind.js';

/** The lexicons of several editions as one: every reading, stem and word of each. */
export function mergeLexicons(lexicons: Lexicon[]): Lexicon {
  const readings: Record<string, Set<string>> = {};
  const stems: Record<string, Set<string>> = {};
  const words = new Set<string>();
  const into = (to: Record<string, Set<string>>, from: Record<string, string>) => {
    for (const [key, value] of Object.entries(from)) for (const v of value.split(' ')) (to[key] ??= new Set()).add(v);
  };
  for (const lexicon of lexicons) {
    into(readings, lexicon.readings);
    into(stems, lexicon.stems);
    for (const w of lexicon.words ?? []) words.add(w);
  }
  const joined = (from: Record<string, Set<string>>) => Object.fromEntries(Object.entries(from).map(([k, v]) => [k, [...v].join(' ')]));
  return { readings: joined(readings), stems: joined(stems), ...(words.size ? { words: [...words].sort() } : {}) };
}
