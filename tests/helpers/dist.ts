/** Reading the built site in dist/ as a reader sees it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.OTAGAI_OUT_DIR || 'dist';

export function distExists(): boolean {
  return existsSync(join(DIST, 'index.html'));
}

/** Every HTML page, as its URL path (/sakaide/policy/). */
export function htmlPages(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(`/${relative(root, full).replace(/\\/g, '/').replace(/index\.html$/, '')}`);
    }
  };
  walk(root);
  return out.sort();
}

export function readPage(urlPath: string, root = DIST): string {
  const file = join(root, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return readFileSync(file, 'utf8');
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** The words of a page as read: readings (<rt>) and their brackets dropped, tags removed, spaces collapsed. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<(rt|rp)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/g, (e) => entities[e] ?? e)
    .replace(/\s+/g, '');
}
