/** The search glossaries map to words the editions actually use, or they would send residents nowhere. */
import { describe, expect, it } from 'vitest';
import { blockTexts, walkClauses } from '../../src/lib/clauses.ts';
import { plainText } from '../../src/lib/inline.ts';
import { normalizeText } from '../../src/lib/search/normalize.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const corpus = normalizeText(
  content.editions
    .flatMap((e) => [
      ...[...walkClauses(e.policy.clauses)].flatMap(({ clause }) => [clause.title ?? '', ...clause.body.flatMap(blockTexts)]).map(plainText),
      ...e.faqs.flatMap((f) => [f.data.question, f.body]),
    ])
    .join('\n'),
);
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
/** Every word of the English translations, as the English pages show them. */
const englishCorpus = normalizeText(
  content.editions
    .flatMap((e) => e.translations.filter((t) => t.language === 'en').flatMap((t) => [...t.units.values()].flatMap((u) => strings(u.words))))
    .map(plainText)
    .join('\n'),
);

describe.each([
  { name: 'search glossary', entries: content.glossary, text: corpus, minimum: 20 },
  { name: 'English search glossary', entries: content.englishGlossary, text: englishCorpus, minimum: 8 },
])('$name', ({ entries, text, minimum }) => {
  it('has entries', () => expect(entries.length).toBeGreaterThan(minimum));
  for (const entry of entries) {
    it(`${entry.id}: every word it searches for appears in some edition`, () => {
      expect(entry.means.filter((w) => !text.includes(normalizeText(w)))).toEqual([]);
    });
  }
});
