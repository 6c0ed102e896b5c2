/**
 * Hands the build options to the code Astro runs (content loaders, pages) as the virtual module
 * virtual:otagai/build-options: the same value the CLI made, never read again from the environment.
 */
import type { AstroIntegration } from 'astro';
import type { BuildOptions } from '../lib/build-options.ts';

const ID = 'virtual:otagai/build-options';
const RESOLVED = `\0${ID}`;

export function buildOptionsModule(options: BuildOptions): AstroIntegration {
  return {
    name: 'otagai-build-options',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'otagai-build-options',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(options)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
