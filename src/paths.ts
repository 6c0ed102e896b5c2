/** The site's paths for this build: base path and standalone edition from the build options. */
import options from 'virtual:otagai/build-options';
import { localPaths, sitePaths } from './lib/paths.ts';

export const buildOptions = options;
export const paths = sitePaths(options.base, options.edition);

/** The paths as a page in its language links them (the route set the language on Astro.locals). */
export const pagePaths = (locals: App.Locals) => localPaths(paths, locals.language ?? 'ja');
