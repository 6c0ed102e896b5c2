import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';
import { markdownProblems, yamlTextProblems } from './safety.ts';

export type Path = ReadonlyArray<string | number>;

/** A parsed YAML file that can say on which line any field of it stands. */
export interface YamlFile {
  file: string;
  data: unknown;
  lineOf(path: Path): number | undefined;
}

/**
 * Reads a YAML file; syntax errors come back as problems with their line, never as a throw, and so
 * do texts that hold HTML or an unsafe link (src/lib/content/safety.ts).
 */
export function readYamlFile(file: string, displayName = file): { yaml?: YamlFile; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { problems: [{ file: displayName, path: [], message: 'file-missing' }] };
  }
  return parseYamlText(text, displayName, 0);
}

/** Parses YAML text that starts `lineOffset` lines into its file. */
function parseYamlText(text: string, displayName: string, lineOffset: number): { yaml?: YamlFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lines.linePos(offset).line + lineOffset;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: displayName,
        line: lineAt(e.pos[0]),
        path: [],
        message: 'yaml-syntax',
        detail: e.message.split('\n')[0] ?? e.code,
      })),
    };
  }
  // The line of a field is the line of its key ("title:"), or of its "- " item in a list;
  // a missing field is reported on the line of the nearest field that exists above it.
  const lineOf = (path: Path): number | undefined => {
    let node: unknown = doc.contents;
    let offset: number | undefined = (node as Node | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : lineAt(offset);
  };
  let data: unknown;
  try {
    // yaml's maxAliasCount (100) stops an alias bomb ("billion laughs") here, as a throw.
    data = doc.toJS() ?? {};
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return { problems: [{ file: displayName, line: lineAt(firstAlias(doc) ?? 0), path: [], message: 'yaml-aliases' }] };
  }
  const yaml: YamlFile = { file: displayName, data, lineOf };
  return { yaml, problems: yamlTextProblems(yaml) };
}

/** Where the first alias (*name) of a document stands. */
function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * A Markdown file with YAML front matter (--- … ---). Lines of the front matter are reported
 * as lines of the whole file; the body is returned as written.
 */
export function readFrontmatterFile(file: string, displayName = file): { yaml?: YamlFile; body: string; bodyLine: number; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { body: '', bodyLine: 0, problems: [{ file: displayName, path: [], message: 'file-missing' }] };
  }
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!m) return { body: '', bodyLine: 0, problems: [{ file: displayName, line: 1, path: [], message: 'no-front-matter' }] };
  const parsed = parseYamlText(m[1]!, displayName, 1);
  const body = m[2]!.trim();
  // The answer's first line in the file, so its problems are reported where the author sees them.
  const bodyLine = text.slice(0, text.length - m[2]!.trimStart().length).split('\n').length;
  return { ...parsed, body, bodyLine, problems: [...parsed.problems, ...markdownProblems(body, displayName, bodyLine, ['answer'])] };
}
