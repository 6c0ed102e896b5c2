/** One poster worker: draws its share of the build's posters into the cache, then reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { cacheStats } from './cache.ts';
import { posterFiles } from './index.ts';
import type { PrerenderJob } from './prerender.ts';

for (const { job, sizes } of (workerData as { jobs: PrerenderJob[] }).jobs) await posterFiles(job, sizes);
parentPort!.postMessage({ rendered: cacheStats.misses, fromCache: cacheStats.hits });
