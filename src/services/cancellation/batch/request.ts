import { MAX_ITEMS_PER_REQUEST, type CancellationOutcome } from '../../../domain/cancellation.js';
import { orderItemId, type OrderItemGlobalId } from '../../../domain/ids.js';
import type { MoneyModel } from '../../../domain/money.js';
import { decodeIdOfType } from '../../../providers/ids.js';
import { checkFields, fingerprintOf, invalid, type CancelRequestFields } from '../validate.js';

export interface CancelOrderItemsRequest extends CancelRequestFields {
  readonly orderItemIds: readonly string[];
}

export type ValidatedBatch =
  | {
      readonly ok: true;
      /** The items, decoded, in request order: all of one order. */
      readonly ids: readonly OrderItemGlobalId[];
      readonly expectedRefund: MoneyModel | null;
      readonly fingerprint: string;
    }
  | { readonly ok: false; readonly outcome: Extract<CancellationOutcome, { kind: 'invalid' | 'not_found' }> };

/**
 * Checks a `cancelOrderItems` request before anything is recorded or sent: one to 50 distinct items
 * of one order, and the fields every cancel checks. An id that is no item id at all reads as not
 * found, as in `cancelOrderItem`; ids of several orders are invalid input (known from the ids
 * alone, so the answer tells nothing about whose bookings they are).
 */
export function validateBatch(request: CancelOrderItemsRequest): ValidatedBatch {
  const refuse = (field: string, message: string): ValidatedBatch => ({
    ok: false,
    outcome: invalid(field, message),
  });
  const count = request.orderItemIds.length;
  if (count === 0) return refuse('orderItemIds', 'Name at least one item to cancel.');
  if (count > MAX_ITEMS_PER_REQUEST)
    return refuse('orderItemIds', `Name at most ${MAX_ITEMS_PER_REQUEST} items in one request.`);
  const checked = checkFields(request);
  if ('kind' in checked) return { ok: false, outcome: checked };
  const ids: OrderItemGlobalId[] = [];
  for (const raw of request.orderItemIds) {
    const id = decodeIdOfType(raw, 'OrderItem');
    if (!id) return { ok: false, outcome: { kind: 'not_found' } };
    ids.push(id);
  }
  const [first] = ids;
  if (first && ids.some(id => id.provider !== first.provider || id.orderRef !== first.orderRef))
    return refuse('orderItemIds', 'All the items must belong to one order; cancel each order on its own.');
  const canonical = ids.map(id => orderItemId(id.provider, id.orderRef, id.itemRef));
  if (new Set(canonical).size !== canonical.length)
    return refuse('orderItemIds', 'Each item may be named only once.');
  const { expectedRefund } = checked;
  return {
    ok: true,
    ids,
    expectedRefund,
    fingerprint: fingerprintOf(canonical, request, expectedRefund, true),
  };
}
