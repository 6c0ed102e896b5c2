/** The comparison of this build's editions, or of a set of them, from the content collections (for /compare/ and /compare.json). */
import { getCollection } from 'astro:content';
import { allEditions } from './data.ts';
import { compareEditions, type Comparison } from './lib/compare.ts';
import type { Edition } from './schema/index.ts';

/** Entries in the order of their shared file: the taxonomy's order of kinds of conduct, the families' order. */
const inFileOrder = <T extends { position: number }>(entries: Array<{ data: T }>) => entries.map((e) => e.data).sort((a, b) => a.position - b.position);

export async function comparisonOf(editions: Edition[]): Promise<Comparison> {
  const [behaviours, families, guides] = await Promise.all([getCollection('behaviours'), getCollection('definitionFamilies'), getCollection('checkGuides')]);
  const decidedBy = new Map(guides.map((g) => [g.id, g.data.decidedBy]));
  return compareEditions(
    editions.map((e) => ({ ...e, decidedBy: decidedBy.get(e.slug) })),
    inFileOrder(behaviours),
    inFileOrder(families),
  );
}

export async function comparisonOfSite(): Promise<Comparison> {
  return comparisonOf(await allEditions());
}
