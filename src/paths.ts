/** The site's paths for this build: base path from astro.config, standalone edition from the build options. */
import { buildOptions } from './lib/build-options.ts';
import { sitePaths } from './lib/paths.ts';

export const paths = sitePaths(import.meta.env.BASE_URL, buildOptions().edition);
