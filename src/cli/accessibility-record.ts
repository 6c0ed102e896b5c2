/**
 * The last step of `npm run accessibility:record`: turns the complete browser run just made
 * (test-results/accessibility.json, test-results/html-validity.json) into the committed record
 * content/shared/accessibility-record.json, with the commit tested and each edition's fingerprint.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionFingerprint, RECORD_FILE } from '../lib/fingerprint.ts';
import { accessibilityRecordSchema, type AccessibilityRecord } from '../schema/index.ts';
import { folderOptions, parseCli } from './build-args.ts';
import { cliWords as t } from '../lib/cli-words.ts';

const RUN = 'test-results/accessibility.json';
const HTML = 'test-results/html-validity.json';

const { contentDir } = folderOptions(parseCli({}).values);
if (!existsSync(RUN) || !existsSync(HTML)) {
  console.error(t('accessibility.missing', { run: RUN, html: HTML }));
  process.exit(1);
}

const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
const dirty = git('status', '--porcelain', '--', 'src', 'public', 'content', 'package-lock.json', 'astro.config.mjs') !== '';
const run = JSON.parse(readFileSync(RUN, 'utf8')) as Omit<AccessibilityRecord, 'fingerprints' | 'testedAt' | 'commit'> & { generatedAt: string };
const valid = (JSON.parse(readFileSync(HTML, 'utf8')) as { pages: Record<string, boolean> }).pages;
for (const [path, result] of Object.entries(run.pages)) if (path in valid) result.checks.htmlValid = valid[path]!;

const editions = readdirSync(join(contentDir, 'editions')).filter((slug) => Object.keys(run.pages).some((p) => p.startsWith(`/${slug}/`)));
const record = accessibilityRecordSchema.parse({
  testedAt: run.generatedAt,
  commit: `${git('rev-parse', 'HEAD')}${dirty ? '+dirty' : ''}`,
  tools: run.tools,
  axeTags: run.axeTags,
  ruleCriteria: run.ruleCriteria,
  fingerprints: Object.fromEntries(editions.map((slug) => [slug, editionFingerprint(process.cwd(), contentDir, slug)])),
  pages: run.pages,
});

// One page per line: the record is committed, and its diffs stay readable.
const lines = Object.entries(record.pages).map(([path, result]) => `    ${JSON.stringify(path)}: ${JSON.stringify(result)}`);
const { pages: _pages, ...head } = record;
const text = `${JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "pages": {\n')}${lines.join(',\n')}\n  }\n}\n`;
writeFileSync(join(contentDir, RECORD_FILE), text);
console.log(t('accessibility.recorded', { file: join(contentDir, RECORD_FILE), pages: Object.keys(record.pages).length, editions: editions.length, commit: record.commit.slice(0, 12) }));
if (dirty) console.log(t('accessibility.dirty'));
