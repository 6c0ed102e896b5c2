/**
 * npm run draft-faqs -- <slug>
 * After the author has confirmed an edition's rules (suggested: true removed), drafts one FAQ per
 * kind of confirmed rule: a neutral question, answered with the city's quoted words, citing their
 * clauses. Each draft is faq/<kind>.md with suggested: true; an existing file is never replaced.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { folderOptions, parseCli } from './build-args.ts';
import { readContent } from '../lib/content/read-content.ts';
import { faqFile, ruleFaqDrafts } from '../lib/import/faq-drafts.ts';
import { contentSchemas } from '../schema/index.ts';
import { cliWords as t } from '../lib/cli-words.ts';

const { values, positionals } = parseCli({}, true);
const slug = positionals[0] ?? '';
const content = readContent(folderOptions(values).contentDir, contentSchemas);
const edition = content.editions.find((e) => e.slug === slug);
if (!edition) {
  const own = content.problems.filter((p) => p.file.includes(`editions/${slug}/`));
  console.error(
    !slug
      ? t('draftFaqs.noSlug')
      : own.length
        ? t('draftFaqs.brokenEdition', { slug })
        : t('draftFaqs.unknownEdition', { slug, slugs: content.editions.map((e) => e.slug).join('、') }),
  );
  process.exit(1);
}
const faqDir = join(edition.dir, 'faq');
const taken = new Set(existsSync(faqDir) ? readdirSync(faqDir).map((n) => n.replace(/\.md$/, '').replace(/^_/, '')) : []);
const drafts = ruleFaqDrafts(edition.edition, edition.policy.clauses, taken);
const unconfirmed = edition.edition.rules.filter((r) => r.suggested).length;
mkdirSync(faqDir, { recursive: true });
for (const d of drafts) writeFileSync(join(faqDir, `${d.id}.md`), faqFile(d, (v) => stringify(v, { lineWidth: 0 })));
const shown = relative(process.cwd(), faqDir) || faqDir;
if (drafts.length) for (const d of drafts) console.log(t('draftFaqs.created', { file: `${shown}/${d.id}.md`, question: d.data.question }));
else console.log(t('draftFaqs.none'));
if (unconfirmed) console.log(t('draftFaqs.unconfirmed', { count: unconfirmed }));
console.log(t('draftFaqs.next'));
