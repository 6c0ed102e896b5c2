/**
 * Content-Security-Policy violations a page reports in the browser: `securitypolicyviolation`
 * events (recorded from before the page's first script) and the console errors Chromium writes
 * for them. Attach before `goto`; read after the page has done what the test asks of it.
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return async () => {
    const events = page.isClosed() ? [] : await page.evaluate(() => window.__cspViolations ?? []);
    return [...new Set([...events, ...console])];
  };
}
