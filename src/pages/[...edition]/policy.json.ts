/** /<slug>/policy.json: the whole edition as open data, described by the published JSON Schema. */
import type { APIRoute } from 'astro';
import type { Edition } from '../../schema/index.ts';
import { editionRoutes, faqsOf } from '../../data.ts';
import { editionOpenData } from '../../lib/open-data.ts';
import { paths } from '../../paths.ts';

export async function getStaticPaths() {
  return editionRoutes(paths);
}

export const GET: APIRoute = async ({ props, site }) => {
  const { edition } = props as { edition: Edition };
  const faqs = (await faqsOf(edition.slug)).map((f) => ({ ...f.data, answer: f.body ?? '' }));
  const data = editionOpenData(edition, faqs, {
    schema: new URL(paths.schema('edition.v1'), site).href,
    url: new URL(paths.edition(edition.slug), site).href,
  });
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
