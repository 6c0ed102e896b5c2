/** The lexicon's file in dist/pagefind/: gzipped JSON (the browser unpacks it with DecompressionStream), named so no server re-encodes it. */
export const LEXICON_FILE = 'otagai-lexicon.pf_lexicon';

/** The English pages' lexicon: the words they use, for spelling. */
export const ENGLISH_LEXICON_FILE = 'otagai-lexicon-en.pf_lexicon';

/** The on-readings of common kanji, for a word typed with the wrong kanji of its reading (homophones.ts). */
export const KANJI_READINGS_FILE = 'otagai-kanji-readings.pf_lexicon';
