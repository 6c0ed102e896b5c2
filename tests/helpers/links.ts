/**
 * Broken links and #anchors in a built site, found by linkinator. It is started from every
 * page (from one page it would follow only what that page links to) against the site served
 * on 127.0.0.1, with fragment checking on.
 */
import { check, LinkState } from 'linkinator';
import { serveSite } from '../../src/tooling/static-server.ts';

export interface BrokenLink {
  url: string;
  from: string;
  reason: string;
}

export async function brokenLinks(root: string, pages: string[]): Promise<{ checked: number; broken: BrokenLink[] }> {
  const server = await serveSite(root);
  try {
    const result = await check({
      path: pages.map((p) => server.origin + p),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 20,
      // Links to other sites are not ours to test offline; any request a page makes to them fails the browser gate.
      linksToSkip: async (link) => !link.startsWith(server.origin),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => ({
        url: l.url.replace(server.origin, ''),
        from: (l.parent ?? '').replace(server.origin, ''),
        reason: l.status ? `HTTP ${l.status}` : 'missing #anchor',
      }));
    return { checked: result.links.length, broken };
  } finally {
    await server.close();
  }
}
