/**
 * The pages read Astro's content store from its file when the build runs them, instead of from a
 * copy inside the bundle. Astro inlines the store as one JSON string literal (75 MB at 1,000
 * editions), which the bundler parses and the process keeps as module source for the whole build.
 * Static builds only: the bundle runs here, on this machine, where the file is.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const FREE_MEMORY = fileURLToPath(new URL('./free-memory.ts', import.meta.url));

/** Astro's id for the module that holds the store (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Astro's name for the store's file in the cache folder (DATA_STORE_FILE in the same file). */
export const STORE_FILE = 'data-store.json';

export function storeModuleCode(storeFile: string): string {
  // A Map, not Astro's flat array: the module's export would otherwise keep both alive. The file's
  // text and the flat array are garbage once it is made, the largest there is: their memory goes back.
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { unflatten } from 'devalue';`,
    `import { returnFreedMemory } from ${JSON.stringify(FREE_MEMORY)};`,
    `const store = unflatten(JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8')));`,
    `returnFreedMemory();`,
    `export default store;`,
  ].join('\n');
}

export const storeFromFile = (): AstroIntegration => ({
  name: 'otagai-store-from-file',
  hooks: {
    'astro:config:setup': ({ command, config, updateConfig }) => {
      if (command !== 'build') return;
      const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'otagai-store-from-file',
              // After Astro's own load: only the module's code is replaced, before it is parsed.
              transform: (code: string, id: string) => (id === STORE_MODULE_ID && code.startsWith('export default JSON.parse(') ? { code: storeModuleCode(storeFile), map: null } : undefined),
            },
          ],
        },
      });
    },
  },
});
