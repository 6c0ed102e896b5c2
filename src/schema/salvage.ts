/**
 * What survives of a file that fails its schema, so the checks across files can still run on the
 * parts that are right: one schema error must not hide the other problems of the same file.
 * Objects keep the fields that parse; lists keep the entries that parse, each at its own position
 * (a broken entry leaves a hole, so `forEach` and line numbers still line up). A union is kept
 * whole or not at all.
 */
import type { z } from 'zod';

/** A value with every part optional: objects may lack fields, lists may have holes. */
export type Salvaged<T> = T extends ReadonlyArray<infer U>
  ? Array<Salvaged<U> | undefined>
  : T extends object
    ? { [K in keyof T]?: Salvaged<T[K]> }
    : T;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
}

const NOTHING = Symbol('nothing');

function rescue(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return value === undefined ? NOTHING : rescue(def.innerType!, value);
    case 'lazy':
      return rescue(def.getter!(), value);
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return NOTHING;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape!)) {
        const kept = rescue(field, (value as Record<string, unknown>)[key]);
        if (kept !== NOTHING) out[key] = kept;
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return NOTHING;
      const out: unknown[] = new Array(value.length);
      value.forEach((entry, i) => {
        const kept = rescue(def.element!, entry);
        if (kept !== NOTHING) out[i] = kept;
      });
      return out;
    }
    default:
      return NOTHING;
  }
}

/** The parts of `data` that `schema` accepts, or undefined when nothing does. */
export function salvage<T>(schema: z.ZodType<T>, data: unknown): Salvaged<T> | undefined {
  const kept = rescue(schema, data);
  return kept === NOTHING ? undefined : (kept as Salvaged<T>);
}
