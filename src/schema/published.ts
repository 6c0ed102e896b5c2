/**
 * The JSON Schemas the site publishes under /schema/<name>.json, one for each kind of JSON file it
 * publishes. Each is generated from the zod schema the file is built by parsing with, so a file
 * can never hold what its schema does not allow.
 */
import { z } from 'zod';
import { comparisonDataSchema } from './comparison-data.ts';
import { openDataSchema } from './open-data.ts';

export const publishedSchemas = {
  'edition.v1': { title: 'Otagai edition (open data): /<slug>/policy.json', schema: openDataSchema, allEditionsOnly: false },
  'compare.v1': { title: 'Otagai comparison of the editions (open data): /compare.json', schema: comparisonDataSchema, allEditionsOnly: true },
} as const;
export type PublishedSchemaName = keyof typeof publishedSchemas;

/** The JSON Schema (draft 2020-12) of a published file, with its own address as $id. */
export function jsonSchemaOf(name: PublishedSchemaName, id: string): Record<string, unknown> {
  const { title, schema } = publishedSchemas[name];
  return { $id: id, title, ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) };
}
