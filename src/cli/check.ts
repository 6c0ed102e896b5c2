/**
 * npm run check: validates all content without building pages, and lists every problem
 * as `file:line field: message`. Exit code 1 when there is any problem. What only a draft
 * may carry (placeholders, an example site address…) is listed as a warning and does not fail.
 * --content <dir> checks another folder.
 */
import { contentSchemas } from '../schema/index.ts';
import { folderOptions, parseCli } from './build-args.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { readContent } from '../lib/content/read-content.ts';

const { values } = parseCli({});
const content = readContent(folderOptions(values).contentDir, contentSchemas);
if (content.warnings.length > 0) {
  console.warn('下書きの版への注意（公開する前、draft: false にする前に直してください）:');
  for (const line of sortProblems(content.warnings).map(formatProblem)) console.warn(`  ${line}`);
  console.warn('');
}
if (content.problems.length > 0) {
  for (const line of sortProblems(content.problems).map(formatProblem)) console.error(line);
  console.error(`\n${content.problems.length} 件の問題があります。上の各行を直して、もう一度 npm run check を実行してください。`);
  process.exit(1);
}
// Coverage of each language's translation: a stale or missing unit is shown in Japanese with a notice, never dropped.
for (const e of content.editions) {
  for (const t of e.translations) {
    const c = t.coverage;
    const left = c.total - c.current;
    console.log(`訳 ${e.slug} ${t.language}: ${c.current}/${c.total} 件${left ? `（原文が変わった ${c.stale}、未翻訳 ${c.todo + c.missing}: npm run translations -- ${e.slug} ${t.language}）` : ''}`);
  }
}
const noted = content.warnings.length > 0 ? `（下書きへの注意 ${content.warnings.length} 件）` : '';
console.log(`内容に問題はありません${noted}: ${content.editions.length} 版、行為の分類 ${content.behaviours.length} 件。`);
