/**
 * What a build publishes, read from the environment that `npm run build` sets:
 *   OTAGAI_CONTENT_DIR  the content folder (default: content)
 *   OTAGAI_EDITION      build this one edition alone, at the site root
 *   OTAGAI_DRAFTS=1     include draft editions
 */
import { resolve } from 'node:path';

export interface BuildOptions {
  contentDir: string;
  /** Set when one edition is built as a standalone site. */
  edition?: string | undefined;
  drafts: boolean;
}

export function buildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  return {
    contentDir: resolve(env.OTAGAI_CONTENT_DIR || 'content'),
    edition: env.OTAGAI_EDITION || undefined,
    drafts: env.OTAGAI_DRAFTS === '1',
  };
}

/** The editions a build publishes: one when standalone (draft or not: it was asked for), else all but drafts. */
export function publishedEditions<T extends { slug: string; edition: { draft: boolean } }>(editions: T[], options = buildOptions()): T[] {
  if (options.edition) return editions.filter((e) => e.slug === options.edition);
  return editions.filter((e) => options.drafts || !e.edition.draft);
}
