import type { Context } from '../context.js';
import { requireScope } from './errors.js';

/**
 * A representation's `id`, as a router sends it: any JSON. Only a string can name one of ours; anything
 * else becomes an id that names nothing, so it resolves to `null` like any unknown one.
 */
export const referenceId = (reference: { id: unknown }): string =>
  typeof reference.id === 'string' ? reference.id : '';

/** Entity resolution is a read like `order(id)`: the same scope, then the same ownership checks. */
export function readingReference(ctx: Context, reference: { id: unknown }): string {
  requireScope(ctx.caller, 'orders:read');
  return referenceId(reference);
}
