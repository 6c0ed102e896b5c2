/** Reading the built site in dist/ as a reader sees it. */
import { createHash } from 'node:crypto';
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

/** Every file under root, by its path, with the SHA-256 of its bytes. */
export function fileHashes(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((file) => [relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The files that differ between two trees of hashes (missing from one counts). */
export const differingFiles = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((file) => a[file] !== b[file]).sort();
