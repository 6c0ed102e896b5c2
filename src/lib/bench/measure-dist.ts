/** What a build put in dist/: pages, posters, bytes, search index, and page weight by page type. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageType } from '../page-types.ts';
import { median, pageWeight } from '../page-weight.ts';

export interface TypeWeights {
  pages: number;
  html: { median: number; max: number };
  css: { median: number; max: number };
  js: { median: number; max: number };
}

export interface DistMeasure {
  pages: number;
  posterFiles: number;
  distBytes: number;
  searchIndexBytes: number;
  byType: Record<string, TypeWeights>;
}

export function measureDist(dir: string, editionSlugs: string[]): DistMeasure {
  let distBytes = 0;
  let searchIndexBytes = 0;
  let posterFiles = 0;
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(dir, file).replace(/\\/g, '/');
    const size = statSync(file).size;
    distBytes += size;
    if (rel.startsWith('pagefind/')) searchIndexBytes += size;
    if (/\/posters\/[^/]+\.(pdf|png)$/.test(rel)) posterFiles += 1;
    if (rel.endsWith('index.html')) pages.push(`/${rel.replace(/index\.html$/, '')}`);
  }
  // Editions are copies of a few real ones: type pages by their shape (edition-faq-item), not their city.
  const groups = new Map<string, ReturnType<typeof pageWeight>[]>();
  for (const path of pages) {
    const type = pageType(path, editionSlugs);
    const list = groups.get(type) ?? [];
    list.push(pageWeight(dir, path));
    groups.set(type, list);
  }
  const stat = (values: number[]) => ({ median: median(values), max: Math.max(0, ...values) });
  const byType = Object.fromEntries(
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([type, ws]) => [type, { pages: ws.length, html: stat(ws.map((w) => w.html)), css: stat(ws.map((w) => w.css)), js: stat(ws.map((w) => w.js)) }]),
  );
  return { pages: pages.length, posterFiles, distBytes, searchIndexBytes, byType };
}
