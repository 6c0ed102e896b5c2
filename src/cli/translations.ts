/**
 * npm run translations -- <slug> <language> [--stubs] [--accept <section:id>…] [--accept-all]
 * Lists each unit of an edition's translation as current, stale, todo or missing; --stubs writes a stub
 * for each missing unit (the Japanese words to replace, todo: true); --accept records that a stale or
 * stub unit now translates the current Japanese (after you have updated its words).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderOptions, parseCli } from './build-args.ts';
import { readContent } from '../lib/content/read-content.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { acceptUnits, addStubs, fileOfSection } from '../lib/translations/stubs.ts';
import { editionUnits, translatedLanguages, unitsFor, type TranslatedLanguage } from '../lib/translations/units.ts';
import { unitKey } from '../lib/translations/read-translations.ts';
import { contentSchemas } from '../schema/index.ts';

const { values, positionals } = parseCli({ stubs: { type: 'boolean' }, accept: { type: 'string', multiple: true }, 'accept-all': { type: 'boolean' } }, true);
const [slug = '', language = ''] = positionals;
if (!(translatedLanguages as readonly string[]).includes(language)) {
  console.error(`言語を指定してください（${translatedLanguages.join('、')}）。例: npm run translations -- ${slug || 'sakaide'} en`);
  process.exit(1);
}
const lang = language as TranslatedLanguage;
const content = readContent(folderOptions(values).contentDir, contentSchemas);
const source = content.editions.find((e) => e.slug === slug);
if (!source) {
  const own = content.problems.filter((p) => p.file.includes(`editions/${slug}/`));
  for (const line of sortProblems(own).map(formatProblem)) console.error(line);
  console.error(own.length ? `版「${slug}」に問題があります。上の指摘を直してください。` : `版「${slug}」はありません: ${content.editions.map((e) => e.slug).join('、')}`);
  process.exit(1);
}
const units = unitsFor(editionUnits(source), lang);
const dir = join(source.dir, 'translations', lang);
const have = source.translations.find((t) => t.language === lang);
const statusOf = (key: string) => have?.units.get(key)?.status ?? 'missing';

const write = (file: string, change: (text: string) => string) => {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
};

if (values.stubs) {
  const missing = units.filter((u) => statusOf(unitKey(u.section, u.id)) === 'missing');
  for (const file of new Set(missing.map((u) => fileOfSection[u.section]))) write(file, (text) => addStubs(text, lang, missing.filter((u) => fileOfSection[u.section] === file)));
  console.log(`${missing.length} 件の雛形を ${dir} に書きました。`);
}
const toAccept = values['accept-all'] ? units.filter((u) => ['stale', 'todo'].includes(statusOf(unitKey(u.section, u.id)))) : units.filter((u) => values.accept?.includes(unitKey(u.section, u.id)));
if (toAccept.length > 0 && existsSync(dir)) {
  for (const file of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const { text, accepted } = acceptUnits(readFileSync(join(dir, file), 'utf8'), toAccept);
    if (accepted.length) writeFileSync(join(dir, file), text);
    for (const key of accepted) console.log(`訳を現在の原文のものとしました: ${key}`);
  }
}
if (!values.stubs && toAccept.length === 0) {
  const counts = { current: 0, stale: 0, todo: 0, missing: 0 };
  for (const u of units) {
    const key = unitKey(u.section, u.id);
    const status = statusOf(key);
    counts[status]++;
    if (status !== 'current') console.log(`${status.padEnd(8)} ${key}`);
  }
  console.log(`${slug} ${lang}: ${units.length} 件のうち 訳済み ${counts.current}、原文が変わった ${counts.stale}、未翻訳の雛形 ${counts.todo}、なし ${counts.missing}`);
}
