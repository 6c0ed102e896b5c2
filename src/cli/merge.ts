/**
 * npm run merge -- --out dist <shard-dir> <shard-dir> …
 * Joins the outputs of `npm run build -- --shard i/n` into one site: every edition's pages and
 * posters, the site-wide pages (which every shard builds alike: they must be identical), one
 * sitemap, and every edition's search bundle (each shard indexes its own editions: see
 * src/lib/search/bundles.ts), so nothing is indexed again.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { mergeSitemaps } from '../lib/sitemap-merge.ts';
import { summariseDist } from '../lib/dist-summary.ts';
import { folderOptions, parseCli } from './build-args.ts';
import { cliWords as t } from '../lib/cli-words.ts';

const { values, positionals: shards } = parseCli({}, true);
const options = folderOptions(values);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (shards.length === 0) fail(t('merge.noShards'));
for (const dir of shards) if (!existsSync(join(dir, 'index.html'))) fail(t('merge.notShard', { dir }));

const started = performance.now();
const out = options.outDir;
rmSync(out, { recursive: true, force: true });
const SITEMAP = /^sitemap-(\d+|index)\.xml$/;
const sitemaps: string[] = [];
let siteRoot = '';
for (const shard of shards) {
  for (const entry of readdirSync(shard, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const path = relative(shard, from);
    if (SITEMAP.test(path)) {
      const text = readFileSync(from, 'utf8');
      if (path === 'sitemap-index.xml') siteRoot = text.match(/<loc>([^<]*)sitemap-\d+\.xml<\/loc>/)?.[1] ?? siteRoot;
      else sitemaps.push(text);
      continue;
    }
    const to = join(out, path);
    if (existsSync(to)) {
      if (!readFileSync(to).equals(readFileSync(from))) fail(t('merge.differs', { path }));
      continue;
    }
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}
for (const file of mergeSitemaps(sitemaps, siteRoot)) writeFileSync(join(out, file.name), file.text);
const summary = summariseDist(out);
console.log(
  `merged ${shards.length} shards: ${summary.pages} pages, ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KiB in ${out}/, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
