/**
 * npm run import -- <file> --slug <slug> --name <自治体名> [--prefecture <都道府県名>] [--reading <よみ>] [--kind <種類>] [--code <コード>] [--url <address>]
 * Reads a city's document (PDF, saved web page, Word .docx, text or Markdown) into a new draft
 * edition, content/editions/<slug>/: the source text kept, policy.yaml, edition.yaml prefilled with
 * suggestions, FAQ drafts and a report. Refuses, with the reason, what it cannot do.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { folderOptions, parseCli } from './build-args.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { loadPrefectures, readContent } from '../lib/content/read-content.ts';
import { editionFiles } from '../lib/import/edition-files.ts';
import { structureDocument } from '../lib/import/pipeline.ts';
import { keptName } from '../lib/import/write.ts';
import { newEditionRefusal } from '../lib/new-edition.ts';
import { governmentFromFlags } from '../lib/new-government.ts';
import { contentSchemas } from '../schema/index.ts';
import { ImportRefusal, readFile } from '../import/index.ts';
import { cliWords as t } from '../lib/cli-words.ts';

function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseCli({ slug: { type: 'string' }, name: { type: 'string' }, prefecture: { type: 'string' }, reading: { type: 'string' }, kind: { type: 'string' }, code: { type: 'string' }, url: { type: 'string' } }, true);
} catch (e) {
  refuse(t('import.usage', { error: (e as Error).message }));
}
const { values, positionals } = parsed;
const file = positionals[0] ?? '';
const slug = values.slug ?? '';
if (!file) refuse(t('import.noFile'));
if (!slug) refuse(t('import.noSlug'));
if (!values.name?.trim()) refuse(t('import.noName'));
if (values.url && !/^https?:\/\/\S+$/.test(values.url)) refuse(t('import.badUrl', { url: values.url }));
const contentDir = folderOptions(values).contentDir;
const editionsDir = join(contentDir, 'editions');
const refusal = newEditionRefusal(slug, values.name, existsSync(editionsDir) ? readdirSync(editionsDir) : []);
if (refusal) refuse(refusal);
const government = governmentFromFlags({ name: values.name!, prefecture: values.prefecture, kind: values.kind, code: values.code }, loadPrefectures(contentDir, contentSchemas.prefecture));
if ('refusal' in government) refuse(government.refusal);

const started = performance.now();
let doc;
try {
  doc = await readFile(file);
} catch (e) {
  if (e instanceof ImportRefusal) refuse(`${file}: ${e.message}`);
  throw e;
}
const imp = structureDocument(doc);
const dir = join(editionsDir, slug);
const shownDir = relative(process.cwd(), dir) || dir;
const req = { slug, name: values.name!.trim(), ...government, reading: values.reading, url: values.url, fileName: basename(file), keptName: keptName(basename(file)), today: new Date().toISOString().slice(0, 10) };
const { files, report } = editionFiles(imp, doc, req, shownDir);
for (const [name, text] of files) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}
const ms = performance.now() - started;

console.log(report);
// The draft must pass the same check as any edition: say so, or say what is wrong.
const problems = readContent(contentDir, contentSchemas).problems.filter((p) => p.file.includes(`editions/${slug}/`));
console.log(t('import.took', { ms: Math.round(ms), dir: shownDir }));
if (problems.length) {
  for (const line of sortProblems(problems).map(formatProblem)) console.error(line);
  refuse(`\n${t('import.problems', { count: problems.length })}`);
}
console.log(t('import.ok'));
