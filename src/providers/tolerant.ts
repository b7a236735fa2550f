import { z } from 'zod';

/**
 * The tolerant reader (src/providers/README.md): a field a provider's documentation allows to be null
 * or absent never fails an order, and a malformed optional field degrades to `null` for that field
 * alone. Each degradation is recorded by field name so it can be counted and logged, never hidden.
 *
 * Parsing is synchronous, so one module-level collector per `readTolerant` call is safe: no other
 * parse can interleave with it.
 */
let collector: string[] | null = null;

/**
 * An optional field: null or absent reads as given; a malformed value reads as null, or as absent
 * (`malformed: 'absent'`) where null carries a meaning of its own, like a fee that is null after a
 * free cancellation; either way it is recorded.
 */
export function optionalField<T extends z.ZodType>(
  field: string,
  schema: T,
  options: { readonly malformed: 'null' | 'absent' } = { malformed: 'null' },
) {
  return schema.nullish().catch(() => {
    collector?.push(field);
    return options.malformed === 'absent' ? undefined : null;
  });
}

/** A field that must have a value to map from: a missing or malformed one reads as `fallback` and is recorded. */
export function fieldOr<T extends z.ZodType>(field: string, schema: T, fallback: z.output<T>) {
  return schema.catch(() => {
    collector?.push(field);
    return fallback;
  });
}

export type TolerantRead<T> =
  | { readonly ok: true; readonly value: T; readonly degraded: readonly string[] }
  | { readonly ok: false; readonly error: z.ZodError };

/** Parses `input`, returning the fields that had to be degraded to null on the way. */
export function readTolerant<T>(schema: z.ZodType<T>, input: unknown): TolerantRead<T> {
  const outer = collector;
  const degraded: string[] = [];
  collector = degraded;
  try {
    const parsed = schema.safeParse(input);
    return parsed.success
      ? { ok: true, value: parsed.data, degraded: [...new Set(degraded)] }
      : { ok: false, error: parsed.error };
  } finally {
    collector = outer;
  }
}
