// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { buildOptions } from './src/lib/build-options.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// Where and what to build comes from the environment npm run build sets (src/lib/build-options.ts):
// the all-editions site by default; a standalone edition with its own site URL and base path.
const options = buildOptions();

export default defineConfig({
  site: options.site,
  base: options.base,
  trailingSlash: 'always',
  outDir: options.outDir,
  cacheDir: options.cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), searchIndex()],
  // Islands' code always in files of its own, never inlined: the pages' CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
