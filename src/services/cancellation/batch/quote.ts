import { MAX_ITEMS_PER_REQUEST } from '../../../domain/cancellation.js';
import type { CancellabilityModel, RefundQuoteModel } from '../../../domain/cancellability.js';
import { InvalidArgumentError } from '../../../domain/errors.js';
import type { OrderItemModel, OrderModel } from '../../../domain/order.js';
import { decodeIdOfType } from '../../../providers/ids.js';
import { appliesAtomically, planBatch, type CancelCapability } from './plan.js';

/** `Order.cancellationQuote`: what cancelling exactly these items now would return. */
export interface OrderCancellationQuoteModel {
  readonly items: readonly OrderItemModel[];
  readonly cancellable: boolean;
  readonly reason: 'ITEM_NOT_CANCELLABLE' | 'WHOLE_ORDER_REQUIRED' | null;
  readonly quote: RefundQuoteModel | null;
  readonly blockingItems: readonly OrderItemModel[];
  readonly coveredItems: readonly OrderItemModel[];
  readonly appliedAtomically: boolean;
}

/** The items `itemIds` name in `order`, in the order given; bad input is an `InvalidArgumentError`. */
function itemsNamed(order: OrderModel, itemIds: readonly string[]): OrderItemModel[] {
  if (itemIds.length === 0 || itemIds.length > MAX_ITEMS_PER_REQUEST)
    throw new InvalidArgumentError(`Name 1 to ${MAX_ITEMS_PER_REQUEST} items of this order.`);
  const items = itemIds.map(id => {
    const ref = decodeIdOfType(id, 'OrderItem');
    const item =
      ref?.provider === order.provider && ref.orderRef === order.providerReference
        ? order.items.find(i => i.providerReference === ref.itemRef)
        : undefined;
    if (!item) throw new InvalidArgumentError(`${id} is not an item of this order.`);
    return item;
  });
  if (new Set(items.map(i => i.id)).size !== items.length)
    throw new InvalidArgumentError('Each item may be named only once.');
  return items;
}

/**
 * The combined quote, decided by the plan `cancelOrderItems` follows (plan.ts) from the verdicts the
 * items show (`cancellability`, with the gateway's notes), so the quote and the cancel agree: cancellable
 * together only when no item is refused and no whole-order cancel is needed without consent.
 */
export async function quoteCancellation(
  order: OrderModel,
  itemIds: readonly string[],
  options: {
    readonly acceptWholeOrder: boolean;
    readonly capability: CancelCapability;
    readonly verdictOf: (item: OrderItemModel) => Promise<CancellabilityModel>;
  },
): Promise<OrderCancellationQuoteModel> {
  const items = itemsNamed(order, itemIds);
  const verdicts = new Map<string, CancellabilityModel>();
  for (const item of order.items) verdicts.set(item.id, await options.verdictOf(item));
  const verdictOf = (item: OrderItemModel): CancellabilityModel =>
    verdicts.get(item.id) ?? { cancellable: false, reason: 'UNKNOWN_STATUS', deadline: null };
  const plan = planBatch(order, items, verdictOf, options);
  const blockingItems = items.filter(
    (_, index) => plan.refusals[index]?.kind !== 'whole_order_required' && plan.refusals[index],
  );
  const wholeOrder = plan.refusals.some(r => r?.kind === 'whole_order_required');
  const reason = blockingItems.length ? 'ITEM_NOT_CANCELLABLE' : wholeOrder ? 'WHOLE_ORDER_REQUIRED' : null;
  return {
    items,
    cancellable: reason === null,
    reason,
    quote: reason === null ? plan.quote : null,
    blockingItems,
    coveredItems: reason === null ? plan.covered : [],
    appliedAtomically: appliesAtomically(options.capability, items.length),
  };
}
