/**
 * npm run check: validates all content without building pages, and lists every problem
 * as `file:line field: message`. Exit code 1 when there is any problem. --content <dir> checks another folder.
 */
import { contentSchemas } from '../schema/index.ts';
import { folderOptions, parseCli } from './build-args.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { readContent } from '../lib/content/read-content.ts';

const { values } = parseCli({});
const content = readContent(folderOptions(values).contentDir, contentSchemas);
if (content.problems.length > 0) {
  for (const line of sortProblems(content.problems).map(formatProblem)) console.error(line);
  console.error(`\n${content.problems.length} 件の問題があります。上の各行を直して、もう一度 npm run check を実行してください。`);
  process.exit(1);
}
console.log(`内容に問題はありません: ${content.editions.length} 版、行為の分類 ${content.behaviours.length} 件。`);
