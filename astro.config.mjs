// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  // The all-editions site; a standalone edition build sets its own site URL and base (npm run build -- --edition).
  site: process.env.OTAGAI_SITE || 'https://otagai.example.jp',
  base: process.env.OTAGAI_BASE || '/',
  trailingSlash: 'always',
  // Tests build fixture content into their own folders, side by side with the real build.
  outDir: process.env.OTAGAI_OUT_DIR || './dist',
  cacheDir: process.env.OTAGAI_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), searchIndex()],
  devToolbar: { enabled: false },
});
