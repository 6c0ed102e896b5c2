/**
 * npm run bench:posters — how long posters take to make, per poster and format, and a rebuild
 * from the cache. `benchPosters()` returns the numbers so a general bench can fold them in;
 * run as a script, it prints a table. Targets: < 300 ms per PDF, < 500 ms per poster (all its files).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSchemas } from '../schema/index.ts';
import { defaultBuildOptions, publishedEditions } from '../lib/build-options.ts';
import { readContent } from '../lib/content/read-content.ts';
import { sitePaths } from '../lib/paths.ts';
import { cacheStats } from '../posters/cache.ts';
import { posterFiles, posterName, printableSizes, type Timing } from '../posters/index.ts';
import { pictogramNamesOf, posterJobsFor } from '../posters/prerender.ts';

export const TARGETS = { pdfMs: 300, posterMs: 500 } as const;

/** A site that is not a placeholder, so every poster is timed with its QR code. */
const BENCH_SITE = 'https://www.city.sample.lg.jp';

export interface PosterBenchRow {
  poster: string;
  /** satori: the poster drawn as SVG, per size (for its preview and its screen PNGs). */
  svgMs: Record<string, number>;
  /** A tagged PDF from scratch (layout + PDFKit; no SVG), per paper. */
  pdfMs: Record<string, number>;
  /** Screens (signage): the PNG, per screen, SVG included. */
  screenMs: Record<string, number>;
  /** CPU time of the process per PDF: steadier than wall time when other work shares the machine. */
  pdfCpuMs: Record<string, number>;
  /** The preview PNG: rasterising and encoding (its SVG timed apart, in svgMs). */
  previewMs: number;
  /** Every file of the poster, wall and CPU time. */
  totalMs: number;
  totalCpuMs: number;
}

export interface PosterBench {
  posters: number;
  files: number;
  /** Loading the fonts and the first satori call, before the timed run. */
  warmUpMs: number;
  rows: PosterBenchRow[];
  /** Every poster of every edition, from an empty cache. */
  totalMs: number;
  /** The same again with the cache filled: nothing is drawn. */
  cachedRebuildMs: number;
  cachedRebuildHits: number;
  cachedRebuildMisses: number;
  worstPdfMs: number;
  worstPosterMs: number;
  worstPdfCpuMs: number;
  worstPosterCpuMs: number;
  /** Bytes of every file drawn, by kind. */
  bytes: { pdf: number[]; png: number[] };
}

