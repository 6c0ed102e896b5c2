import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isCollection, type Node } from 'yaml';
import type { Problem } from './problems.ts';

export type Path = ReadonlyArray<string | number>;

/** A parsed YAML file that can say on which line any field of it stands. */
export interface YamlFile {
  file: string;
  data: unknown;
  lineOf(path: Path): number | undefined;
}

/** Reads a YAML file; syntax errors come back as problems with their line, never as a throw. */
export function readYamlFile(file: string, displayName = file): { yaml?: YamlFile; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { problems: [{ file: displayName, path: [], message: 'file-missing' }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: displayName,
        line: lines.linePos(e.pos[0]).line,
        path: [],
        message: 'yaml-syntax',
        detail: e.message.split('\n')[0] ?? e.code,
      })),
    };
  }
  const lineOf = (path: Path): number | undefined => {
    // Walk down as far as the path exists; a missing field is reported on its parent's line.
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      const offset = node && (isCollection(node) || 'range' in node) ? node.range?.[0] : undefined;
      if (offset !== undefined) return lines.linePos(offset).line;
    }
    return undefined;
  };
  return { yaml: { file: displayName, data: doc.toJS(), lineOf }, problems: [] };
}
