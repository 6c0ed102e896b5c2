/** Ordering and lookup of editions, shared by every page that lists them. */
import type { Edition } from '../schema/index.ts';

/** Editions in the order residents look them up: by prefecture, then by the city's reading. */
export function sortEditions(editions: Edition[]): Edition[] {
  return [...editions].sort(
    (a, b) => a.city.prefecture.localeCompare(b.city.prefecture, 'ja') || a.city.reading.localeCompare(b.city.reading, 'ja'),
  );
}
