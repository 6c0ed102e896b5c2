/** /schema/edition.v1.json: the JSON Schema of every /<slug>/policy.json, generated from the content schemas. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { openDataSchema } from '../../schema/index.ts';
import { paths } from '../../paths.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = {
    $id: new URL(paths.file('schema/edition.v1.json'), site).href,
    title: 'Otagai edition (open data)',
    ...z.toJSONSchema(openDataSchema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }),
  };
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
