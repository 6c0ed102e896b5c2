/** A question for a date or a number, and the records whose text gives one. */
import { describe, expect, it } from 'vitest';
import { answerKindAsked, answerKindsGiven, givesFilterTags } from '../../src/lib/search/answer-kinds.ts';
import { planQuery, runPlan, type Found } from '../../src/lib/search/query.ts';
import { normalizeText } from '../../src/lib/search/normalize.ts';

describe('the kind of answer a question asks for', () => {
  it('reads when, how long, how many people and how often', () => {
    expect(answerKindAsked('通話録音っていつから始まったの')).toBe('date');
    expect(answerKindAsked('何年に決まった')).toBe('date');
    expect(answerKindAsked('面談は何分まで')).toBe('duration');
    expect(answerKindAsked('何人で対応するの')).toBe('people');
    expect(answerKindAsked('何回も電話する')).toBe('times');
  });
  it('asks for none where いつ means always or the question has no interrogative', () => {
    expect(answerKindAsked('いつもの担当さんを指名してもいい')).toBeUndefined();
    expect(answerKindAsked('録音してもいいですか')).toBeUndefined();
  });
});

describe('the kind of answer an English question asks for', () => {
  it('reads a past when, how long, how many staff and how often', () => {
    expect(answerKindAsked('when did the city adopt this policy', 'en')).toBe('date');
    expect(answerKindAsked('how long can i talk on the phone', 'en')).toBe('duration');
    expect(answerKindAsked('how many staff will be at the meeting', 'en')).toBe('people');
    expect(answerKindAsked('how often can i call', 'en')).toBe('times');
  });
  it('asks for none where when joins two clauses or asks about a condition', () => {
    expect(answerKindAsked('what happens when i shout at the counter', 'en')).toBeUndefined();
    expect(answerKindAsked('when is it harassment', 'en')).toBeUndefined();
    expect(answerKindAsked('いつもの担当さん', 'en')).toBeUndefined();
  });
});

describe('the kinds of answer a record gives', () => {
  it('reads English pages by their own words, numbers spelt out too', () => {
    expect(answerKindsGiven('Adopted on September 2, 2024 (Reiwa 6)', 'en')).toEqual(['date']);
    expect(answerKindsGiven('Meetings and phone calls are limited to one hour; two or more staff respond', 'en')).toEqual(['duration', 'people']);
    expect(answerKindsGiven('Staff respond firmly', 'en')).toEqual([]);
    // Japanese units on an English page give nothing: the page is read in its own language.
    expect(answerKindsGiven('30分', 'en')).toEqual([]);
  });
  it('finds a date in either calendar, a length of time and a number of staff', () => {
    expect(answerKindsGiven(normalizeText('令和６年４月１日から録音しています'))).toEqual(['date']);
    expect(answerKindsGiven(normalizeText('2024年に策定'))).toEqual(['date']);
    expect(answerKindsGiven('面談は30分を目安とし、複数の職員で対応します')).toEqual(['duration', 'people']);
    expect(answerKindsGiven('毅然と対応します')).toEqual([]);
  });
  it('marks an HTML page by filter tags, none where it gives nothing', () => {
    expect(givesFilterTags('30分以内')).toBe('<meta data-pagefind-filter="gives[content]" content="duration">');
    expect(givesFilterTags('毅然と対応します')).toBe('');
  });
});

describe('a question for a date', () => {
  type Page = { url: string; title: string; type: string };
  const page = (i: number, type = 'faq'): Page => ({ url: `/a/faq/p${i}/`, title: `録音について ${i}`, type });
  // 25 pages with the word; only the last, a clause, gives a date, and Pagefind scores it lowest.
  const pages = Array.from({ length: 25 }, (_, i) => ({ ...page(i, i === 24 ? 'clause' : 'faq'), score: 100 - i }));
  const givesDate = new Set([pages[24]!.url]);
  const engine = async (word: string, gives?: string): Promise<Array<Found<Page>>> =>
    (word === '録音' ? pages : []).filter((p) => !gives || (gives === 'date' && givesDate.has(p.url))).map((p) => ({ id: p.url, score: p.score, data: async () => p }));

  it('loads and prefers the record that gives one, though its words rank it below twenty others', async () => {
    const ranked = await runPlan(planQuery('録音はいつから', [], { readings: {}, stems: {} }), engine);
    expect(ranked[0]!.hit.url).toBe(pages[24]!.url);
  });
  it('leaves a question that asks for no date as its words rank it', async () => {
    const ranked = await runPlan(planQuery('録音', [], { readings: {}, stems: {} }), engine);
    expect(ranked.map((r) => r.hit.url)).not.toContain(pages[24]!.url);
  });
});
