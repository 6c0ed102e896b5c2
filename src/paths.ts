/** The site's paths for this build: base path and standalone edition from the build options. */
import options from 'virtual:otagai/build-options';
import { sitePaths } from './lib/paths.ts';

export const buildOptions = options;
export const paths = sitePaths(options.base, options.edition);
