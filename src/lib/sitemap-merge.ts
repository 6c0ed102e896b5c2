/**
 * Joins the sitemaps of shard builds into the sitemap one build of the whole site writes
 * (@astrojs/sitemap's format: every <url> sorted by address, 45,000 to a file, and an index).
 */
export const SITEMAP_LIMIT = 45_000;

export interface SitemapFile {
  name: string;
  text: string;
}

const URL_ENTRY = /<url>[\s\S]*?<\/url>/g;
const LOC = /<loc>([^<]*)<\/loc>/;

/** The sitemap files of one site from the sitemap-<n>.xml files of its shards. */
export function mergeSitemaps(shardSitemaps: string[], siteRoot: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  if (shardSitemaps.length === 0) return [];
  const header = shardSitemaps[0]!.slice(0, shardSitemaps[0]!.indexOf('<url>'));
  const byLoc = new Map<string, string>();
  for (const text of shardSitemaps) for (const entry of text.match(URL_ENTRY) ?? []) byLoc.set(entry.match(LOC)![1]!, entry);
  const entries = [...byLoc.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  const files: SitemapFile[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    files.push({ name: `sitemap-${i}.xml`, text: `${header}${entries.slice(i * limit, (i + 1) * limit).join('')}</urlset>` });
  }
  const index = files.map((f) => `<sitemap><loc>${siteRoot}${f.name}</loc></sitemap>`).join('');
  files.push({
    name: 'sitemap-index.xml',
    text: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`,
  });
  return files;
}
