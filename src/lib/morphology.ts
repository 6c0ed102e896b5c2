/** The morphological analyser (kuromoji with its IPA dictionary), loaded once per build; never shipped to the browser. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

export type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let loading: Promise<Tokenizer> | undefined;

export function loadTokenizer(): Promise<Tokenizer> {
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  loading ??= new Promise((done, fail) => kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? fail(err) : done(tokenizer))));
  return loading;
}
