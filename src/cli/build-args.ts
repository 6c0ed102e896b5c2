/**
 * The options every CLI shares, from its flags: --content, --out, --cache, --poster-cache, and --site (where
 * the all-editions site is published: canonical URLs, sitemap, the posters' QR codes).
 * Tests and the benchmark point the commands at other folders with these flags.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultBuildOptions, type BuildOptions } from '../lib/build-options.ts';

export const folderFlags = {
  content: { type: 'string' },
  out: { type: 'string' },
  cache: { type: 'string' },
  'poster-cache': { type: 'string' },
  site: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type FolderValues = { content?: string | undefined; out?: string | undefined; cache?: string | undefined; 'poster-cache'?: string | undefined; site?: string | undefined };

/** Build options from the folder flags; undefined flags keep the defaults. */
export function folderOptions(values: FolderValues, overrides: Partial<BuildOptions> = {}): BuildOptions {
  const given: Partial<BuildOptions> = {};
  if (values.content) given.contentDir = values.content;
  if (values.out) given.outDir = values.out;
  if (values.cache) given.cacheDir = values.cache;
  if (values['poster-cache']) given.posterCacheDir = values['poster-cache'];
  if (values.site) given.site = values.site.replace(/\/$/, '');
  return defaultBuildOptions({ ...given, ...overrides });
}

/** Parses a CLI's arguments: its own options plus the folder flags. */
export function parseCli<T extends ParseArgsConfig['options']>(options: T, allowPositionals = false) {
  return parseArgs({ options: { ...folderFlags, ...options }, allowPositionals, strict: true });
}
