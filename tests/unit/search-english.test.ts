/** English queries: the words that carry meaning are searched, and the English glossary only adds to them. */
import { describe, expect, it } from 'vitest';
import { looksEnglish, planEnglishQuery } from '../../src/lib/search/query-en.ts';
import { rankHits, type GlossaryEntry } from '../../src/lib/search/query.ts';

const glossary: GlossaryEntry[] = [
  { id: 'punishment', terms: ['fire', 'lose their job'], means: ['punished'] },
  { id: 'end-response', terms: ['hang up', 'end the call'], means: ['stop responding'] },
  { id: 'supervisor', terms: ['boss'], means: ['managers and supervisors'] },
];
const plan = (q: string) => planEnglishQuery(q, glossary).concepts;

describe('planEnglishQuery', () => {
  it('leaves out the words that tell pages apart not at all', () => {
    expect(plan('can I record the staff').map((c) => c.words)).toEqual([['record'], ['staff']]);
  });

  it('still searches a query of function words only', () => {
    expect(plan('what is it').map((c) => c.label)).toEqual(['what', 'is', 'it']);
  });

  it('adds the translations’ words to a glossary term, keeping what was typed', () => {
    expect(plan('I want that employee fired')).toEqual([
      { label: 'want', words: ['want'] },
      { label: 'employee', words: ['employee'] },
      { label: 'fired', words: ['fired', 'punished'], glossary: 'punishment' },
    ]);
  });

  it('matches a term on word stems, word for word, never inside a word', () => {
    expect(plan('firing').map((c) => c.glossary)).toEqual(['punishment']);
    expect(plan('firearm').map((c) => c.glossary)).toEqual([undefined]);
    expect(plan('will they just hang up on me').find((c) => c.glossary)).toEqual({ label: 'hang up', words: ['hang up', 'stop responding'], glossary: 'end-response' });
  });

  it('takes the longest term first, each word once, and keeps the order typed', () => {
    const concepts = plan('my boss said I would lose their job');
    expect(concepts.map((c) => c.glossary ?? c.label)).toEqual(['supervisor', 'punishment']);
    expect(concepts[1]!.words).toEqual(['lose job', 'punished']);
    expect(plan('end the call').map((c) => c.words)).toEqual([['end call', 'stop responding']]);
  });

  it('without a glossary, plans the words as typed', () => {
    expect(planEnglishQuery('fired employee').concepts.map((c) => c.words)).toEqual([['fired'], ['employee']]);
  });
});

describe('ranking English pages by their titles', () => {
  it('reads a title on word stems: asks for answers asking for', () => {
    const hit = (title: string) => ({ hit: { url: title, title, type: 'faq' }, covered: 2, relevance: 0.5, matched: [] });
    const ranked = rankHits([hit('Asking for an apology?'), hit('Is it harassment when a person with a disability asks for accommodation?')], planEnglishQuery('asking for accommodation'));
    expect(ranked[0]!.hit.title).toContain('accommodation');
  });
});

describe('looksEnglish', () => {
  it('tells a query in Latin letters from one with Japanese in it', () => {
    expect(looksEnglish('can I record')).toBe(true);
    expect(looksEnglish('SNS 投稿')).toBe(false);
    expect(looksEnglish('30')).toBe(false);
  });
});

describe('contractions', () => {
  it('are function words with or without the apostrophe', () => {
    expect(plan("I'm disabled, im asking, don't know").map((c) => c.label)).toEqual(['disabled', 'asking', 'know']);
  });
});

describe('spelling', () => {
  const lexicon = { readings: {}, stems: {}, words: ['accommodation', 'punished', 'disability', 'recorded'] };
  it('searches a word the pages never use as typed and as their nearest word', () => {
    expect(planEnglishQuery('accomodation for disability', glossary, lexicon).concepts.map((c) => c.words)).toEqual([['accomodation', 'accommodation'], ['disability']]);
  });

  it('reads a misspelt glossary term as the term', () => {
    const lexiconWithFire = { ...lexicon, words: [...lexicon.words, 'fired'] };
    expect(planEnglishQuery('firred', [{ id: 'punishment', terms: ['fired'], means: ['punished'] }], lexiconWithFire).concepts).toEqual([
      { label: 'firred', words: ['firred', 'fired', 'punished'], glossary: 'punishment' },
    ]);
  });

  it('leaves glossary terms and function words as typed', () => {
    expect(planEnglishQuery('fire', glossary, { ...lexicon, words: ['fires'] }).concepts[0]!.words).toEqual(['fire', 'punished']);
  });
});
