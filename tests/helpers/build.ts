/** Runs the real Astro build (on the project's Node) with its inputs and outputs redirected. */
import { spawnSync } from 'node:child_process';

/** The environment of a command run as a user would run it: without the variables Vitest adds (BASE_URL, MODE…). */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV', 'TEST']) delete env[key];
  return env;
}

export function astroBuild(env: Record<string, string>) {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...cleanEnv(), ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
}
