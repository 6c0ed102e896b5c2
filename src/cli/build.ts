/**
 * npm run build [-- --edition <slug>] [--drafts] [--out <dir>] [--content <dir>] [--cache <dir>] [--poster-cache <dir>] [--stats <file>]
 * Without --edition: every published edition into dist/. With --edition: that edition alone,
 * at the root of its own site, with the site URL and base path from its edition.yaml.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import { contentSchemas } from '../schema/index.ts';
import { parseShard, publishedEditions, shareOf, type BuildOptions } from '../lib/build-options.ts';
import { buildPhases, timed } from '../lib/build-phases.ts';
import { sitePaths } from '../lib/paths.ts';
import { isPlaceholderSite } from '../lib/posters/qr.ts';
import { pictogramNamesOf, posterJobsFor, prerenderPosters } from '../posters/prerender.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { readContentOnce, type Content } from '../lib/content/read-content.ts';
import { summariseDist } from '../lib/dist-summary.ts';
import { siteConfig } from '../site-config.ts';
import { folderOptions, parseCli } from './build-args.ts';
import { cliWords as t } from '../lib/cli-words.ts';
import { capHeapGrowth } from '../integrations/free-memory.ts';

capHeapGrowth();

const { values } = parseCli({ edition: { type: 'string' }, drafts: { type: 'boolean', default: false }, shard: { type: 'string' }, stats: { type: 'string' } });

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

const started = performance.now();
const folders = folderOptions(values);
const shard = values.shard === undefined ? undefined : parseShard(values.shard);
if (values.shard !== undefined && !shard) fail([t('build.badShard', { input: values.shard })]);
if (shard && values.edition) fail([t('build.shardAndEdition')]);

/**
 * Reads and checks the content, and draws the posters first, in parallel worker threads (the pages
 * then take every file from the cache). The content read is not held past this: Astro's store holds
 * what the pages need.
 */
async function prepare(): Promise<{ options: BuildOptions; published: number; built: number }> {
  const content = readContentOnce(folders.contentDir, contentSchemas);
  if (content.warnings.length > 0) console.warn(t('build.draftWarnings', { count: content.warnings.length }));
  if (content.problems.length > 0) {
    fail([...sortProblems(content.problems).map(formatProblem), `\n${t('build.problems', { count: content.problems.length })}`]);
  }
  const options = optionsFor(content);
  const paths = sitePaths(options.base, options.edition);
  const published = publishedEditions(content.editions, options);
  const built = shareOf(published, options.shard);
  try {
    await timed('posters ms', () => prerenderPosters(posterJobsFor(built, options.site, paths, pictogramNamesOf(content.behaviours)), options.posterCacheDir));
  } catch (error) {
    fail([error instanceof Error ? error.message : String(error)]);
  }
  return { options, published: published.length, built: built.length };
}

/** A standalone edition is built at the root of its own site; otherwise the all-editions site, or a share of it. */
function optionsFor(content: Content): BuildOptions {
  if (!values.edition) return { ...folders, drafts: values.drafts, shard };
  const edition = content.editions.find((e) => e.slug === values.edition);
  if (!edition) {
    fail([t('build.unknownEdition', { slug: values.edition, slugs: content.editions.map((e) => e.slug).join('、') })]);
  }
  const site = edition.edition.site;
  return folderOptions(values, { edition: edition.slug, drafts: values.drafts, ...(site ? { site: site.url, base: site.base } : {}) });
}

const { options, ...counts } = await prepare();
await build({ configFile: false, ...siteConfig(options) });
// A QR code must never point nowhere: with a placeholder address the posters carry none (the posters pages say so too).
const noQr = isPlaceholderSite(options.site) ? `\n${t('build.noQr', { site: options.site })}` : '';

const summary = summariseDist(options.outDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const what = values.edition
  ? t('build.builtEdition', { slug: values.edition })
  : shard
    ? t('build.builtShard', { published: counts.published, built: counts.built, index: shard.index, count: shard.count })
    : t('build.builtAll', { published: counts.published });
// The benchmark reads what this build cost (its own process: the Astro build, content, posters).
if (values.stats) {
  const usage = process.resourceUsage();
  writeFileSync(
    values.stats,
    JSON.stringify({ seconds: Number(seconds), cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakMemoryBytes: usage.maxRSS * 1024, phases: buildPhases(), ...summary }),
  );
}
console.log(`\nbuilt ${what}: ${summary.pages} pages, ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KiB in ${options.outDir}/ in ${seconds} s (largest page ${summary.largestPage.path}, ${(summary.largestPage.bytes / 1024).toFixed(1)} KiB)${noQr}`);
