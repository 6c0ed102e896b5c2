/**
 * npm run bench [-- --sizes 5,50,200] [--queries 8] [--no-search]
 *
 * 1. The real five editions: a cold build (empty caches) and a rebuild with nothing changed.
 * 2. Posters: milliseconds per poster per format (npm run bench:posters alone gives the detail).
 * 3. For each size N: N synthetic editions (varied copies of the real ones, in .bench/, never in
 *    content/), built from cold; wall and CPU time, peak memory, pages, posters, bytes, search index,
 *    page weight by type, and a cold and warm search in Chromium.
 * Writes test-results/bench.json and test-results/bench.md, and prints the tables.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { writeSyntheticContent } from '../lib/bench/synthetic.ts';
import { measureDist, type DistMeasure } from '../lib/bench/measure-dist.ts';
import { growth, scalesFlat, table, type SearchMeasure, type SizeRun } from '../lib/bench/report.ts';
import { chromiumPath, launchBrowser } from '../tooling/chromium.ts';
import { serveSite } from '../tooling/static-server.ts';
import { benchPosters, TARGETS } from './bench-posters.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,50,200' },
    queries: { type: 'string', default: '8' },
    'no-search': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const WORK = resolve('.bench');
const started = performance.now();
const progress = (step: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${step}`);

interface BuildStats {
  seconds: number;
  cpuSeconds: number;
  peakMemoryBytes: number;
  phases: Record<string, number>;
}

/** One build through the README's own command, in a child process, with its caches and output redirected. */
function build(name: string, contentDir: string, opts: { cold: boolean }): Promise<BuildStats & { dist: string }> {
  const dist = join(WORK, `dist-${name}`);
  const caches = { astro: join(WORK, `astro-cache-${name}`), posters: join(WORK, `poster-cache-${name}`) };
  if (opts.cold) for (const dir of Object.values(caches)) rmSync(dir, { recursive: true, force: true });
  const stats = join(WORK, `stats-${name}.json`);
  const args = ['--content', contentDir, '--out', dist, '--cache', caches.astro, '--poster-cache', caches.posters, '--stats', stats];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['src/cli/build.ts', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`build ${name} failed:\n${errors.slice(-2000)}`));
      done({ ...(JSON.parse(readFileSync(stats, 'utf8')) as BuildStats), dist });
    });
  });
}

interface Query {
  q: string;
  city: string;
}

/** A first query on a freshly opened search page (nothing cached), then a second one on the same page. */
async function measureSearch(dist: string, queries: Query[], citySlug: (city: string) => string): Promise<SearchMeasure | undefined> {
  if (values['no-search'] || !chromiumPath) return undefined;
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  const cold: Array<{ bytes: number; ms: number }> = [];
  const alone: Array<{ bytes: number; ms: number }> = [];
  const warm: number[] = [];
  const fresh = async (city: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?city=${city}`);
    const fetched = { bytes: 0 };
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) fetched.bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    return { context, page, fetched };
  };
  const ask = async (page: import('playwright-core').Page, q: string) => {
    await page.fill('#search-q', q);
    const t = performance.now();
    await page.press('#search-q', 'Enter');
    await page.waitForFunction((typed) => document.querySelector<HTMLElement>('#search-results')?.dataset.resultsFor === typed, q, { timeout: 20_000 });
    return performance.now() - t;
  };
  try {
    for (const [i, query] of queries.entries()) {
      const layered = await fresh(citySlug(query.city));
      const ms = await ask(layered.page, query.q);
      cold.push({ bytes: layered.fetched.bytes, ms });
      warm.push(await ask(layered.page, queries[(i + 1) % queries.length]!.q));
      await layered.context.close();
      // The same first query asked of Pagefind alone: its ten results, without the query layer.
      const raw = await fresh(citySlug(query.city));
      const t = performance.now();
      await raw.page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.options({ basePath: ${JSON.stringify(`/pagefind/${citySlug(query.city)}/`)} });
        const found = await pf.search(${JSON.stringify(query.q)});
        await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      })()`);
      alone.push({ bytes: raw.fetched.bytes, ms: performance.now() - t });
      await raw.context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return {
    queries: queries.length,
    coldQueryBytes: med(cold.map((c) => c.bytes)),
    coldQueryMs: med(cold.map((c) => c.ms)),
    warmQueryMs: med(warm),
    pagefindAloneColdBytes: med(alone.map((c) => c.bytes)),
    pagefindAloneColdMs: med(alone.map((c) => c.ms)),
  };
}

function sizeRun(editions: number, stats: BuildStats, dist: DistMeasure, search: SearchMeasure | undefined): SizeRun {
  return {
    editions,
    wallSeconds: stats.seconds,
    cpuSeconds: stats.cpuSeconds,
    peakMemoryBytes: stats.peakMemoryBytes,
    pages: dist.pages,
    posterFiles: dist.posterFiles,
    pagesPerSecond: dist.pages / stats.seconds,
    distBytes: dist.distBytes,
    searchIndexBytes: dist.searchIndexBytes,
    phases: stats.phases,
    search,
  };
}

mkdirSync(WORK, { recursive: true });
const allQueries = parse(readFileSync('tests/search/queries.yaml', 'utf8')) as Query[];
const step = Math.max(1, Math.floor(allQueries.length / Number(values.queries)));
const queries = allQueries.filter((_, i) => i % step === 0).slice(0, Number(values.queries));

// Posters first, before any step starts Chromium: its processes outlive browser.close() by a
// second or more and would share the two cores with the timed renders.
progress('posters: per poster and format, from an empty cache');
const posters = await benchPosters();

