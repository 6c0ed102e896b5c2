/** Content as pages read it: the editions of this build, sorted. */
import { getCollection } from 'astro:content';
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
