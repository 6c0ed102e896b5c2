/** Content as pages read it: the editions of this build, sorted. */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { AccessibilityReport } from './lib/accessibility-report.ts';
import { sortEditions } from './lib/editions.ts';

/** In a build content does not change, so each lookup is made once (200 editions ask thousands of times); in dev, every time. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (made ??= make()));
}

export const allEditions = once(async () => sortEditions((await getCollection('editions')).map((e) => e.data)));

/** getStaticPaths for pages under an edition: /<slug>/…, or the root when the edition is built alone. */
export async function editionRoutes(paths: { editionParam: (slug: string) => string | undefined }) {
  return (await allEditions()).map((edition) => ({ params: { edition: paths.editionParam(edition.slug) }, props: { edition } }));
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
 * The last complete automated accessibility run (written by npm test), with the HTML validity
 * results merged in; undefined when no run has been made on this machine yet.
 */
export const accessibilityReport = (): AccessibilityReport | undefined => (import.meta.env.DEV ? readAccessibilityReport() : (report ??= readAccessibilityReport()));
let report: AccessibilityReport | undefined;

function readAccessibilityReport(): AccessibilityReport | undefined {
  const file = 'test-results/accessibility.json';
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as AccessibilityReport;
  const html = 'test-results/html-validity.json';
  if (existsSync(html)) {
    const valid = (JSON.parse(readFileSync(html, 'utf8')) as { pages: Record<string, boolean> }).pages;
    for (const [path, result] of Object.entries(report.pages)) if (path in valid) result.checks.htmlValid = valid[path]!;
  }
  return report;
}
