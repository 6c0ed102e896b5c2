/**
 * A build is a pure function of the commit: building again from cold caches gives the same bytes
 * as the dist/ that npm test built, file for file (pages, posters, search index, feeds, open data).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { CONTENT } from '../helpers/content.ts';
import { differingFiles, DIST, fileHashes } from '../helpers/dist.ts';

const temp = mkdtempSync(join(tmpdir(), 'otagai-rebuild-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it('builds the same bytes twice, from cold caches', { timeout: 300_000 }, () => {
  const out = join(temp, 'dist');
  const result = buildSite(['--content', CONTENT, '--out', out, '--cache', join(temp, 'astro'), '--poster-cache', join(temp, 'posters')]);
  expect(result.status, result.stderr).toBe(0);
  const second = fileHashes(out);
  expect(Object.keys(second).length).toBeGreaterThan(100);
  expect(differingFiles(fileHashes(DIST), second)).toEqual([]);
});
