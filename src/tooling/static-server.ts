/**
 * Serves a built site folder on 127.0.0.1, as a static host would: /path/ → /path/index.html,
 * else 404.html with status 404. sirv does the serving: it lists the folder once at start and
 * answers only paths in that list, so no request (/..%2f<sibling>/…, a malformed %) reaches a
 * file outside it.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(root: string): Promise<SiteServer> {
  const notFound = (() => {
    try {
      return readFileSync(join(root, '404.html'));
    } catch {
      return 'Not found';
    }
  })();
  const serve = sirv(root, {
    dev: false,
    etag: true,
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    },
  });
  const server = createServer((req, res) => serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
