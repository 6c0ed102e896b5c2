/**
 * Lets the content go once Astro's store holds what the pages need: the parsed content that the build
 * script and the loaders share (readContentOnce, about 300 MB at 1,000 editions; the loaders let it go
 * too), and the store Astro filled while syncing, which it keeps for a dev server's next sync; the pages
 * read their own copy. What they held goes back to the system, and so does what the pages used before
 * the search index is made.
 */
import type { AstroIntegration } from 'astro';
import { releaseContentRead } from '../lib/content/read-content.ts';
import { astroInternal } from './astro-internals.ts';
import { returnFreedMemory } from './free-memory.ts';

/** Where Astro keeps the content layer between syncs (not one of its exports). */
export const CONTENT_LAYER_MODULE = 'content/instance.js';

async function releaseSyncedStore() {
  // A missing module costs memory, not correctness: tests/unit/astro-internals.test.ts notices.
  const layer = await import(astroInternal(CONTENT_LAYER_MODULE).href).then(
    (m: { globalContentLayer?: { dispose(): void } }) => m.globalContentLayer,
    () => undefined,
  );
  layer?.dispose();
}

export const releaseContent = (): AstroIntegration => ({
  name: 'otagai-release-content',
  // The build starts after the content is synced: every loader has run.
  hooks: {
    'astro:build:start': async () => {
      releaseContentRead();
      await releaseSyncedStore();
      returnFreedMemory();
    },
    // Before the sitemap and the search index (this integration comes first): what the pages used goes back.
    'astro:build:done': () => returnFreedMemory(),
  },
});
