/** Every page of an edition lets a feed reader find the edition's Atom feed; pages of no edition name none. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/lib/words.ts';
import { DIST, distExists, htmlPages, readPage } from '../helpers/dist.ts';

const feedLinks = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
/** The editions built: a folder with its open data. */
const editionOf = (path: string) => {
  const slug = path.split('/')[1]!;
  const data = join(DIST, slug, 'policy.json');
  return slug && existsSync(data) ? { slug, city: (JSON.parse(readFileSync(data, 'utf8')) as { city: { name: string } }).city.name } : undefined;
};

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('Atom feed links', () => {
  const pages = htmlPages();
  const editionPages = pages.filter(editionOf);

  it('are on every page of every edition', () => {
    expect(editionPages.length).toBeGreaterThan(20);
    for (const path of editionPages) {
      const { slug, city } = editionOf(path)!;
      const links = feedLinks(readPage(path));
      expect(links, path).toHaveLength(1);
      expect(attr(links[0]!, 'href'), path).toBe(`/${slug}/feed.xml`);
      // A page in another language names the feed in its own words; the Japanese pages in these.
      if (!/^\/[a-z0-9-]+\/(en|easy)\//.test(path)) expect(attr(links[0]!, 'title'), path).toBe(wordsFor('ja')('history.feedTitle', { name: city }));
    }
  });

  it('point to the Atom feed of that edition', () => {
    for (const slug of new Set(editionPages.map((p) => editionOf(p)!.slug))) {
      const feed = readFileSync(join(DIST, slug, 'feed.xml'), 'utf8');
      expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(feed).toContain(`/${slug}/feed.xml"/>`);
    }
  });

  it('are on no page outside an edition', () => {
    const others = pages.filter((p) => !editionOf(p));
    expect(others).toEqual(expect.arrayContaining(['/', '/compare/', '/search/']));
    for (const path of others) expect(feedLinks(readPage(path)), path).toEqual([]);
  });
});
