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
import { cliWords as t } from '../lib/cli-words.ts';

const { values } = parseCli({});
const content = readContent(folderOptions(values).contentDir, contentSchemas);
if (content.warnings.length > 0) {
  console.warn(t('check.draftWarnings'));
  for (const line of sortProblems(content.warnings).map(formatProblem)) console.warn(`  ${line}`);
  console.warn('');
}
if (content.problems.length > 0) {
  for (const line of sortProblems(content.problems).map(formatProblem)) console.error(line);
  console.error(`\n${t('check.problems', { count: content.problems.length })}`);
  process.exit(1);
}
// Coverage of each language's translation: a stale or missing unit is shown in Japanese with a notice, never dropped.
for (const e of content.editions) {
  for (const tr of e.translations) {
    const c = tr.coverage;
    const values = { slug: e.slug, language: tr.language, current: c.current, total: c.total, stale: c.stale, left: c.todo + c.missing };
    console.log(t(c.current === c.total ? 'check.coverage' : 'check.coverageLeft', values));
  }
}
const noted = content.warnings.length > 0 ? t('check.noted', { count: content.warnings.length }) : '';
console.log(t('check.ok', { noted, editions: content.editions.length, behaviours: content.behaviours.length }));
