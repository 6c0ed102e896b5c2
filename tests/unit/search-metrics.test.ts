import { describe, expect, it } from 'vitest';
import { firstHit, metrics } from '../helpers/search-metrics.ts';

describe('search metrics', () => {
  const results = [
    { url: '/a/faq/x/', subResults: [] },
    { url: '/a/policy/', subResults: ['/a/policy/#intro', '/a/policy/#time-limit'] },
    { url: '/a/policy/#filming', subResults: [] },
  ];
  it('counts an FAQ answer at any link to its page', () => {
    expect(firstHit(results, ['/a/faq/x/'])).toBe(1);
  });
  it('counts a clause answer only at a link to that clause, as a sub-result or a result', () => {
    expect(firstHit(results, ['/a/policy/#time-limit'])).toBe(2);
    expect(firstHit(results, ['/a/policy/#filming'])).toBe(3);
    expect(firstHit(results, ['/a/policy/#recording'])).toBe(0);
  });
  it('gives hit@5, MRR and the number of empty answers', () => {
    expect(metrics([1, 2, 0, 6], [10, 10, 0, 10])).toEqual({ hitAtK: 0.5, mrr: (1 + 0.5 + 1 / 6) / 4, empty: 1 });
  });
});
