/**
 * The national site spread over machines: three shard builds (npm run build -- --shard i/3) joined
 * by npm run merge give the same site as one build, byte for byte — pages, posters, sitemap and the
 * search index (so a search gives the same results).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite, cleanEnv } from '../helpers/build.ts';
import { CONTENT } from '../helpers/content.ts';
import { differingFiles, DIST, fileHashes, htmlPages } from '../helpers/dist.ts';

const temp = mkdtempSync(join(tmpdir(), 'otagai-shards-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it('joins three shard builds into the site one build makes', { timeout: 600_000 }, () => {
  const shards = [1, 2, 3].map((i) => join(temp, `shard-${i}`));
  const pages: number[] = [];
  shards.forEach((out, i) => {
    const built = buildSite(['--shard', `${i + 1}/3`, '--content', CONTENT, '--out', out, '--cache', join(temp, `astro-${i}`)]);
    expect(built.status, built.stderr).toBe(0);
    pages.push(htmlPages(out).length);
  });
  // Each shard makes its share of the editions' pages (and the few site-wide pages), not the whole site.
  for (const n of pages) expect(n).toBeLessThan(htmlPages(DIST).length);

  const merged = join(temp, 'merged');
  const result = spawnSync(process.execPath, ['src/cli/merge.ts', '--out', merged, ...shards], { env: cleanEnv(), encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(differingFiles(fileHashes(DIST), fileHashes(merged))).toEqual([]);
});

it('refuses a shard that is not of the form i/n', () => {
  const result = buildSite(['--shard', '4/3', '--out', join(temp, 'never')]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('--shard は「番号/数」の形で指定してください');
});
