/**
 * /compare.json: the comparison of /compare/ as open data. A dynamic route only so that a
 * standalone edition build (one city) has no comparison.
 */
import type { APIRoute } from 'astro';
import { comparisonOfSite } from '../compare-data.ts';
import { comparisonJson } from '../lib/compare.ts';
import { paths } from '../paths.ts';

export function getStaticPaths() {
  return paths.standaloneEdition ? [] : [{ params: { comparison: 'compare' } }];
}

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(comparisonJson(await comparisonOfSite(), paths, new URL(paths.schema('compare.v1'), site).href), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
