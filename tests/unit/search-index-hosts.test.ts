/** Pagefind hosts write each edition's bundle side by side, and a failure ends with its message, not a hang. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindHosts, type BundleJob } from '../../src/integrations/search-index-hosts.ts';

const root = mkdtempSync(join(tmpdir(), 'otagai-hosts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string) => `<!doctype html><html lang="ja"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>録音について</p></main></body></html>`;
const job = (slug: string, folder = join(root, 'pagefind')): BundleJob => ({
  bundle: join(folder, slug),
  folder,
  requests: [{ path: `${slug}/faq/`, html: { url: `/${slug}/faq/`, content: page(slug) } }],
  files: [{ name: 'lexicon.test', bytes: new TextEncoder().encode(slug) }],
});

describe('pagefind hosts', () => {
  it('writes three bundles on two hosts, each with its own files and one shared script', async () => {
    const hosts = pagefindHosts(2);
    for (const slug of ['a', 'b', 'c']) await hosts.write(job(slug));
    expect(await hosts.close()).toBeGreaterThanOrEqual(0);
    for (const slug of ['a', 'b', 'c']) {
      expect(existsSync(join(root, 'pagefind', slug, 'pagefind-entry.json'))).toBe(true);
      expect(readFileSync(join(root, 'pagefind', slug, 'lexicon.test'), 'utf8')).toBe(slug);
    }
    expect(existsSync(join(root, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 60_000);

  it('fails with the reason when a bundle cannot be written', async () => {
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const hosts = pagefindHosts(1);
    await hosts.write(job('x', blocked));
    await expect(hosts.close()).rejects.toThrow(/ENOTDIR: not a directory/);
  }, 60_000);
});
