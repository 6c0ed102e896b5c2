/**
 * Every built page carries a Content-Security-Policy, first in its head, that lets no script run
 * but the site's own files, and none at all on a page without an island; inline style only by its
 * hash. Nothing on a page needs more: no inline code, no event-handler or style attributes, no
 * javascript: links, and JSON blocks escaped.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { distExists, htmlPages, readPage } from '../helpers/dist.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
  if (metas.length !== 1) throw new Error(`${metas.length} CSP <meta> elements`);
  return new Map(
    metas[0]![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('Content-Security-Policy', () => {
  const pages = htmlPages();

  it.each(pages)('%s allows only its own scripts and styles', (path) => {
    const html = readPage(path);
    const policy = policyOf(html);
    expect(html.indexOf('<meta http-equiv="content-security-policy"'), 'the policy comes first, before anything it governs').toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);

    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, body]) => ({ attrs: attrs!, body: body! }));
    const data = scripts.filter((s) => /type="application\/(ld\+)?json"/.test(s.attrs));
    const code = scripts.filter((s) => !data.includes(s));
    for (const s of data) {
      expect(s.body, 'JSON blocks are written by jsonForScript').not.toMatch(/[<>&]/);
      expect(() => JSON.parse(s.body)).not.toThrow();
    }
    // Code only as the site's own files; a page without any has no script at all.
    for (const s of code) {
      expect(s.attrs).toMatch(/\ssrc="\/_astro\/[^"]+\.js"/);
      expect(s.body).toBe('');
    }
    // WebAssembly is allowed only where Pagefind runs: the search page.
    const wasm = html.includes('id="search-results"') ? ["'wasm-unsafe-eval'"] : [];
    expect(policy.get('script-src')).toEqual(code.length > 0 ? ["'self'", ...wasm] : ["'none'"]);

    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
    expect(policy.get('style-src')).toEqual(["'self'", ...styles]);
    expect(html, 'event-handler attributes').not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(html, 'style attributes').not.toMatch(/<[^>]+\sstyle="/);
    expect(html, 'javascript: links').not.toMatch(/(?:href|src|action)="\s*javascript:/i);
  });
});
