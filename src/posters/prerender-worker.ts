/** One poster worker: draws its share of the build's posters into the cache, then reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { cacheStats } from './cache.ts';
import { posterFiles, printableSizes } from './index.ts';
import type { PrerenderJob } from './prerender.ts';

const { jobs, cacheDir } = workerData as { jobs: PrerenderJob[]; cacheDir: string };
let posters = 0;
for (const job of jobs) {
  const sizes = printableSizes(job.job, job.sizes, cacheDir);
  if (sizes.length === 0) continue;
  posters++;
  await posterFiles(job.job, sizes, cacheDir);
}
parentPort!.postMessage({ posters, rendered: cacheStats.misses, fromCache: cacheStats.hits });
