/** /schema/<name>.json: the JSON Schema of each kind of JSON file the site publishes (none of the comparison's for one edition alone). */
import type { APIRoute } from 'astro';
import { jsonSchemaOf, publishedSchemas, type PublishedSchemaName } from '../../schema/index.ts';
import { paths } from '../../paths.ts';

export function getStaticPaths() {
  return Object.entries(publishedSchemas)
    .filter(([, s]) => !(s.allEditionsOnly && paths.standaloneEdition))
    .map(([name]) => ({ params: { schema: name } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const name = params.schema as PublishedSchemaName;
  const schema = jsonSchemaOf(name, new URL(paths.schema(name), site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
