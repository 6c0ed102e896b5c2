/**
 * What a build publishes and where it writes. The CLIs make these options from their flags
 * (src/cli/build-args.ts); Astro's config and the pages receive them as a value
 * (src/site-config.ts, the virtual module virtual:otagai/build-options), never from the environment.
 */
import { resolve } from 'node:path';

/** The all-editions site's address until a real one is configured: a placeholder, not a published address. */
export const DEFAULT_SITE = 'https://otagai.example.jp';

export interface BuildOptions {
  /** The content folder, absolute. */
  contentDir: string;
  /** Where the site is published (canonical URLs, sitemap, QR codes). */
  site: string;
  /** Base path, always ending in /. */
  base: string;
  outDir: string;
  /** Astro's cache. */
  cacheDir: string;
  /** Drawn poster files, kept between builds. */
  posterCacheDir: string;
  /** Set when one edition is built as a standalone site. */
  edition?: string | undefined;
  /** Include draft editions. */
  drafts: boolean;
  /** Build only the pages and posters of this share of the editions (npm run merge joins the shares). */
  shard?: Shard | undefined;
}

/** Share `index` (from 1) of `count`: the editions at positions index-1, index-1+count, … of the sorted slugs. */
export interface Shard {
  index: number;
  count: number;
}

/** "2/3" → { index: 2, count: 3 }; undefined when the text is not a share of that form. */
export function parseShard(text: string): Shard | undefined {
  const m = text.match(/^(\d+)\/(\d+)$/);
  if (!m) return undefined;
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  return shard.index >= 1 && shard.index <= shard.count ? shard : undefined;
}

/** The editions whose own pages a build makes: all of them, or the shard's share, in turn over the sorted slugs. */
export function shareOf<T extends { slug: string }>(editions: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...editions];
  const position = new Map([...editions.map((e) => e.slug)].sort().map((slug, i) => [slug, i]));
  return editions.filter((e) => position.get(e.slug)! % shard.count === shard.index - 1);
}

/** The all-editions site from content/ into dist/: what `astro dev` and `npm run build` without flags use. */
export function defaultBuildOptions(overrides: Partial<BuildOptions> = {}): BuildOptions {
  const options = {
    contentDir: 'content',
    site: DEFAULT_SITE,
    base: '/',
    outDir: 'dist',
    cacheDir: './node_modules/.astro',
    posterCacheDir: 'node_modules/.cache/otagai-posters',
    drafts: false,
    ...overrides,
  };
  return { ...options, contentDir: resolve(options.contentDir), posterCacheDir: resolve(options.posterCacheDir), base: options.base.replace(/\/?$/, '/') };
}

/** The editions a build publishes: one when standalone (draft or not: it was asked for), else all but drafts. */
export function publishedEditions<T extends { slug: string; edition: { draft: boolean } }>(editions: T[], options: Pick<BuildOptions, 'edition' | 'drafts'>): T[] {
  if (options.edition) return editions.filter((e) => e.slug === options.edition);
  return editions.filter((e) => options.drafts || !e.edition.draft);
}
