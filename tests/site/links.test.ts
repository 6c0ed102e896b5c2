/** Every internal link and #anchor of the built site resolves, from every page in the sitemap. */
import { expect, it } from 'vitest';
import { DIST, htmlPages, readPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

it('has no broken links or anchors', async () => {
  const pages = sitemapPaths(DIST);
  const { checked, broken } = await brokenLinks(DIST, pages);
  const anchors = htmlPages().reduce((n, p) => n + (readPage(p).match(/href="[^"]*#[^"]+"/g)?.length ?? 0), 0);
  console.log(`links: ${checked} distinct URLs and ${anchors} #anchor links checked from ${pages.length} pages, ${broken.length} broken`);
  expect(checked).toBeGreaterThanOrEqual(pages.length);
  expect(broken).toEqual([]);
});

it('lists every built page in the sitemap', () => {
  const built = htmlPages().filter((p) => p !== '/404.html');
  expect(sitemapPaths(DIST).sort()).toEqual(built);
});
