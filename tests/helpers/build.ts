/** Runs the real build command (on the project's Node) with its folders given as flags. */
import { spawnSync } from 'node:child_process';

/** The environment of a command run as a user would run it: without the variables Vitest adds (BASE_URL, MODE…). */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV', 'TEST']) delete env[key];
  return env;
}

/** `npm run build -- <args>`, e.g. ['--content', dir, '--out', out, '--cache', cache]. */
export function buildSite(args: string[]) {
  return spawnSync(process.execPath, ['src/cli/build.ts', ...args], { env: cleanEnv(), encoding: 'utf8', timeout: 180_000 });
}
