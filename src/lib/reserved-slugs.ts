/**
 * Names an edition folder cannot take: an edition lives at /<slug>/, so a slug that is also a
 * top-level route (src/pages), a public file's name or a folder the build writes would hide one
 * of them. Derived from the project's folders, so a new route reserves its name by existing.
 * One list for `npm run check`, the build and `npm run new-edition`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Written into dist/ by the build, not by a route: the search index. */
const BUILD_FOLDERS = ['pagefind'];
/** Kept free for what an edition or the site has or may add at the top: /posters/, /feed/, /about/… */
const KEPT = ['posters', 'assets', 'feed', 'api', 'admin', 'about', 'accessibility'];

/** The name a top-level entry takes in the URL: search.astro → search, [comparison].json.ts → none (dynamic), index → none. */
function routeName(entry: string): string | undefined {
  if (entry.startsWith('[') || entry.startsWith('_') || entry.startsWith('.')) return undefined;
  const name = entry.split('.')[0]!;
  return name === 'index' || !name ? undefined : name;
}

export function reservedSlugs(root = process.cwd()): string[] {
  const names = new Set([...BUILD_FOLDERS, ...KEPT]);
  for (const dir of ['src/pages', 'public']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full)) {
      const name = routeName(entry);
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}
