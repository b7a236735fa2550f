import type { OrderModel } from '../../src/domain/order.js';
import type { ProviderId } from '../../src/domain/provider.js';
import type { CancelAnswer, CancelContext } from '../../src/providers/port.js';
import { anItem, anOrder } from './builders.js';

/** An answer to a cancel as a client hands it to its mapper's `toCancelOutcome`. */
export const cancelAnswer = <B>(
  status: number,
  // Typed by the mapper it is handed to, so a bare `null` body fits every one.
  body: NoInfer<B> | null = null,
  retryAfterSeconds: number | null = null,
): CancelAnswer<B> => ({ status, body, retryAfterSeconds });

/** The cancel an answer is for: an order with one item of these references, and what a re-read showed. */
export function cancelContext(
  provider: ProviderId,
  refs: { readonly order: string; readonly item: string } = { order: 'order-1', item: 'item-1' },
  options: { readonly after?: OrderModel | null; readonly at?: Date } = {},
): CancelContext {
  const item = anItem({ provider, orderRef: refs.order, providerReference: refs.item });
  return {
    order: anOrder(provider, refs.order, [item]),
    item,
    after: options.after ?? null,
    at: options.at ?? new Date(),
  };
}
