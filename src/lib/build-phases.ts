/**
 * Where a build spends its time, for the benchmark: content checks, posters, search index.
 * Kept on globalThis because Astro bundles the page code, so page modules and the build script
 * hold separate copies of this module in one process.
 */
const KEY = '__otagaiBuildPhases';

type Phases = Record<string, number>;

/** The phase that records the peak memory of Pagefind's own process, which the build's peak does not count. */
export const PAGEFIND_PEAK = 'search index Pagefind peak memory bytes';

const store = (): Phases => ((globalThis as Record<string, unknown>)[KEY] ??= {}) as Phases;

/** Adds milliseconds (or a count) to a named phase. */
export function recordPhase(name: string, amount: number): void {
  const phases = store();
  phases[name] = (phases[name] ?? 0) + amount;
}

export async function timed<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    recordPhase(name, performance.now() - start);
  }
}

export const buildPhases = (): Phases => ({ ...store() });
