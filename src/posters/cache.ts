/**
 * Rendered poster files, kept between builds: a file is made again only when its key changes.
 * The key hashes everything the file depends on — the poster's words, the edition's colour and URL,
 * the paper and format, the font files, and the source of the poster code and its layout.
 */
import { recordPhase } from '../lib/build-phases.ts';
import { createHash } from 'node:crypto';
import { existsSync, statSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';


let codeHash: string | undefined;

/** Hash of the poster code (src/posters, src/lib/posters): a change to the template renders everything again. */
export function posterCodeHash(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const dir of ['src/posters', 'src/lib/posters']) {
    const full = resolve(dir);
    if (!existsSync(full)) {
      hash.update(`missing:${dir}`);
      continue;
    }
    for (const name of readdirSync(full).sort()) hash.update(name).update(readFileSync(join(full, name)));
  }
  codeHash = hash.digest('hex').slice(0, 16);
  return codeHash;
}

export const cacheKey = (parts: unknown) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

export interface CacheStats {
  hits: number;
  misses: number;
}

export const cacheStats: CacheStats = { hits: 0, misses: 0 };

/** Written under a temporary name first: a poster worker and the page build never read half a file. */
function writeWhole(dir: string, file: string, data: Uint8Array | string): void {
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** The cache file for `key`, made first when missing (and kept for the next build). */
export async function cachedFile(dir: string, key: string, ext: string, make: () => Promise<Uint8Array>): Promise<{ path: string; size: number }> {
  const file = join(dir, `${key}.${ext}`);
  if (existsSync(file)) {
    cacheStats.hits++;
    recordPhase('poster files from cache', 1);
    return { path: file, size: statSync(file).size };
  }
  cacheStats.misses++;
  recordPhase('poster files rendered', 1);
  const bytes = await make();
  writeWhole(dir, file, bytes);
  return { path: file, size: bytes.length };
}

/** A small answer kept beside the files (not counted as a poster file): JSON under `key`, made first when missing. */
export function cachedJson<T>(dir: string, key: string, make: () => T): T {
  const file = join(dir, `${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = make();
  writeWhole(dir, file, JSON.stringify(value));
  return value;
}

/** The cached bytes for `key`, or makes them. */
export async function cached(dir: string, key: string, ext: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await cachedFile(dir, key, ext, make)).path));
}
