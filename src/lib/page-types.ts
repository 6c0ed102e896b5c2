/** Groups pages by type (/sakaide/policy/ and /sapporo/policy/ are both "*\/policy"), for screenshots and per-type checks. */
export function pageType(path: string, editionSlugs: string[]): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'index';
  const generic = parts.map((p, i) => (i === 0 && editionSlugs.includes(p) ? 'edition' : /^[a-z0-9-]+$/.test(p) && i >= 2 ? 'item' : p));
  return generic.join('-');
}

/** One page of each type, the first found. */
export function onePerType(paths: string[], editionSlugs: string[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const p of paths) {
    const t = pageType(p, editionSlugs);
    if (!types.has(t)) types.set(t, p);
  }
  return types;
}
