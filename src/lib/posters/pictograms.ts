/**
 * Pictograms for the behaviour kinds: Material Symbols (Google, Apache License 2.0), filled, read
 * from the npm package @iconify-json/material-symbols. shared/behaviours.yaml names the icon of each
 * taxonomy id; a poster line shows the icon of its behaviour — its own `behaviour`, or the first
 * behaviour the cited list item is tagged with — so every edition gets them without drawing any.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Clause } from '../../schema/policy.ts';
import { clauseItems, walkClauses } from '../clauses.ts';

export const PICTOGRAM_SET = 'material-symbols';

/** An icon as filled outlines in its own box (24 × 24 for Material Symbols). */
export interface Pictogram {
  name: string;
  /** SVG path data, each filled with the non-zero rule. */
  paths: string[];
  size: number;
}

interface IconSet {
  icons: Record<string, { body: string }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
}

let raw: string | undefined;
let set: IconSet | undefined;

function iconSetText(): string {
  // Resolved from the project root, so a bundled build chunk finds the same file.
  const require = createRequire(join(process.cwd(), 'package.json'));
  raw ??= readFileSync(require.resolve('@iconify-json/material-symbols/icons.json'), 'utf8');
  return raw;
}

function iconSet(): IconSet {
  set ??= JSON.parse(iconSetText()) as IconSet;
  return set;
}

/** Is there such an icon? A look into the set's text, without parsing it (content checks ask this for every kind). */
export function hasPictogram(name: string): boolean {
  const [prefix, icon] = name.split(':');
  return prefix === PICTOGRAM_SET && !!icon && new RegExp(`"${icon}":\\s*{`).test(iconSetText());
}

/** The paths of an icon body: only `<path d="…"/>` filled with currentColor may be drawn into both the PNG and the PDF. */
export function bodyPaths(body: string): string[] | undefined {
  const paths: string[] = [];
  const rest = body.replace(/<path fill="currentColor" d="([^"]+)"\s*\/>/g, (_, d: string) => {
    paths.push(d);
    return '';
  });
  return rest.trim() === '' && paths.length > 0 ? paths : undefined;
}

/** The icon `material-symbols:<name>`, or undefined when the set has no such icon (or one that is not plain filled paths). */
export function pictogram(name: string): Pictogram | undefined {
  const [prefix, icon] = name.split(':');
  if (prefix !== PICTOGRAM_SET || !icon) return undefined;
  const s = iconSet();
  const entry = s.icons[icon] ?? (s.aliases?.[icon] ? s.icons[s.aliases[icon].parent] : undefined);
  const paths = entry && bodyPaths(entry.body);
  return paths ? { name, paths, size: s.width ?? 24 } : undefined;
}

/** The behaviour a poster line shows: its own, or the first one its cited list item is tagged with. */
export function lineBehaviour(clauses: Clause[], line: { clause: string; behaviour?: string | undefined }): string | undefined {
  if (line.behaviour) return line.behaviour;
  for (const { clause, path } of walkClauses(clauses)) {
    for (const { item } of clauseItems(clause, path)) if (item.id === line.clause) return item.behaviours?.[0];
  }
  return undefined;
}
