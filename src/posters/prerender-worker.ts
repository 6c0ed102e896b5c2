/** One poster worker: draws its share of the build's posters into the cache, then reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { cacheStats } from './cache.ts';
import { posterFiles } from './index.ts';
import type { PrerenderJob } from './prerender.ts';

const { jobs, cacheDir } = workerData as { jobs: PrerenderJob[]; cacheDir: string };
for (const { job, sizes } of jobs) await posterFiles(job, sizes, cacheDir);
parentPort!.postMessage({ rendered: cacheStats.misses, fromCache: cacheStats.hits });
