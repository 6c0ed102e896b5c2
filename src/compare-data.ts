/** The comparison of this build's editions, from the content collections (for /compare/ and /compare.json). */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { behaviourKindSchema, definitionFamilySchema } from './content.config.ts';
import { allEditions } from './data.ts';
import { buildOptions } from './lib/build-options.ts';
import { compareEditions, type Comparison } from './lib/compare.ts';
import { readSharedList, SHARED_FILES } from './lib/content/read-content.ts';

/**
 * Collections come back sorted by id; the taxonomy and the families are compared in the order
 * their shared files give (demands before means, the shared order of kinds of conduct).
 */
function inFileOrder<T extends { id: string }>(entries: T[], file: string, schema: Parameters<typeof readSharedList<T>>[1]): T[] {
  const order = readSharedList(join(buildOptions().contentDir, file), schema, []).map((e) => e.id);
  const at = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...entries].sort((a, b) => at(a.id) - at(b.id));
}

export async function comparisonOfSite(): Promise<Comparison> {
  const [editions, behaviours, families, guides] = await Promise.all([
    allEditions(),
    getCollection('behaviours'),
    getCollection('definitionFamilies'),
    getCollection('checkGuides'),
  ]);
  const decidedBy = new Map(guides.map((g) => [g.id, g.data.decidedBy]));
  return compareEditions(
    editions.map((e) => ({ ...e, decidedBy: decidedBy.get(e.slug) })),
    inFileOrder(behaviours.map((b) => b.data), SHARED_FILES.behaviours, behaviourKindSchema),
    inFileOrder(families.map((f) => f.data), SHARED_FILES.families, definitionFamilySchema),
  );
}
