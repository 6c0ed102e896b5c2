// @ts-check
// `astro dev` (and Vitest's component tests) build the all-editions site from content/;
// `npm run build` passes its own options to the same siteConfig (src/cli/build.ts).
import { defineConfig } from 'astro/config';
import { defaultBuildOptions } from './src/lib/build-options.ts';
import { siteConfig } from './src/site-config.ts';

export default defineConfig(siteConfig(defaultBuildOptions({ drafts: true })));
