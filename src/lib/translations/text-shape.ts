/**
 * The words of a piece of content, without its structure's ids: the "text shape" a translation
 * mirrors. A clause body keeps its paragraphs, lists and table cells in order; ids, markers and
 * tags are left out, so a translation names nothing but words, and lines up with the original by position.
 */
export type Shape = string | Shape[] | { [key: string]: Shape };

/** Fields that hold words (in any content file); every other field is structure and is not translated. */
const TEXT_FIELDS = new Set([
  'title', 'body', 'text', 'items', 'list', 'note', 'omitted', 'signature', 'caption', 'columns', 'rows', 'table',
  'offences', 'offence', 'article', 'summary', 'penalty', 'example', 'flow', 'name', 'when', 'decidedBy', 'actions',
  'points', 'cautions', 'closing', 'quote', 'scope', 'caveats', 'announcement', 'explanation', 'notes', 'question',
  'answer', 'lines',
]);

/** An object whose only words are its text (a list item) or its quote (a citation) is written as those words alone. */
const COLLAPSED = new Set(['text', 'quote']);

/** The text shape of a value; undefined when it holds no words. */
export function textShape(value: unknown): Shape | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const shapes = value.map(textShape);
    return shapes.some((s) => s === undefined) ? undefined : (shapes as Shape[]);
  }
  if (value && typeof value === 'object') {
    const out: Record<string, Shape> = {};
    for (const [key, field] of Object.entries(value)) {
      if (!TEXT_FIELDS.has(key)) continue;
      const shape = textShape(field);
      if (shape !== undefined && !(Array.isArray(shape) && shape.length === 0)) out[key] = shape;
    }
    const keys = Object.keys(out);
    if (keys.length === 0) return undefined;
    return keys.length === 1 && COLLAPSED.has(keys[0]!) ? out[keys[0]!] : out;
  }
  return undefined;
}

export interface ShapeMismatch {
  path: Array<string | number>;
  /** missing: a text the original has is not translated; extra: the translation has what the original lacks; type: a list where a text is expected or the reverse. */
  kind: 'missing' | 'extra' | 'type' | 'length' | 'empty';
  expected?: string;
}

/** Where a translation does not mirror the original's text shape. */
export function shapeMismatches(original: Shape, translation: unknown, path: Array<string | number> = []): ShapeMismatch[] {
  if (typeof original === 'string') {
    if (typeof translation !== 'string') return [{ path, kind: 'type', expected: 'text' }];
    // An empty cell of the original stays empty; any other text needs its translation.
    return original.trim() !== '' && translation.trim() === '' ? [{ path, kind: 'empty' }] : [];
  }
  if (Array.isArray(original)) {
    if (!Array.isArray(translation)) return [{ path, kind: 'type', expected: 'list' }];
    if (translation.length !== original.length) return [{ path, kind: 'length', expected: String(original.length) }];
    return original.flatMap((item, i) => shapeMismatches(item, translation[i], [...path, i]));
  }
  if (!translation || typeof translation !== 'object' || Array.isArray(translation)) return [{ path, kind: 'type', expected: Object.keys(original).join(', ') }];
  const given = translation as Record<string, unknown>;
  return [
    ...Object.entries(original).flatMap(([key, shape]) => (key in given ? shapeMismatches(shape, given[key], [...path, key]) : [{ path: [...path, key], kind: 'missing' as const }])),
    ...Object.keys(given).filter((key) => !(key in original)).map((key) => ({ path: [...path, key], kind: 'extra' as const })),
  ];
}

/**
 * The original value with its words replaced by a translation that mirrors its text shape
 * (checked first with shapeMismatches): ids, markers and tags are kept, so anchors line up.
 */
export function applyShape<T>(original: T, translation: unknown): T {
  if (typeof original === 'string') return translation as T;
  if (Array.isArray(original)) return original.map((item, i) => (textShape(item) === undefined ? item : applyShape(item, (translation as unknown[])[i]))) as T;
  if (original && typeof original === 'object') {
    const fields = original as Record<string, unknown>;
    const shape = textShape(fields);
    if (typeof shape !== 'object' || Array.isArray(shape)) {
      const key = [...COLLAPSED].find((k) => k in fields && textShape(fields[k]) !== undefined)!;
      return { ...fields, [key]: applyShape(fields[key], translation) } as T;
    }
    const given = translation as Record<string, unknown>;
    const out: Record<string, unknown> = { ...fields };
    for (const [key, field] of Object.entries(fields)) if (key in shape) out[key] = applyShape(field, given[key]);
    return out as T;
  }
  return original;
}
