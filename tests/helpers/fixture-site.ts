/**
 * Fixture sites: a small content folder per scenario (tests/fixtures/sites/<name>/, with the
 * fictional `sample` edition and the shared taxonomy), built once by the real build command into a
 * folder named by a hash of everything the build reads. The site and browser projects build them in
 * their global setup; every test file of a run then reads the same build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from './build.ts';
import { FIXTURE_EDITIONS } from './content-fixture.ts';

export const SCENARIOS = ['cities', 'kinds'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const scenarioDir = (name: Scenario) => join('tests/fixtures/sites', name);

/** The files a build of a scenario depends on: the engine, the shared data and the scenario's content. */
function inputs(name: Scenario): string[] {
  const files: string[] = ['astro.config.mjs', 'package-lock.json'];
  for (const dir of ['src', 'public', 'content/shared', FIXTURE_EDITIONS, scenarioDir(name)]) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  return files.sort();
}

/** Where the build of a scenario is: the same folder for as long as nothing it reads changes. */
export function fixtureSiteDir(name: Scenario): string {
  const hash = createHash('sha256');
  for (const file of inputs(name)) hash.update(file).update(readFileSync(file));
  return join(tmpdir(), `otagai-site-${name}-${hash.digest('hex').slice(0, 16)}`);
}

/** The content folder of a scenario: shared data, `sample`, and the scenario's own editions. */
export function fixtureSiteContent(name: Scenario): string {
  const dir = mkdtempSync(join(tmpdir(), `otagai-content-${name}-`));
  cpSync('content/shared', join(dir, 'shared'), { recursive: true });
  cpSync(FIXTURE_EDITIONS, join(dir, 'editions'), { recursive: true });
  cpSync(join(scenarioDir(name), 'editions'), join(dir, 'editions'), { recursive: true });
  return dir;
}

/** Builds a scenario unless its build is already there; returns the folder. */
export function buildFixtureSite(name: Scenario): string {
  const out = fixtureSiteDir(name);
  if (existsSync(join(out, 'index.html'))) return out;
  const content = fixtureSiteContent(name);
  const partial = `${out}.partial-${process.pid}`;
  try {
    const r = spawnSync(process.execPath, ['src/cli/build.ts', '--out', partial, '--content', content, '--cache', join(content, '.astro-cache')], {
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (r.status !== 0) throw new Error(`The fixture site "${name}" did not build:\n${r.stdout}${r.stderr}`);
    if (!existsSync(out)) renameSync(partial, out);
  } finally {
    rmSync(content, { recursive: true, force: true });
    if (existsSync(partial) && statSync(partial).isDirectory()) rmSync(partial, { recursive: true, force: true });
  }
  return out;
}

/** For a test file: the built scenario (built by the global setup; built here if the file runs alone). */
export function fixtureSite(name: Scenario): string {
  return buildFixtureSite(name);
}
