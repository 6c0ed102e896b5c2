/** The open data of an edition: what the city published, structured; nothing of the site's own settings. */
import type { Edition, FaqFile, OpenData } from '../schema/index.ts';

export function editionOpenData(edition: Edition, faqs: Array<FaqFile & { id: string; answer: string }>, at: { schema: string; url: string }): OpenData {
  const { draft: _draft, theme: _theme, site: _site, pages: _pages, ...published } = edition;
  return { $schema: at.schema, version: 1, url: at.url, ...published, faqs };
}
