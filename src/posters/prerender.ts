/**
 * Draws every poster of a build before its pages are built, in worker threads (one per core).
 * Drawing is most of a build's work; in workers it runs in parallel and away from the page
 * build's large heap, so its cost per poster stays the same from 5 editions to 200. The pages
 * then find every file in the poster cache.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EditionSource } from '../lib/content/read-content.ts';
import type { SitePaths } from '../lib/paths.ts';
import type { PosterSize } from '../lib/posters/formats.ts';
import { posterTargetUrl } from '../lib/posters/qr.ts';
import { localise } from '../lib/translations/localise.ts';
import { localPosterEdition } from '../lib/translations/posters.ts';
import { posterJob, type PictogramNames, type PosterEdition } from './index.ts';
import type { PosterJob } from './render.ts';

export interface PrerenderJob {
  job: PosterJob;
  /** The sizes the poster asks for; a translation is drawn on those it fits (the worker finds which). */
  sizes: PosterSize[];
}

/** Taxonomy id → pictogram name, from the shared behaviours. */
export const pictogramNamesOf = (behaviours: Array<{ id: string; pictogram?: string | undefined }>): PictogramNames =>
  new Map(behaviours.flatMap((b) => (b.pictogram ? [[b.id, b.pictogram] as const] : [])));

/** An edition's posters, each with the sizes it asks for. */
const jobsOf = (edition: PosterEdition, url: string | undefined, pictograms: PictogramNames): PrerenderJob[] =>
  edition.posters.map((poster) => ({ job: posterJob(edition, poster, url, pictograms), sizes: poster.sizes }));

/** Every poster of these editions and of their language versions, as the pages will ask for them (same words, URL and so cache key). */
export function posterJobsFor(editions: EditionSource[], site: string, paths: SitePaths, pictograms: PictogramNames): PrerenderJob[] {
  return editions.flatMap((e) => [
    ...jobsOf({ ...e.edition, slug: e.slug, clauses: e.policy.clauses, posters: e.posters }, posterTargetUrl(site, paths, e.slug), pictograms),
    ...e.translations.flatMap((translation) => {
      const parts = localise(e, translation);
      return jobsOf(localPosterEdition(e, parts), posterTargetUrl(site, paths, e.slug, parts.facts.language), pictograms);
    }),
  ]);
}

export interface PrerenderResult {
  posters: number;
  filesRendered: number;
  filesFromCache: number;
  threads: number;
}

interface WorkerResult {
  posters: number;
  rendered: number;
  fromCache: number;
}

function runWorker(jobs: PrerenderJob[], cacheDir: string): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prerender-worker.ts', import.meta.url), { workerData: { jobs, cacheDir } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`poster worker stopped with code ${code}`)));
  });
}

/** Draws every job's files into cacheDir, in one worker thread per core. */
export async function prerenderPosters(jobs: PrerenderJob[], cacheDir: string, threads = availableParallelism()): Promise<PrerenderResult> {
  const n = Math.max(1, Math.min(threads, jobs.length));
  const chunks: PrerenderJob[][] = Array.from({ length: n }, () => []);
  jobs.forEach((job, i) => chunks[i % n]!.push(job));
  const results = await Promise.all(chunks.filter((c) => c.length > 0).map((chunk) => runWorker(chunk, cacheDir)));
  return {
    posters: results.reduce((s, r) => s + r.posters, 0),
    filesRendered: results.reduce((s, r) => s + r.rendered, 0),
    filesFromCache: results.reduce((s, r) => s + r.fromCache, 0),
    threads: n,
  };
}
