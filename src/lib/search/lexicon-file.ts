/** The lexicon's file in dist/pagefind/: gzipped JSON (the browser unpacks it with DecompressionStream), named so no server re-encodes it. */
export const LEXICON_FILE = 'otagai-lexicon.pf_lexicon';
