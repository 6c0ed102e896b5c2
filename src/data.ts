/** Content as pages read it: the editions of this build, sorted. */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { shareOf } from './lib/build-options.ts';
import type { PageLanguage } from './lib/paths.ts';
import type { editionPageNames } from './schema/index.ts';

/** A page an edition has in some languages (history and accessibility are Japanese only). */
type EditionPage = (typeof editionPageNames)[number];
import { editionFingerprint, RECORD_FILE } from './lib/fingerprint.ts';
import { buildOptions } from './paths.ts';
import { accessibilityRecordSchema, type AccessibilityRecord } from './schema/index.ts';
import { sortEditions } from './lib/editions.ts';

/** In a build content does not change, so each lookup is made once (200 editions ask thousands of times); in dev, every time. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (made ??= make()));
}

export const allEditions = once(async () => sortEditions((await getCollection('editions')).map((e) => e.data)));

/** The editions whose own pages this build makes: all of them, or the shard's share (npm run build -- --shard i/n). */
export const builtEditions = once(async () => shareOf(await allEditions(), buildOptions.shard));

/** getStaticPaths for pages under an edition: /<slug>/…, or the root when the edition is built alone. */
export async function editionRoutes(paths: { editionParam: (slug: string) => string | undefined }) {
  return (await builtEditions()).map((edition) => ({ params: { edition: paths.editionParam(edition.slug) }, props: { edition } }));
}

/** Each edition in each language it is translated into, as site-wide pages list them (all, in every shard). */
export const allLocalEditions = once(async () => (await getCollection('languageVersions')).map((e) => e.data));

/** Each built edition in each language it is translated into (the loader loads only these). */
export const builtLocalEditions = once(async () => (await getCollection('localEditions')).map((e) => e.data));

/** getStaticPaths for a page in every language version that has it: /<slug>/en/<page>/ (or /en/<page>/ alone). */
export async function languageRoutes(paths: { editionParam: (slug: string, language?: PageLanguage) => string | undefined }, page: EditionPage) {
  return (await builtLocalEditions())
    .filter((edition) => edition.pages.includes(page))
    .map((edition) => ({ params: { edition: paths.editionParam(edition.slug, edition.local.language) }, props: { edition, language: edition.local.language as PageLanguage } }));
}

/** getStaticPaths for an edition page in Japanese and in every language version that has it. */
export async function pageRoutes(paths: Parameters<typeof languageRoutes>[0], page: EditionPage) {
  const japanese = (await editionRoutes(paths)).filter((r) => r.props.edition.pages.includes(page)).map((r) => ({ ...r, props: { ...r.props, language: 'ja' as PageLanguage } }));
  return [...japanese, ...(await languageRoutes(paths, page))];
}

/** An edition's FAQs as a page in a language lists them. */
export const pageFaqs = (slug: string, language: PageLanguage) => (language === 'ja' ? faqsOf(slug) : localFaqsOf(slug, language));

/** An edition's FAQs in a language, in the Japanese list's order. */
export async function localFaqsOf(slug: string, language: PageLanguage) {
  const local = new Map((await getCollection('localFaqs')).filter((f) => f.data.edition === slug && f.data.pageLanguage === language).map((f) => [f.data.id, f]));
  return (await faqsOf(slug)).flatMap((f) => local.get(f.data.id) ?? []);
}

/** Taxonomy id → the pictogram posters show for it (shared/behaviours.yaml). */
export const pictogramNames = once(async () => new Map((await getCollection('behaviours')).flatMap((b) => (b.data.pictogram ? [[b.data.id, b.data.pictogram] as const] : []))));

export const faqGroups = once(async () => (await getCollection('faqGroups')).map((g) => g.data).sort((a, b) => a.order - b.order));

/** Every edition's FAQs in list order (group order, then their own order). */
const faqsByEdition = once(async () => {
  const groups = new Map((await faqGroups()).map((g) => [g.id, g.order]));
  const sorted = (await getCollection('faqs')).sort(
    (a, b) => (groups.get(a.data.group) ?? 0) - (groups.get(b.data.group) ?? 0) || a.data.order - b.data.order || a.data.id.localeCompare(b.data.id),
  );
  const byEdition = new Map<string, typeof sorted>();
  for (const faq of sorted) byEdition.set(faq.data.edition, [...(byEdition.get(faq.data.edition) ?? []), faq]);
  return byEdition;
});

export async function faqsOf(slug: string) {
  return (await faqsByEdition()).get(slug) ?? [];
}

/**
 * The committed record of the last complete automated accessibility run (npm run accessibility:record),
 * or undefined when none has been recorded. A build reads it; it never reads the last test run.
 */
export const accessibilityRecord = once(async () => {
  const file = join(buildOptions.contentDir, RECORD_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = accessibilityRecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${RECORD_FILE} は試験記録の形式に合いません。npm run accessibility:record で作り直してください。`);
  return parsed.data;
});

/** Whether the record tested the pages as they are now (same engine, shared content and edition folder). */
export const recordIsCurrent = (record: AccessibilityRecord, slug: string) =>
  record.fingerprints[slug] === editionFingerprint(process.cwd(), buildOptions.contentDir, slug);