progress('real editions: cold build (empty caches)');
const realCold = await build('real', resolve('content'), { cold: true });
progress(`real editions: ${realCold.seconds} s; rebuilding with nothing changed`);
const realWarm = await build('real', resolve('content'), { cold: false });
const slugsIn = (contentDir: string) => readdirSync(join(contentDir, 'editions'));
const realDist = measureDist(realCold.dist, slugsIn('content'));
progress('real editions: search in Chromium');
const realSearch = await measureSearch(realCold.dist, queries, (c) => c);

const runs: SizeRun[] = [];
const perType: Record<number, DistMeasure['byType']> = {};
for (const n of sizes) {
  progress(`N=${n}: writing ${n} synthetic editions`);
  const synthetic = writeSyntheticContent(resolve('content'), join(WORK, `content-${n}`), n);
  progress(`N=${n}: cold build (${synthetic.faqs} FAQs)`);
  const stats = await build(`n${n}`, synthetic.dir, { cold: true });
  progress(`N=${n}: built in ${stats.seconds} s; measuring dist/`);
  const dist = measureDist(stats.dist, slugsIn(synthetic.dir));
  perType[n] = dist.byType;
  progress(`N=${n}: search in Chromium`);
  const search = await measureSearch(stats.dist, queries, synthetic.copyOf);
  runs.push(sizeRun(n, stats, dist, search));
  rmSync(stats.dist, { recursive: true, force: true });
}

const steps = growth(runs);
const slowest = Object.entries(runs.at(-1)?.phases ?? {})
  .filter(([k]) => k.endsWith(' ms'))
  .map(([k, v]) => [k.replace(/ ms$/, ''), v / 1000] as const)
  .concat([['pages and the rest', (runs.at(-1)?.wallSeconds ?? 0) - Object.entries(runs.at(-1)?.phases ?? {}).filter(([k]) => k.endsWith(' ms')).reduce((s, [, v]) => s + v / 1000, 0)]])
  .sort((a, b) => b[1] - a[1])[0];
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  real: {
    coldBuildSeconds: realCold.seconds,
    warmBuildSeconds: realWarm.seconds,
    posterFilesRenderedOnRebuild: realWarm.phases['poster files rendered'] ?? 0,
    posterFilesFromCacheOnRebuild: realWarm.phases['poster files from cache'] ?? 0,
    peakMemoryBytes: realCold.peakMemoryBytes,
    pages: realDist.pages,
    posterFiles: realDist.posterFiles,
    distBytes: realDist.distBytes,
    searchIndexBytes: realDist.searchIndexBytes,
    byType: realDist.byType,
    search: realSearch,
    targets: { coldBuildSeconds: 30 },
  },
  posters: { ...posters, targets: TARGETS },
  sizes: runs,
  byTypeAtSize: perType,
  growth: steps,
  marginalCostFlatWithin20Percent: scalesFlat(steps),
  slowestStep: slowest ? { step: slowest[0], seconds: slowest[1] } : undefined,
};

const typeRows = Object.entries(realDist.byType).map(
  ([type, w]) => `| ${type} | ${w.pages} | ${w.html.median} / ${w.html.max} | ${w.css.median} / ${w.css.max} | ${w.js.median} / ${w.js.max} |`,
);
const md = [
  `# Benchmark ${report.date.slice(0, 10)} (${report.machine.cpus} CPUs, Node ${report.machine.node})`,
  `Real editions: cold build ${realCold.seconds} s (target ≤ 30 s), rebuild with nothing changed ${realWarm.seconds} s (${report.real.posterFilesRenderedOnRebuild} poster files drawn again, ${report.real.posterFilesFromCacheOnRebuild} reused); ${realDist.pages} pages, ${realDist.posterFiles} poster files, peak memory ${(realCold.peakMemoryBytes / 1024 / 1024).toFixed(0)} MB; search index ${(realDist.searchIndexBytes / 1024).toFixed(0)} KB${realSearch ? `; a cold query fetches ${(realSearch.coldQueryBytes / 1024).toFixed(1)} KB and takes ${realSearch.coldQueryMs.toFixed(0)} ms (warm ${realSearch.warmQueryMs.toFixed(0)} ms); the same query to Pagefind alone fetches ${(realSearch.pagefindAloneColdBytes / 1024).toFixed(1)} KB in ${realSearch.pagefindAloneColdMs.toFixed(0)} ms` : ''}.`,
  `Posters: ${posters.posters} posters, ${posters.files} files in ${(posters.totalMs / 1000).toFixed(1)} s from an empty cache; slowest PDF ${posters.worstPdfMs.toFixed(0)} ms (target < ${TARGETS.pdfMs}), slowest poster (all its files) ${posters.worstPosterMs.toFixed(0)} ms (target < ${TARGETS.posterMs}); rebuild from the cache ${posters.cachedRebuildMs.toFixed(0)} ms.`,
  '## Page weight by type (real editions, gzip bytes, median / max)',
  ['| type | pages | HTML | CSS | JS |', '| --- | ---: | ---: | ---: | ---: |', ...typeRows].join('\n'),
  '## Scaling',
  table(runs, steps),
  `Marginal cost per added edition flat within 20% (last step vs the one before): ${report.marginalCostFlatWithin20Percent ?? 'needs three sizes'}. Slowest step at N=${runs.at(-1)?.editions}: ${slowest?.[0]} (${slowest?.[1].toFixed(1)} s).`,
].join('\n\n');

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('test-results/bench.md', `${md}\n`);
console.log(`\n${md}\n\nWritten: test-results/bench.json, test-results/bench.md`);
