/**
 * Every JSON file the site publishes is valid against the JSON Schema it names in `$schema`, and
 * that schema is itself published in dist/: what a reuser downloads is what the site says it is.
 * Checked with ajv (draft 2020-12), not with the zod schemas the files are made from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, distExists } from '../helpers/dist.ts';

/** Written by Pagefind for its own script, in Pagefind's format: the search index, not the site's data. */
const NOT_PUBLISHED_DATA = /^pagefind\//;
const META_SCHEMA = 'https://json-schema.org/draft/2020-12/schema';

function jsonFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.json') && !NOT_PUBLISHED_DATA.test(f))
    .sort();
}
const readJson = (file: string) => JSON.parse(readFileSync(join(DIST, file), 'utf8')) as Record<string, unknown>;
/** The file in dist/ that a schema address names (the site is built at its root). */
const fileOf = (url: string) => relative('/', new URL(url).pathname);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv;
}

/** Validates one published file against the schema it names, as a reuser would: errors, or none. */
function errorsOf(ajv: ReturnType<typeof validator>, data: Record<string, unknown>): string[] {
  const url = data.$schema;
  if (typeof url !== 'string') return ['no $schema'];
  if (url === META_SCHEMA) return ajv.validateSchema(data) ? [] : ajv.errorsText(ajv.errors).split(', ');
  const schemaFile = fileOf(url);
  const validate = ajv.getSchema(url) ?? ajv.compile(readJson(schemaFile));
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('published JSON', () => {
  const files = jsonFiles();

  it('covers every kind of JSON the site publishes: the editions, the comparison and their schemas', () => {
    console.log(`published JSON files validated against their published schemas: ${files.length}`);
    expect(files).toContain('compare.json');
    expect(files).toContain('schema/edition.v1.json');
    expect(files).toContain('schema/compare.v1.json');
    expect(files.filter((f) => f.endsWith('/policy.json')).length).toBeGreaterThan(0);
  });

  it.each(files)('%s is valid against the schema it names, published on the site', (file) => {
    const data = readJson(file);
    expect(data.$schema, 'every published JSON file names its schema').toEqual(expect.any(String));
    if (data.$schema !== META_SCHEMA) expect(jsonFiles(), `${String(data.$schema)} is published`).toContain(fileOf(data.$schema as string));
    expect(errorsOf(validator(), data)).toEqual([]);
  });

  it('would catch a file that says more than its schema (a leaked field) or less', () => {
    const edition = files.find((f) => f.endsWith('/policy.json'))!;
    const ajv = validator();
    const data = readJson(edition);
    expect(errorsOf(ajv, { ...data, posters: [] })).not.toEqual([]);
    const faqs = data.faqs as Array<Record<string, unknown>>;
    if (faqs.length > 0) expect(errorsOf(ajv, { ...data, faqs: [{ ...faqs[0], edition: 'x' }] })).not.toEqual([]);
    const { city: _city, ...withoutCity } = data;
    expect(errorsOf(ajv, withoutCity)).not.toEqual([]);
    expect(errorsOf(ajv, { ...readJson('compare.json'), extra: true })).not.toEqual([]);
  });
});
