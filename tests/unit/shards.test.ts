/** Sharing the editions among shard builds, and joining their sitemaps. */
import { describe, expect, it } from 'vitest';
import { parseShard, shareOf } from '../../src/lib/build-options.ts';
import { mergeSitemaps } from '../../src/lib/sitemap-merge.ts';

describe('shards', () => {
  it('reads i/n and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '2', 'a/b', '1/0']) expect(parseShard(bad)).toBeUndefined();
  });
  it('gives every edition to exactly one shard, in turn over the sorted slugs', () => {
    const editions = ['e', 'a', 'd', 'b', 'c', 'f', 'g'].map((slug) => ({ slug }));
    const shares = [1, 2, 3].map((index) => shareOf(editions, { index, count: 3 }).map((e) => e.slug).sort());
    expect(shares).toEqual([['a', 'd', 'g'], ['b', 'e'], ['c', 'f']]);
    expect(shareOf(editions, undefined)).toEqual(editions);
  });
});

describe('mergeSitemaps', () => {
  const head = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  const urls = (...paths: string[]) => `${head}${paths.map((p) => `<url><loc>https://x.example/${p}</loc></url>`).join('')}</urlset>`;
  it('sorts every address once, across shards, and writes the index', () => {
    const files = mergeSitemaps([urls('', 'b/'), urls('', 'a/')], 'https://x.example/');
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(files[0]!.text).toBe(urls('', 'a/', 'b/'));
    expect(files[1]!.text).toContain('<sitemap><loc>https://x.example/sitemap-0.xml</loc></sitemap>');
  });
  it('starts a new file at the limit, as one build does', () => {
    const files = mergeSitemaps([urls('a/', 'b/', 'c/')], 'https://x.example/', 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files[1]!.text).toBe(urls('c/'));
  });
});
