/**
 * npm run new-edition -- <slug> --name <自治体名> [--prefecture <都道府県名>] [--reading <よみ>] [--kind <種類>] [--code <コード>]
 * Creates content/editions/<slug>/ from the commented template; it builds at once as a draft. The kind is
 * read from the name where its suffix is clear (…町 is a town), asked for (--kind) where it is not.
 */
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderOptions, parseCli } from './build-args.ts';
import { loadPrefectures } from '../lib/content/read-content.ts';
import { newEditionRefusal, templateValues } from '../lib/new-edition.ts';
import { cliWords as t } from '../lib/cli-words.ts';
import { governmentFromFlags } from '../lib/new-government.ts';
import { contentSchemas } from '../schema/index.ts';

const TEMPLATE = join(import.meta.dirname, 'templates', 'edition');

const { values, positionals } = parseCli({ name: { type: 'string' }, prefecture: { type: 'string' }, reading: { type: 'string' }, kind: { type: 'string' }, code: { type: 'string' } }, true);
const slug = positionals[0] ?? '';
const contentDir = folderOptions(values).contentDir;
const editionsDir = join(contentDir, 'editions');
const taken = existsSync(editionsDir) ? readdirSync(editionsDir) : [];
const refusal = newEditionRefusal(slug, values.name, taken);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

const government = governmentFromFlags({ name: values.name!, prefecture: values.prefecture, kind: values.kind, code: values.code }, loadPrefectures(contentDir, contentSchemas.prefecture));
if ('refusal' in government) {
  console.error(government.refusal);
  process.exit(1);
}

const dir = join(editionsDir, slug);
cpSync(TEMPLATE, dir, { recursive: true });
const fill = templateValues({ slug, name: values.name!, ...government, reading: values.reading, today: new Date() });
const walk = (d: string) => {
  for (const name of readdirSync(d)) {
    const file = join(d, name);
    if (statSync(file).isDirectory()) walk(file);
    else writeFileSync(file, readFileSync(file, 'utf8').replace(/\{\{(\w+)\}\}/g, (all, key: string) => fill[key] ?? all));
  }
};
walk(dir);
console.log(t('newEdition.created', { dir, slug }));
