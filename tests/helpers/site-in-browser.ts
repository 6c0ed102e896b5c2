/** A built site served on 127.0.0.1 and a Chromium to look at it, for the length of a test suite. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/tooling/chromium.ts';
import { serveSite, type SiteServer } from '../../src/tooling/static-server.ts';

export function useSiteInBrowser(root: string) {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveSite(root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server!.origin;
    },
    get browser() {
      return browser!;
    },
  };
}
