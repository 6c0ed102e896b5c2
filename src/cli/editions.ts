/**
 * npm run editions --silent: the published editions' slugs as a JSON array, e.g. for a CI job matrix
 * that builds each edition as its own site (see docs/scale.md).
 */
import { contentSchemas } from '../schema/index.ts';
import { publishedEditions } from '../lib/build-options.ts';
import { folderOptions, parseCli } from './build-args.ts';
import { readContent } from '../lib/content/read-content.ts';
import { cliWords as t } from '../lib/cli-words.ts';

const options = folderOptions(parseCli({}).values);
const content = readContent(options.contentDir, contentSchemas);
if (content.problems.length > 0) {
  console.error(t('editions.problems', { count: content.problems.length }));
  process.exit(1);
}
console.log(JSON.stringify(publishedEditions(content.editions, options).map((e) => e.slug)));
