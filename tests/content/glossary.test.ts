/** The search glossary maps to words the editions actually use, or it would send residents nowhere. */
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

describe('search glossary', () => {
  it('has entries', () => expect(content.glossary.length).toBeGreaterThan(20));
  for (const entry of content.glossary) {
    it(`${entry.id}: every policy word it searches for appears in some edition`, () => {
      expect(entry.means.filter((w) => !corpus.includes(normalizeText(w)))).toEqual([]);
    });
  }
});
