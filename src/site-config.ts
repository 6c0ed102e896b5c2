/** Astro's configuration for a build with these options: astro.config.mjs (dev) and npm run build both use it. */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroUserConfig } from 'astro';
import type { BuildOptions } from './lib/build-options.ts';
import { buildOptionsModule } from './integrations/build-options.ts';
import { releaseContent } from './integrations/release-content.ts';
import { searchIndex } from './integrations/search-index.ts';
import { storeFromFile } from './integrations/store-from-file.ts';

export function siteConfig(options: BuildOptions): AstroUserConfig {
  return {
    site: options.site,
    base: options.base,
    trailingSlash: 'always',
    outDir: options.outDir,
    cacheDir: options.cacheDir,
    build: { format: 'directory', inlineStylesheets: 'never' },
    integrations: [releaseContent(), mdx(), sitemap(), searchIndex(), buildOptionsModule(options), storeFromFile()],
    // Islands' code always in files of its own, never inlined: the pages' CSP allows no inline script.
    vite: { build: { assetsInlineLimit: 0 } },
    devToolbar: { enabled: false },
  };
}
