/**
 * The server the tests and the benchmark look at the site through: pages as a static host serves
 * them, and nothing outside the folder, whatever the request says; a malformed request is answered.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../src/tooling/static-server.ts';

let parent: string;
let server: SiteServer;

/** A raw request: the path goes out exactly as written (fetch would normalise it first). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.origin);
    const req = request({ hostname, port, path, method: 'GET', timeout: 2_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${path} within 2 s`)));
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'otagai-serve-'));
  mkdirSync(join(parent, 'site/policy'), { recursive: true });
  mkdirSync(join(parent, 'site-secret'));
  writeFileSync(join(parent, 'site/index.html'), '<p>top</p>');
  writeFileSync(join(parent, 'site/policy/index.html'), '<p>policy</p>');
  writeFileSync(join(parent, 'site/404.html'), '<p>not here</p>');
  writeFileSync(join(parent, 'site-secret/secret.txt'), 'SECRET');
  writeFileSync(join(parent, 'outside.txt'), 'SECRET');
  server = await serveSite(join(parent, 'site'));
});
afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves /path/ as /path/index.html, and 404.html with status 404 for anything else', async () => {
    expect(await get('/')).toEqual({ status: 200, body: '<p>top</p>' });
    expect(await get('/policy/')).toEqual({ status: 200, body: '<p>policy</p>' });
    expect(await get('/nowhere/')).toEqual({ status: 404, body: '<p>not here</p>' });
  });

  it.each([
    '/..%2fsite-secret/secret.txt',
    '/..%2Fsite-secret%2Fsecret.txt',
    '/%2e%2e/site-secret/secret.txt',
    '/../site-secret/secret.txt',
    '/..%5csite-secret%5csecret.txt',
    '/..%2f..%2foutside.txt',
    '/policy/..%2f..%2f..%2fsite-secret/secret.txt',
  ])('reads nothing outside the folder: %s', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('SECRET');
  });

  it.each(['/%', '/%E0%A4%A', '/policy/%zz/', '/%c0%ae%c0%ae/site-secret/secret.txt'])('answers a malformed path at once: %s', async (path) => {
    const r = await get(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('SECRET');
  });
});
