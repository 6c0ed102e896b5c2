/**
 * Turns schema validation issues into problems an author can act on.
 * Works on zod's issue objects structurally, so this module needs no schema library.
 */
import type { MessageId, Problem } from './problems.ts';
import { valueGuess } from './suggest.ts';
import type { Path, YamlFile } from './yaml-file.ts';

export interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  minimum?: number | bigint;
  origin?: string;
  format?: string;
  keys?: string[];
  values?: unknown[];
  errors?: Issue[][];
  options?: unknown[];
  discriminator?: string;
}

/** The part of a zod schema the content reader uses; keeps it free of any schema library. */
export interface Validator<T> {
  safeParse(data: unknown, params?: { reportInput?: boolean }): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<Issue> } };
}

const typeNames: Record<string, string> = {
  string: '文字列',
  number: '数',
  int: '整数',
  boolean: 'true か false',
  array: '箇条書き（- で始まる行の並び）',
  object: '項目の組（「名前: 値」の行）',
  undefined: '空',
  null: '空',
};

const describeType = (value: unknown) =>
  typeNames[Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value] ?? String(typeof value);

const ownMessages = new Set<string>(['id', 'iso-date', 'hiragana', 'prefecture', 'empty', 'colour', 'base-path', 'lang', 'pictogram', 'source-text-path', 'government-code']);

function toProblems(issue: Issue, base: Path, file: YamlFile): Problem[] {
  const path = [...base, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
  const make = (message: MessageId, params?: Record<string, string | number>): Problem[] => [
    { file: file.file, line: file.lineOf(path), path, message, params },
  ];
  const input = issue.input === undefined ? '' : String(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected ?? ''] ?? String(issue.expected);
      if (issue.input === undefined) {
        return make('missing', { field: String(path.at(-1) ?? ''), expected });
      }
      return make('wrong-type', { expected, received: describeType(issue.input) });
    }
    case 'too_small':
      if (issue.origin === 'string') return make('empty');
      if (issue.origin === 'array') return make('too-few', { minimum: Number(issue.minimum) });
      return make('too-small', { minimum: Number(issue.minimum) });
    case 'invalid_format':
      if (ownMessages.has(issue.message)) return make(issue.message as MessageId, { input });
      if (issue.format === 'url') return make('url', { input });
      return make('custom', { detail: issue.message });
    case 'invalid_value':
      return make('one-of', { input, values: (issue.values ?? []).join('、'), hint: valueGuess(input, (issue.values ?? []).map(String)) });
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({
        file: file.file,
        line: file.lineOf([...path, key]),
        path,
        message: 'unknown-field' as const,
        params: { keys: key },
      }));
    case 'invalid_union':
      return unionProblems(issue, path, file);
    default:
      if (ownMessages.has(issue.message)) return make(issue.message as MessageId, { input });
      return make('custom', { detail: issue.message });
  }
}

/**
 * A union failed: when exactly one branch matches the shape the author wrote
 * (its complaints are not about the value's own type), report that branch's issues.
 */
function unionProblems(issue: Issue, path: Path, file: YamlFile): Problem[] {
  if (issue.discriminator && issue.errors?.length === 0) {
    const at = path.at(-1) === issue.discriminator ? path : [...path, issue.discriminator];
    return [
      {
        file: file.file,
        line: file.lineOf(at),
        path: at,
        message: 'one-of',
        params: { ...oneOf(issue.input !== null && typeof issue.input === 'object' ? describeValue(issue.input, issue.discriminator) : String(issue.input ?? ''), (issue.options ?? []).map(String)) },
      },
    ];
  }
  const branches = (issue.errors ?? []).filter(
    (errs) => !errs.some((e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'unrecognized_keys')),
  );
  const chosen = branches.length === 1 ? branches[0]! : undefined;
  if (chosen) return chosen.flatMap((e) => toProblems(e, path, file));
  return [{ file: file.file, line: file.lineOf(path), path, message: 'unknown-shape', params: { shapes: shapeNames(issue) } }];
}

const oneOf = (input: string, values: string[]) => ({ input, values: values.join('、'), hint: valueGuess(input, values) });

function describeValue(input: unknown, key: string): string {
  return input && typeof input === 'object' && key in input ? String((input as Record<string, unknown>)[key]) : '';
}

/** For an unreadable block: name the forms the author can choose from (their first keys). */
function shapeNames(issue: Issue): string {
  const names = new Set<string>();
  for (const errs of issue.errors ?? []) {
    const rootType = errs.find((e) => e.path.length === 0 && e.code === 'invalid_type');
    if (rootType?.expected === 'string') names.add('文字列');
    const required = errs.find((e) => e.code === 'invalid_type' && e.path.length === 1 && e.input === undefined);
    if (required) names.add(`${String(required.path[0])}:`);
  }
  return [...names].join('、') || '決まった形';
}

/** All problems of one validation, in author's terms. */
export function schemaProblems(issues: ReadonlyArray<Issue>, file: YamlFile, base: Path = []): Problem[] {
  return issues.flatMap((issue) => toProblems(issue, base, file));
}
