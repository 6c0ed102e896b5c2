/** The site's paths for this build: base path and standalone edition from the build options (npm run build sets them). */
import { buildOptions } from './lib/build-options.ts';
import { sitePaths } from './lib/paths.ts';

const options = buildOptions();
export const paths = sitePaths(options.base, options.edition);
