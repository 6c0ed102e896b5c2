/**
 * Astro loaders over the content reader: the whole content folder is read and checked once per
 * change, and any problem stops the build with every problem listed.
 */
import type { Loader } from 'astro/loaders';
import options from 'virtual:otagai/build-options';
import { publishedEditions, shareOf } from '../lib/build-options.ts';
import { ContentError } from '../lib/content/problems.ts';
import { readContentOnce, releaseContentRead, type Content } from '../lib/content/read-content.ts';
import { returnFreedMemory } from '../integrations/free-memory.ts';
import { contentSchemas } from '../schema/index.ts';

/** Read once per change: every collection's loader asks, and the build script has read it already. */
function checkedContent(): Content {
  const content = readContentOnce(options.contentDir, contentSchemas);
  if (content.problems.length > 0) throw new ContentError(content.problems);
  return content;
}

export interface LoadedEntry {
  id: string;
  data: Record<string, unknown>;
  /** Markdown to render (FAQ answers). */
  markdown?: string;
}

/** The editions this build publishes. */
export const published = <T extends { slug: string; edition: { draft: boolean } }>(editions: T[]) => publishedEditions(editions, options);

/**
 * The editions whose own pages this build makes. A shard loads only their FAQs and check guides (the
 * site-wide pages need every edition, but not those): at 1,000 editions each shard would otherwise
 * render every FAQ's Markdown and hold it in memory.
 */
export const built = <T extends { slug: string; edition: { draft: boolean } }>(editions: T[]): T[] => shareOf(published(editions), options.shard);

/** Every collection's loader, and those that have loaded since the content was last let go. */
const loaders = new Set<string>();
const loaded = new Set<string>();

/**
 * Once every collection has loaded, the content read is let go, with the memory it and the loaders
 * used, before Astro writes its store to disk: that write is the build's largest moment.
 */
function hasLoaded(name: string) {
  loaded.add(name);
  if (loaded.size < loaders.size) return;
  loaded.clear();
  releaseContentRead();
  returnFreedMemory();
}

/** A loader whose entries are computed from the checked content. */
export function contentLoader(name: string, entries: (content: Content) => LoadedEntry[] | Promise<LoadedEntry[]>): Loader {
  loaders.add(name);
  return {
    name: `otagai-${name}`,
    load: async ({ store, parseData, renderMarkdown }) => {
      store.clear();
      for (const entry of await entries(checkedContent())) {
        const data = await parseData({ id: entry.id, data: entry.data });
        const rendered = entry.markdown === undefined ? undefined : await renderMarkdown(entry.markdown);
        // The Markdown itself is not kept: pages show the rendered answer, and the store is held whole in memory.
        store.set({ id: entry.id, data, ...(rendered ? { rendered } : {}) });
      }
      hasLoaded(name);
    },
  };
}
