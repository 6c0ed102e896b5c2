/**
 * A test of the gate itself: the same checks that pass the real site must fail on a page
 * broken on purpose (tests/fixtures/broken-site: an image without alt, low-contrast text,
 * an unlabelled field, a broken #anchor and link, invalid HTML, a request to another site,
 * a link whose focus is invisible).
 */
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { brokenLinks } from '../helpers/links.ts';
import { axeViolations, keyboardProblems, recordForeignRequests, structureProblems } from '../helpers/page-checks.ts';

const BROKEN = 'tests/fixtures/broken-site';

describe('the gate catches what it claims to catch', () => {
  it('finds the broken #anchor and the missing page', async () => {
    const { broken } = await brokenLinks(BROKEN, ['/']);
    expect(broken.map((b) => b.url).sort()).toEqual(['/#nowhere', '/missing-page/']);
  });

  it('finds the invalid HTML and the image without alt', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(BROKEN, 'index.html'));
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(report.valid).toBe(false);
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'close-order']));
  });

  describe.skipIf(skipBrowserSuite())('in the browser', () => {
    const site = useSiteInBrowser(BROKEN);

    it('axe reports the missing alt, the low contrast and the missing label; the foreign request is caught', async () => {
      const page = await site.browser.newPage();
      const foreign = recordForeignRequests(page, site.origin);
      await page.goto(site.origin + '/');
      const violations = await axeViolations(page);
      const rules = new Set(violations.map((v) => v.split(':')[0]));
      expect([...rules]).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'label']));
      expect(foreign).toEqual(['https://tracker.example/pixel.gif']);
      await page.close();
    });

    it('finds the link whose focus cannot be seen', async () => {
      const page = await site.browser.newPage();
      await page.goto(site.origin + '/');
      expect(await keyboardProblems(page)).toEqual(['no visible focus indicator on a "フォーカスが見えないリンク"']);
      await page.close();
    });

    it('passes the structure checks it should pass (so they are not failing everything)', async () => {
      const page = await site.browser.newPage();
      await page.goto(site.origin + '/');
      expect(await structureProblems(page)).toEqual([]);
      await page.close();
    });
  });
});
