/**
 * After the build, index the built pages with Pagefind into dist/pagefind/. Only pages that mark
 * their main content with data-pagefind-body are indexed (edition home, policy, FAQ pages).
 * Page text is NFKC-normalised first, as queries are, so full-width and half-width forms meet.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { BuildOptions } from '../lib/build-options.ts';
import { recordPhase } from '../lib/build-phases.ts';
import { normalizeHtmlText } from '../lib/search/normalize.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Indexes the built pages under root (published under base) into root/pagefind/; returns how many pages it indexed. */
export async function writeSearchIndex(root: string, base: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const path = relative(root, file).replace(/\\/g, '/').replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url: `${base}${path}`, content: normalizeHtmlText(html) });
    if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages;
}

/** A shard's build leaves the index to npm run merge, which indexes the joined site once. */
export function searchIndex(options: Pick<BuildOptions, 'shard'>): AstroIntegration {
  let base = '/';
  return {
    name: 'otagai-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (options.shard) return logger.info('search index: left to npm run merge (this build is one shard)');
        const started = performance.now();
        const pages = await writeSearchIndex(fileURLToPath(dir), base);
        recordPhase('search index ms', performance.now() - started);
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
