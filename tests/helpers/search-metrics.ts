/** Ranking metrics for the search query sets: hit@k, mean reciprocal rank and empty answers. */
export interface RankedResult {
  url: string;
  /** The links shown under the result (a page's sections or clauses), in the order shown. */
  subResults: string[];
}

const pageOf = (url: string) => url.split('#')[0]!;
const hasAnchor = (url: string) => url.includes('#');

/**
 * Whether a shown link answers an expected page: an expected page without an anchor (an FAQ)
 * is met by any link to that page; an expected clause (/<slug>/policy/#id) only by a link to
 * that very clause, as a result or as a sub-result.
 */
export function answers(link: string, expected: string): boolean {
  return hasAnchor(expected) ? link === expected : pageOf(link) === expected;
}

/** 1-based rank of the first result that, or one of whose sub-results, is expected; 0 when none is. */
export function firstHit(results: RankedResult[], expected: string[]): number {
  const i = results.findIndex((r) => [r.url, ...r.subResults].some((link) => expected.some((e) => answers(link, e))));
  return i + 1;
}

export interface SetMetrics {
  hitAtK: number;
  mrr: number;
  /** Queries that came back with no result at all. */
  empty: number;
}

/** ranks: 1-based rank of the first answer per query (0 = not found); counts: results shown per query. */
export function metrics(ranks: number[], counts: number[] = [], k = 5): SetMetrics {
  const n = ranks.length || 1;
  return {
    hitAtK: ranks.filter((r) => r > 0 && r <= k).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / n,
    empty: counts.filter((c) => c === 0).length,
  };
}
