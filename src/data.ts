/** Content as pages read it: the editions of this build, sorted. */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { AccessibilityReport } from './lib/accessibility-report.ts';
import { sortEditions } from './lib/editions.ts';

export async function allEditions() {
  return sortEditions((await getCollection('editions')).map((e) => e.data));
}

/** getStaticPaths for pages under an edition: /<slug>/…, or the root when the edition is built alone. */
export async function editionRoutes(paths: { editionParam: (slug: string) => string | undefined }) {
  return (await allEditions()).map((edition) => ({ params: { edition: paths.editionParam(edition.slug) }, props: { edition } }));
}

/** An edition's FAQs in list order (group order, then their own order). */
export async function faqsOf(slug: string) {
  const groups = new Map((await faqGroups()).map((g) => [g.id, g.order]));
  return (await getCollection('faqs', (f) => f.data.edition === slug)).sort(
    (a, b) => (groups.get(a.data.group) ?? 0) - (groups.get(b.data.group) ?? 0) || a.data.order - b.data.order || a.data.id.localeCompare(b.data.id),
  );
}

export async function faqGroups() {
  return (await getCollection('faqGroups')).map((g) => g.data).sort((a, b) => a.order - b.order);
}

/**
 * The last complete automated accessibility run (written by npm test), with the HTML validity
 * results merged in; undefined when no run has been made on this machine yet.
 */
export function accessibilityReport(): AccessibilityReport | undefined {
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
