/** The English thesaurus: a word the pages never use is searched as its WordNet relatives that they use. */
import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { buildThesaurus, lemmaCandidates, parseDataLine, relativesIn, thesaurusPart, thesaurusParts } from '../../src/lib/search/thesaurus.ts';
import { planEnglishQuery, thesaurusPartsNeeded } from '../../src/lib/search/query-en.ts';
import { runPlan, type Found } from '../../src/lib/search/query.ts';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';

// WordNet's own lines (data.noun, data.verb, index.sense), cut to the pointers these tests follow.
const DATA = [
  '00767761 04 n 04 crime 0 criminal_offense 0 criminal_offence 0 law-breaking 0 002 @ 00767587 n 0000 ~ 00766696 n 0000 | an act punishable by law',
  '00767587 04 n 01 transgression 0 000 | the act of transgressing',
  '00766696 04 n 01 arson 0 000 | malicious burning',
  '10100638 18 n 02 father 0 male_parent 0 001 + 00054345 v 0101 | a male parent',
  '00054345 29 v 03 father 0 beget 0 generate 0 000 | make children',
  '09560084 18 n 02 Father 0 Padre 0 000 | a title for a priest',
];
const SENSES = ['crime%1:04:00:: 00767761 1 18', 'father%1:18:00:: 10100638 1 72', 'father%1:18:02:: 09560084 6 1', 'father%2:29:00:: 00054345 1 2'];
const thesaurus = buildThesaurus(DATA, SENSES);
const relativesOf = (word: string) => relativesIn(thesaurusParts(thesaurus).get(thesaurusPart(stemmer(word))), word);

describe('the thesaurus', () => {
  it('reads a synset line: its words and the pointers followed', () => {
    const [id, synset] = parseDataLine(DATA[0]!)!;
    expect(id).toBe('n00767761');
    expect(synset.words).toEqual(['crime', 'criminal_offense', 'criminal_offence', 'law-breaking']);
    expect(synset.pointers).toEqual([{ symbol: '@', target: 'n00767587', source: 0 }]); // hyponyms (~) are not followed
    expect(parseDataLine('  1 This software and database is being provided')).toBeNull();
  });

  it('gives a word its synonyms, a compound by its head, and what it is a kind of', () => {
    expect(relativesOf('crime')).toEqual(['offense', 'offence', 'law-breaking', 'transgression']);
  });

  it('follows the senses seen most often: father the parent and its derived verb, not the priest', () => {
    expect(relativesOf('father')).toEqual(['parent', 'beget', 'generate']);
  });

  it('finds the relatives of an inflected word by its lemma', () => {
    expect(lemmaCandidates('crimes')).toContain('crime');
    expect(lemmaCandidates('chatting')).toContain('chat');
    expect(relativesOf('crimes')).toEqual(relativesOf('crime'));
  });

  it('is split into parts no word is in twice', () => {
    const parts = thesaurusParts(thesaurus);
    expect([...parts.values()].reduce((n, p) => n + Object.keys(p).length, 0)).toBe(Object.keys(thesaurus).length);
    expect(thesaurusPart('crime')).toMatch(/^[0-9a-f]{2}$/);
  });
});

describe('an English query with a word the pages never use', () => {
  const lexicon: Lexicon = { readings: {}, stems: {}, words: ['offences', 'penal', 'code', 'staff', 'threats'] };
  const withThesaurus = () => ({ ...lexicon, thesaurus: thesaurusParts(thesaurus) });

  it('asks for the thesaurus parts of that word only, once', () => {
    expect(thesaurusPartsNeeded('a crime to staff', [], lexicon)).toEqual([thesaurusPart('crime')]);
    expect(thesaurusPartsNeeded('threats to staff', [], lexicon)).toEqual([]);
    expect(thesaurusPartsNeeded('a crime to staff', [], withThesaurus())).toEqual([]);
  });

  it('searches it as typed and as the relatives the pages use', () => {
    const [crime] = planEnglishQuery('crime', [], withThesaurus()).concepts;
    expect(crime).toEqual({ label: 'crime', words: ['crime'], related: ['offence'] });
    // A word the pages use is searched as typed: its relatives would only add noise.
    expect(planEnglishQuery('threats', [], withThesaurus()).concepts[0]).toEqual({ label: 'threats', words: ['threats'] });
  });

  it('ranks a page found by a relative below one found by the word typed', async () => {
    const page = (url: string) => ({ url, title: url, type: 'faq' });
    const index: Record<string, string[]> = { crime: ['/typed/'], offence: ['/related/', '/typed/'], staff: ['/related/', '/typed/', '/other/'] };
    const search = async (word: string): Promise<Array<Found<ReturnType<typeof page>>>> => (index[word] ?? []).map((url) => ({ id: url, score: 1, data: async () => page(url) }));
    const ranked = await runPlan(planEnglishQuery('crime staff', [], withThesaurus()), search);
    expect(ranked.map((r) => [r.hit.url, r.complete])).toEqual([
      ['/typed/', true],
      ['/related/', true],
      ['/other/', false],
    ]);
  });
});
