/**
 * The open data of an edition: what the city published, structured; nothing of the site's own
 * settings. Made by parsing with the published schema, which keeps only the fields it describes.
 */
import { openDataSchema, type Edition, type FaqFile, type OpenData } from '../schema/index.ts';

export function editionOpenData(edition: Edition, faqs: Array<FaqFile & { id: string; answer: string }>, at: { schema: string; url: string }): OpenData {
  return openDataSchema.parse({ ...edition, $schema: at.schema, version: 1, url: at.url, faqs });
}
