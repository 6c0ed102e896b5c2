/** Every built page is valid HTML (html-validate, recommended rules; exceptions in .htmlvalidate.json). */
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('HTML validity', () => {
  const pages = htmlPages();
  it('has pages to validate', () => expect(pages.length).toBeGreaterThan(10));
  for (const page of pages) {
    it(page, async () => {
      const file = join(DIST, page, page.endsWith('/') ? 'index.html' : '');
      const report = await validator.validateFile(file);
      expect(report.valid, text(report.results)).toBe(true);
    });
  }
});
