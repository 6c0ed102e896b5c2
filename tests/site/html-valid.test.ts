/** Every built page is valid HTML (html-validate, recommended rules; exceptions in .htmlvalidate.json). */
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { HTML_REPORT_FILE, writeJson } from '../helpers/report.ts';
import { isOwnSite } from '../helpers/content.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('HTML validity', () => {
  const pages = htmlPages();
  const valid: Record<string, boolean> = {};
  afterAll(() => {
    // Published on each edition's accessibility page (success criterion 4.1.1) after complete runs.
    if (isOwnSite && Object.keys(valid).length === pages.length) writeJson(HTML_REPORT_FILE, { generatedAt: new Date().toISOString(), pages: valid });
  });
  it('has pages to validate', () => expect(pages.length).toBeGreaterThan(10));
  for (const page of pages) {
    it(page, async () => {
      const file = join(DIST, page, page.endsWith('/') ? 'index.html' : '');
      const report = await validator.validateFile(file);
      valid[page] = report.valid;
      expect(report.valid, text(report.results)).toBe(true);
    });
  }
});
