/**
 * Two memory savings lean on how Astro works inside, not on its API. If Astro changes, the build still
 * works but holds more memory; these tests say which saving is lost and where to look.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { astroInternal } from '../../src/integrations/astro-internals.ts';
import { CONTENT_LAYER_MODULE } from '../../src/integrations/release-content.ts';
import { STORE_FILE, STORE_MODULE_ID, storeModuleCode } from '../../src/integrations/store-from-file.ts';

const astroFile = (path: string) => readFileSync(astroInternal(path), 'utf8');

describe('the content store read from its file (src/integrations/store-from-file.ts)', () => {
  it('gives the pages the same collections as Astro’s inlined module', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'otagai-store-'));
    const collections = new Map([['faqs', new Map([['a/recording', { id: 'a/recording', data: { question: '録音してもよいですか' } }]])]]);
    writeFileSync(join(dir, 'data-store.json'), devalue.stringify(collections));
    writeFileSync(join(dir, 'store.mjs'), storeModuleCode(join(dir, 'data-store.json')));
    const { default: read } = (await import(pathToFileURL(join(dir, 'store.mjs')).href)) as { default: unknown };
    expect(read).toBeInstanceOf(Map);
    expect(read).toEqual(collections);
  });

  it('replaces the module Astro still inlines under the same id, and Astro takes a Map from it', () => {
    expect(astroFile('content/consts.js')).toContain(`RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID`);
    expect(astroFile('content/consts.js')).toContain(`DATA_STORE_VIRTUAL_ID = "${STORE_MODULE_ID.slice(1)}"`);
    expect(astroFile('content/consts.js')).toContain(`DATA_STORE_FILE = "${STORE_FILE}"`);
    expect(astroFile('content/vite-plugin-content-virtual-mod.js')).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(astroFile('content/data-store.js')).toContain('data.default instanceof Map');
  });
});

describe('the synced store let go at build start (src/integrations/release-content.ts)', () => {
  it('finds Astro’s content layer singleton and its dispose', async () => {
    const module = (await import(astroInternal(CONTENT_LAYER_MODULE).href)) as { globalContentLayer?: { dispose?: unknown } };
    expect(typeof module.globalContentLayer?.dispose).toBe('function');
    expect(astroInternal(CONTENT_LAYER_MODULE).pathname).toMatch(/astro\/dist\/content\/instance\.js$/);
  });
});
