import type { CancellationOutcome } from '../../../domain/cancellation.js';
import type { CancellabilityModel, RefundQuoteModel } from '../../../domain/cancellability.js';
import { add } from '../../../domain/money.js';
import { isCancelledStatus, type OrderItemModel, type OrderModel } from '../../../domain/order.js';
import { verdictRefusal } from '../decide.js';

/** How a provider cancels: several items of an order in one call, and whether it cancels whole orders. */
export interface CancelCapability {
  /** The provider's `maxItemsPerCancel` (1 when it cancels one item per call). */
  readonly maxItemsPerCancel: number;
  readonly cancelsWholeOrders: boolean;
}

export const capabilityOf = (provider: {
  readonly maxItemsPerCancel?: number;
  readonly cancelsWholeOrders?: boolean;
}): CancelCapability => ({
  maxItemsPerCancel: provider.maxItemsPerCancel ?? 1,
  cancelsWholeOrders: provider.cancelsWholeOrders === true,
});

/**
 * Whether the provider applies a cancel of `count` items of one order all or none: one item, a
 * whole-order cancel, or one request naming them all. A property of the provider and the request,
 * so a same-key retry answers it the same.
 */
export const appliesAtomically = (capability: CancelCapability, count: number): boolean =>
  count <= 1 || capability.cancelsWholeOrders || capability.maxItemsPerCancel >= count;

/** What `cancelOrderItems` would do with these items now, decided from one read before anything is sent. */
export interface BatchPlan {
  /** Per requested item, in request order: the refusal decided now, or null when it goes to the provider. */
  readonly refusals: ReadonlyArray<CancellationOutcome | null>;
  /** The provider calls to make, each the positions (in the request) of the items it names. */
  readonly calls: ReadonlyArray<readonly number[]>;
  /** Every item the calls cancel: the items that go, or the rest of the order with them (whole orders). */
  readonly covered: readonly OrderItemModel[];
  /** What cancelling `covered` now returns; null when nothing goes, or one of them has no amounts to quote. */
  readonly quote: RefundQuoteModel | null;
}

/** The quote for cancelling all of `items` together: summed, valid while every part is; null if one has none. */
export function combinedQuote(
  items: readonly OrderItemModel[],
  verdictOf: (item: OrderItemModel) => CancellabilityModel,
): RefundQuoteModel | null {
  const quotes = items.map(item => {
    const verdict = verdictOf(item);
    return verdict.cancellable ? verdict.quote : null;
  });
  if (quotes.length === 0 || quotes.some(q => q === null)) return null;
  return (quotes as RefundQuoteModel[]).reduce((sum, q) => ({
    refund: add(sum.refund, q.refund),
    fee: add(sum.fee, q.fee),
    validUntil:
      sum.validUntil && q.validUntil
        ? new Date(Math.min(sum.validUntil.getTime(), q.validUntil.getTime()))
        : (sum.validUntil ?? q.validUntil),
    binding: sum.binding && q.binding,
  }));
}

/**
 * The plan for cancelling `items` of `order`, from each item's verdict: an item that cannot be
 * cancelled now is refused for the reason its verdict gives; the others go in as few provider calls
 * as the provider allows. A provider that cancels whole orders takes them in one call, and only when
 * every remaining item is asked for or `acceptWholeOrder` says the customer accepts losing the rest.
 */
export function planBatch(
  order: OrderModel,
  items: readonly OrderItemModel[],
  verdictOf: (item: OrderItemModel) => CancellabilityModel,
  options: { readonly acceptWholeOrder: boolean; readonly capability: CancelCapability },
): BatchPlan {
  const refusals = items.map(item => verdictRefusal(item, verdictOf(item)));
  const going = items.flatMap((_, position) => (refusals[position] ? [] : [position]));
  const wholeOrder =
    options.capability.cancelsWholeOrders || going.some(p => items[p]?.cancellationPolicy?.scope === 'ORDER');
  if (wholeOrder) {
    const remaining = order.items.filter(i => !isCancelledStatus(i.status));
    const asked = new Set(going.map(p => items[p]?.id));
    if (!options.acceptWholeOrder && remaining.some(i => !asked.has(i.id))) {
      const provider = order.provider;
      const required = { kind: 'whole_order_required', provider, affectedItems: remaining } as const;
      return {
        refusals: refusals.map(r => r ?? required),
        calls: [],
        covered: [],
        quote: null,
      };
    }
    return plan(refusals, going.length ? [going] : [], remaining, verdictOf);
  }
  const size = Math.max(1, options.capability.maxItemsPerCancel);
  const calls: number[][] = [];
  for (let start = 0; start < going.length; start += size) calls.push(going.slice(start, start + size));
  const covered = going.flatMap(p => (items[p] ? [items[p]] : []));
  return plan(refusals, calls, covered, verdictOf);
}

function plan(
  refusals: ReadonlyArray<CancellationOutcome | null>,
  calls: ReadonlyArray<readonly number[]>,
  covered: readonly OrderItemModel[],
  verdictOf: (item: OrderItemModel) => CancellabilityModel,
): BatchPlan {
  return {
    refusals,
    calls,
    covered,
    quote: calls.length ? combinedQuote(covered, verdictOf) : null,
  };
}
