/**
 * A file of Astro's own dist/, for the memory savings that lean on its internals rather than its API
 * (tests/unit/astro-internals.test.ts guards each, so an Astro update that moves one is noticed).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function astroInternal(path: string): URL {
  return pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist', path));
}
