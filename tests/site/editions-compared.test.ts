/**
 * The real editions' /compare/ and /compare.json, whatever editions exist: the JSON is the
 * comparison their content gives, and every edition has its row in each table of rules.
 * (How the page words and marks a comparison: tests/site/compare.test.ts, on fixture cities.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/schema/index.ts';
import { compareEditions, comparedEdition, comparisonJson } from '../../src/lib/compare.ts';
import { sortEditions } from '../../src/lib/editions.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { realContent } from '../helpers/content.ts';
import { DIST, distExists, readPage } from '../helpers/dist.ts';

const content = realContent();

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('the real editions compared', () => {
  it('publishes as JSON exactly the comparison the content gives', () => {
    const editions = sortEditions(content.editions.map(comparedEdition) as unknown as Edition[]) as unknown as ReturnType<typeof comparedEdition>[];
    const expected = comparisonJson(compareEditions(editions, content.behaviours, content.families), sitePaths('/'), 'https://otagai.example.jp/schema/compare.v1.json');
    const json = JSON.parse(readFileSync(join(DIST, 'compare.json'), 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('gives every edition its row in each table of rules', () => {
    const html = readPage('/compare/');
    for (const e of content.editions) expect(html.match(new RegExp(`<th scope="row">${e.edition.city.name}</th>`, 'g'))?.length, e.slug).toBe(6);
  });
});
