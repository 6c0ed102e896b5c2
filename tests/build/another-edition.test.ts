/**
 * Adding a correct edition never breaks a test. The real content plus one more edition (the
 * fictional 架空町 of docs/authoring.md, tests/fixtures/another-edition/) is built, and every test
 * that reads the real content or the real build runs again on it, unchanged, in its own process
 * (OTAGAI_CONTENT_DIR, OTAGAI_OUT_DIR). Which tests those are is found, not listed: any test file of
 * the unit and site projects that reads tests/helpers/content.ts or the built dist/. (The browser
 * gate is left out for time; it loops over the sitemap in the same way.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/build.ts';

const ADDED = 'tests/fixtures/another-edition/editions';
const SELF = 'tests/build/another-edition.test.ts';

/** Test files of the unit and site projects that read the real content or the real build. */
export function realContentTests(): string[] {
  return ['tests/content', 'tests/unit', 'tests/build', 'tests/site']
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => `${dir}/${f}`))
    .filter((file) => file !== SELF && /helpers\/content\.ts|helpers\/dist\.ts/.test(readFileSync(file, 'utf8')))
    .sort();
}

// eslint-disable-next-line no-control-regex -- Vitest colours its summary; the log line drops the colour codes
const ANSI = /\x1b\[[0-9;]*m/g;
const work = mkdtempSync(join(tmpdir(), 'otagai-another-edition-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('builds the real editions with one more, and passes every real-content and site test on it with no code changed', { timeout: 900_000 }, () => {
  const content = join(work, 'content');
  const out = join(work, 'dist');
  cpSync('content', content, { recursive: true });
  cpSync(ADDED, join(content, 'editions'), { recursive: true });
  const added = readdirSync(ADDED);
  // The tests read the content and the site they check from these two variables (tests/helpers/content.ts, dist.ts).
  const env = { ...cleanEnv(), OTAGAI_CONTENT_DIR: content, OTAGAI_OUT_DIR: out };

  const built = spawnSync(process.execPath, ['src/cli/build.ts', '--content', content, '--out', out, '--cache', join(work, 'astro-cache')], { env: cleanEnv(), encoding: 'utf8', timeout: 300_000 });
  expect(built.status, built.stdout + built.stderr).toBe(0);
  for (const slug of added) expect(existsSync(join(out, slug, 'index.html')), slug).toBe(true);

  const files = realContentTests();
  expect(files.length).toBeGreaterThan(8);
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], { env, encoding: 'utf8', timeout: 600_000 });
  const summary = (run.stdout + run.stderr).split('\n').filter((l) => /Test Files|Tests /.test(l));
  console.log(`another edition (${added.join(', ')}): ${files.length} test files on ${readdirSync(join(content, 'editions')).length} editions: ${summary.join('; ').replace(ANSI, '')}`);
  expect(run.status, run.stdout.slice(-6000) + run.stderr.slice(-3000)).toBe(0);
});
