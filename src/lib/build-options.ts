/**
 * What a build publishes, read from the environment that `npm run build` sets:
 *   OTAGAI_CONTENT_DIR  the content folder (default: content)
 *   OTAGAI_EDITION      build this one edition alone, at the site root
 *   OTAGAI_DRAFTS=1     include draft editions
 *   OTAGAI_SITE, OTAGAI_BASE   where the site is published (set from edition.yaml for a standalone build)
 *   OTAGAI_OUT_DIR, OTAGAI_CACHE_DIR   where the build writes (tests and the benchmark redirect them)
 */
import { resolve } from 'node:path';

export const DEFAULT_SITE = 'https://otagai.example.jp';

export interface BuildOptions {
  contentDir: string;
  site: string;
  /** Base path, always ending in /. */
  base: string;
  outDir: string;
  cacheDir: string;
  /** Set when one edition is built as a standalone site. */
  edition?: string | undefined;
  drafts: boolean;
}

export function buildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  return {
    contentDir: resolve(env.OTAGAI_CONTENT_DIR || 'content'),
    site: env.OTAGAI_SITE || DEFAULT_SITE,
    base: (env.OTAGAI_BASE || '/').replace(/\/?$/, '/'),
    outDir: env.OTAGAI_OUT_DIR || './dist',
    cacheDir: env.OTAGAI_CACHE_DIR || './node_modules/.astro',
    edition: env.OTAGAI_EDITION || undefined,
    drafts: env.OTAGAI_DRAFTS === '1',
  };
}

/** The editions a build publishes: one when standalone (draft or not: it was asked for), else all but drafts. */
export function publishedEditions<T extends { slug: string; edition: { draft: boolean } }>(editions: T[], options = buildOptions()): T[] {
  if (options.edition) return editions.filter((e) => e.slug === options.edition);
  return editions.filter((e) => options.drafts || !e.edition.draft);
}
