/**
 * The morphological analyser (kuromoji with its IPA dictionary), loaded once per build; never
 * shipped to the browser. Its dictionary is some 200 MB in memory, and the content loader, the
 * pages (bundled by Astro, so with their own copy of this module) and the search index all use it:
 * the one loaded is kept on globalThis.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

export type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

const KEY = '__otagaiTokenizer';
const shared = globalThis as { [KEY]?: Promise<Tokenizer> };

export function loadTokenizer(): Promise<Tokenizer> {
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  shared[KEY] ??= new Promise((done, fail) => kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? fail(err) : done(tokenizer))));
  return shared[KEY];
}
