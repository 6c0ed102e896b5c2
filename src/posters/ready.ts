/**
 * The poster workers draw while Astro builds the pages: a page that shows a poster waits until its
 * worker has drawn it, then reads every file from the cache. Kept on globalThis because Astro
 * bundles the page code, so the pages and the build script hold separate copies of this module.
 */
import { cacheKey } from './cache.ts';
import type { PosterJob } from './render.ts';

const KEY = '__otagaiPostersReady';

const registry = (): Map<string, Promise<void>> => ((globalThis as Record<string, unknown>)[KEY] ??= new Map()) as Map<string, Promise<void>>;

const keyOf = (job: PosterJob) => cacheKey(job);

/** Marks a job as being drawn; returns the function to call once its files are in the cache. */
export function drawing(job: PosterJob): () => void {
  let done!: () => void;
  registry().set(
    keyOf(job),
    new Promise<void>((resolve) => (done = resolve)),
  );
  return done;
}

/** Resolves once a worker has drawn the job; at once when none is drawing it (a page then draws it itself). */
export const drawn = (job: PosterJob): Promise<void> => registry().get(keyOf(job)) ?? Promise.resolve();
