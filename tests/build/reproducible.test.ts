/**
 * A build is a pure function of the commit: building again from cold caches gives the same bytes
 * as the dist/ that npm test built, file for file (pages, posters, search index, feeds, open data).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { DIST } from '../helpers/dist.ts';

const hashes = (root: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((file) => [relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );

const temp = mkdtempSync(join(tmpdir(), 'otagai-rebuild-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it('builds the same bytes twice, from cold caches', () => {
  const out = join(temp, 'dist');
  const result = buildSite(['--out', out, '--cache', join(temp, 'astro'), '--poster-cache', join(temp, 'posters')]);
  expect(result.status, result.stderr).toBe(0);
  const first = hashes(DIST);
  const second = hashes(out);
  expect(Object.keys(second).length).toBeGreaterThan(100);
  const differing = Object.keys({ ...first, ...second }).filter((file) => first[file] !== second[file]);
  expect(differing).toEqual([]);
});
