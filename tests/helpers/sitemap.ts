/** The pages a build says it publishes: every <loc> of its sitemap, as local paths. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(root: string): string[] {
  const index = join(root, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: the build must write a sitemap.`);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const paths: string[] = [];
  for (const sitemapUrl of locs(readFileSync(index, 'utf8'))) {
    const file = join(root, new URL(sitemapUrl).pathname.split('/').pop()!);
    for (const page of locs(readFileSync(file, 'utf8'))) paths.push(new URL(page).pathname);
  }
  return paths;
}
