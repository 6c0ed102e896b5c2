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
