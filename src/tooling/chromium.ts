/**
 * Debian's Chromium, driven by playwright-core (no browser download). When no Chromium is
 * found, browser suites say how to install it in one line; under CI=true that is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

export const NO_CHROMIUM = 'No Chromium found: install it with `sudo apt-get install -y chromium fonts-noto-cjk` (or set CHROMIUM_PATH) to run the browser tests.';

/** True when browser suites should be skipped (locally, without Chromium). Under CI it throws instead. */
export function skipBrowserSuite(): boolean {
  if (chromiumPath) return false;
  if (process.env.CI) throw new Error(NO_CHROMIUM);
  console.warn(NO_CHROMIUM);
  return true;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