export async function benchPosters(options: { contentDir?: string; site?: string } = {}): Promise<PosterBench> {
  const content = readContent(options.contentDir ?? defaultBuildOptions().contentDir, contentSchemas);
  if (content.problems.length > 0) throw new Error(`content has ${content.problems.length} problem(s): run npm run check`);
  const dirs: string[] = [];
  let cache = '';
  const useCache = () => {
    cache = mkdtempSync(join(tmpdir(), 'otagai-poster-bench-'));
    dirs.push(cache);
  };
  try {
    useCache();
    // The posters as the build draws them: a translation on the sizes it fits (not timed, as in the build's workers it is not a file).
    const jobs = posterJobsFor(publishedEditions(content.editions, { drafts: false }), options.site ?? BENCH_SITE, sitePaths('/'), pictogramNamesOf(content.behaviours))
      .map(({ job, sizes }) => ({ job, sizes: printableSizes(job, sizes, cache) }))
      .filter((j) => j.sizes.length > 0);
    // Warm up: fonts, BudouX, satori's first run and the JIT, on a throwaway cache.
    let t = performance.now();
    useCache();
    // A paper size's first poster in a process costs more, once: warm both sizes, so each row shows what that poster costs.
    for (const size of ['a4', 'a3'] as const) {
      const sample = jobs.find((j) => j.sizes[0] === size);
      if (sample) await posterFiles(sample.job, sample.sizes, cache);
    }
    const warmUpMs = performance.now() - t;

    useCache();
    const timings: Timing[] = [];
    let files = 0;
    t = performance.now();
    const bytes = { pdf: [] as number[], png: [] as number[] };
    for (const { job, sizes } of jobs) {
      const made = await posterFiles(job, sizes, cache, timings);
      files += made.length;
      for (const f of made) if (f.purpose === 'print') bytes.pdf.push(f.bytes);
      else bytes.png.push(f.bytes);
    }
    const totalMs = performance.now() - t;

    const before = { ...cacheStats };
    t = performance.now();
    for (const { job, sizes } of jobs) await posterFiles(job, sizes, cache);
    const cachedRebuildMs = performance.now() - t;

    const rows: PosterBenchRow[] = jobs.map(({ job }) => {
      const name = posterName(job);
      const mine = timings.filter((x) => x.poster === name);
      const sum = (step: Timing['step'], size?: string, key: 'ms' | 'cpuMs' = 'ms') => mine.filter((x) => x.step === step && (!size || x.size === size)).reduce((n, x) => n + x[key], 0);
      const papers = [...new Set(mine.filter((x) => x.step === 'pdf').map((x) => x.size))];
      const screens = [...new Set(mine.filter((x) => x.step === 'png-screen').map((x) => x.size))];
      return {
        poster: name.replace(/^content\/editions\/([^/]+)\/posters\.yaml#/, '$1/'),
        svgMs: Object.fromEntries([...new Set(mine.filter((x) => x.step === 'svg').map((x) => x.size))].map((p) => [p, sum('svg', p)])),
        pdfMs: Object.fromEntries(papers.map((p) => [p, sum('pdf', p)])),
        screenMs: Object.fromEntries(screens.map((p) => [p, sum('svg', p) + sum('png-screen', p)])),
        pdfCpuMs: Object.fromEntries(papers.map((p) => [p, sum('pdf', p, 'cpuMs')])),
        previewMs: sum('png-preview'),
        totalMs: mine.reduce((n, x) => n + x.ms, 0),
        totalCpuMs: mine.reduce((n, x) => n + x.cpuMs, 0),
      };
    });
    return {
      posters: jobs.length,
      files,
      warmUpMs,
      rows,
      totalMs,
      cachedRebuildMs,
      cachedRebuildHits: cacheStats.hits - before.hits,
      cachedRebuildMisses: cacheStats.misses - before.misses,
      worstPdfMs: Math.max(...rows.flatMap((r) => Object.values(r.pdfMs))),
      worstPosterMs: Math.max(...rows.map((r) => r.totalMs)),
      worstPdfCpuMs: Math.max(...rows.flatMap((r) => Object.values(r.pdfCpuMs))),
      worstPosterCpuMs: Math.max(...rows.map((r) => r.totalCpuMs)),
      bytes,
    };
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(0)).padStart(5);

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchPosters();
  console.log(`posters: ${r.posters} posters, ${r.files} files (warm-up: fonts and first render ${r.warmUpMs.toFixed(0)} ms)\n`);
  console.log('poster                             PDF A4  PDF A3  PDF A5    svg  preview  signage  all files  (ms; PDF: layout + PDFKit; PNG: svg + raster)');
  for (const row of r.rows)
    console.log(
      `${row.poster.padEnd(33)}  ${ms(row.pdfMs.a4)}   ${ms(row.pdfMs.a3)}   ${ms(row.pdfMs.a5)}  ${ms(Object.values(row.svgMs).reduce((a, b) => a + b, 0))}    ${ms(row.previewMs)}    ${Object.values(row.screenMs).map(ms).join(' ') || '    —'}      ${ms(row.totalMs)}`,
    );
  console.log(`\ntotal, empty cache:   ${r.totalMs.toFixed(0)} ms for ${r.files} files`);
  console.log(`rebuild, cache full:  ${r.cachedRebuildMs.toFixed(0)} ms (${r.cachedRebuildHits} from the cache, ${r.cachedRebuildMisses} drawn)`);
  const kb = (list: number[]) => `${(Math.min(...list) / 1024).toFixed(0)}–${(Math.max(...list) / 1024).toFixed(0)} KB (median ${(list.sort((a, b) => a - b)[Math.floor(list.length / 2)]! / 1024).toFixed(0)})`;
  console.log(`PDF ${kb(r.bytes.pdf)}, PNG ${kb(r.bytes.png)}`);
  console.log(`CPU time: slowest PDF ${r.worstPdfCpuMs.toFixed(0)} ms, slowest poster (all its files) ${r.worstPosterCpuMs.toFixed(0)} ms`);
  const ok = r.worstPdfMs < TARGETS.pdfMs && r.worstPosterMs < TARGETS.posterMs && r.cachedRebuildMisses === 0;
  console.log(`slowest PDF ${r.worstPdfMs.toFixed(0)} ms (target < ${TARGETS.pdfMs}), slowest poster ${r.worstPosterMs.toFixed(0)} ms (target < ${TARGETS.posterMs}): ${ok ? 'within targets' : 'OVER TARGET'}`);
}
