/**
 * npm run build [-- --edition <slug>] [--drafts] [--out <dir>]
 * Without --edition: every published edition into dist/. With --edition: that edition alone,
 * at the root of its own site, with the site URL and base path from its edition.yaml.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { contentSchemas } from '../schema/index.ts';
import { buildOptions, publishedEditions } from '../lib/build-options.ts';
import { buildPhases, timed } from '../lib/build-phases.ts';
import { sitePaths } from '../lib/paths.ts';
import { posterJobsFor, prerenderPosters } from '../posters/prerender.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { readContent } from '../lib/content/read-content.ts';
import { summariseDist } from '../lib/dist-summary.ts';

const { values } = parseArgs({
  options: { edition: { type: 'string' }, drafts: { type: 'boolean', default: false }, out: { type: 'string' } },
  allowPositionals: false,
});

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

const started = performance.now();
const content = readContent(buildOptions().contentDir, contentSchemas);
if (content.warnings.length > 0) console.warn(`下書きの版への注意が ${content.warnings.length} 件あります（npm run check で一覧が出ます）。`);
if (content.problems.length > 0) {
  fail([...sortProblems(content.problems).map(formatProblem), `\n${content.problems.length} 件の問題があるため、ビルドしません（npm run check で同じ一覧が出ます）。`]);
}

if (values.edition) {
  const edition = content.editions.find((e) => e.slug === values.edition);
  if (!edition) {
    fail([`版「${values.edition}」は content/editions/ にありません。次のどれかを指定してください: ${content.editions.map((e) => e.slug).join('、')}`]);
  }
  process.env.OTAGAI_EDITION = edition.slug;
  if (edition.edition.site) {
    process.env.OTAGAI_SITE = edition.edition.site.url;
    process.env.OTAGAI_BASE = edition.edition.site.base;
  }
}
if (values.drafts) process.env.OTAGAI_DRAFTS = '1';
if (values.out) process.env.OTAGAI_OUT_DIR = values.out;

// Posters first, in parallel worker threads; the pages then take every file from the cache.
const options = buildOptions();
const paths = sitePaths(options.base, options.edition);
try {
  await timed('posters ms', () => prerenderPosters(posterJobsFor(publishedEditions(content.editions, options), options.site, paths)));
} catch (error) {
  fail([error instanceof Error ? error.message : String(error)]);
}

await build({});

const outDir = process.env.OTAGAI_OUT_DIR || 'dist';
const summary = summariseDist(outDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const what = values.edition ? `版「${values.edition}」だけ` : `${content.editions.filter((e) => values.drafts || !e.edition.draft).length} 版`;
// The benchmark reads what this build cost (its own process: the Astro build, content, posters).
if (process.env.OTAGAI_BUILD_STATS) {
  const usage = process.resourceUsage();
  writeFileSync(
    process.env.OTAGAI_BUILD_STATS,
    JSON.stringify({ seconds: Number(seconds), cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakMemoryBytes: usage.maxRSS * 1024, phases: buildPhases(), ...summary }),
  );
}
console.log(`\nbuilt ${what}: ${summary.pages} pages, ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KiB in ${outDir}/ in ${seconds} s (largest page ${summary.largestPage.path}, ${(summary.largestPage.bytes / 1024).toFixed(1)} KiB)`);
