/** Ranking metrics for the search test set: hit@k and mean reciprocal rank. */
export interface RankedResult {
  url: string;
  subResults: string[];
}

const pageOf = (url: string) => url.split('#')[0]!;

/** 1-based rank of the first result whose page, or one of its sub-results, is expected; 0 when none is. */
export function firstHit(results: RankedResult[], expected: string[]): number {
  const i = results.findIndex((r) => expected.includes(pageOf(r.url)) || r.subResults.some((s) => expected.includes(s) || expected.includes(pageOf(s))));
  return i + 1;
}

export function metrics(ranks: number[], k = 5): { hitAtK: number; mrr: number } {
  const n = ranks.length || 1;
  return {
    hitAtK: ranks.filter((r) => r > 0 && r <= k).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / n,
  };
}
