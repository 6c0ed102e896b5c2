/**
 * Lets the parsed content go once Astro's store holds what the pages need: the build script and the
 * loaders share one read (readContentOnce), about 300 MB at 1,000 editions, which the pages never read.
 */
import type { AstroIntegration } from 'astro';
import { releaseContentRead } from '../lib/content/read-content.ts';

export const releaseContent = (): AstroIntegration => ({
  name: 'otagai-release-content',
  // The build starts after the content is synced: every loader has run.
  hooks: { 'astro:build:start': () => releaseContentRead() },
});
