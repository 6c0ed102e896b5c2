/**
 * What an edition's pages are made from, as one hash: the engine (src/, public/, the lockfile and
 * Astro's config), the shared content and the edition's own folder. An accessibility record made
 * with another fingerprint tested an older version of the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const RECORD_FILE = 'shared/accessibility-record.json';

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function editionFingerprint(projectRoot: string, contentDir: string, slug: string): string {
  const record = join(contentDir, RECORD_FILE);
  const inputs = [
    ...['src', 'public', 'package-lock.json', 'astro.config.mjs'].map((p) => join(projectRoot, p)),
    join(contentDir, 'shared'),
    join(contentDir, 'editions', slug),
  ];
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(filesUnder)) {
    if (file === record) continue;
    hash.update(`${relative(projectRoot, file)}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
