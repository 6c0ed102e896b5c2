/** Runs the real Astro build (on the project's Node) with its inputs and outputs redirected. */
import { spawnSync } from 'node:child_process';

export function astroBuild(env: Record<string, string>) {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
}
