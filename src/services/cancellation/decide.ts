import type { CancellationOutcome } from '../../domain/cancellation.js';
import { add, equals, type MoneyModel } from '../../domain/money.js';
import { isCancelledStatus, type OrderItemModel, type OrderModel } from '../../domain/order.js';
import {
  evaluateCancellability,
  type CancellabilityModel,
  type RefundQuoteModel,
} from '../../domain/cancellability.js';
import type { ProviderCancelOutcome } from '../../providers/port.js';
import { assertNever } from '../../lib/assert-never.js';

/** The items a cancel of `item` takes with it: the whole order when the provider cancels orders. */
export function itemsCovered(order: OrderModel, item: OrderItemModel): readonly OrderItemModel[] {
  return item.cancellationPolicy?.scope === 'ORDER'
    ? order.items.filter(i => !isCancelledStatus(i.status))
    : [item];
}

/** The refund and fee of cancelling every covered item now (one quote per item, summed). */
export function quoteFor(items: readonly OrderItemModel[], at: Date): RefundQuoteModel | null {
  const quotes = items.flatMap(covered => {
    const verdict = evaluateCancellability(covered, at);
    return verdict.cancellable && verdict.quote ? [verdict.quote] : [];
  });
  const [first, ...rest] = quotes;
  if (!first) return null;
  return rest.reduce(
    (sum, q) => ({ ...sum, refund: add(sum.refund, q.refund), fee: add(sum.fee, q.fee) }),
    first,
  );
}

/**
 * What a cancel asked for at `at` was quoted, for items that already read cancelled (a lost answer
 * settled by a read): a cancelled item has no quote of its own, so its terms are read as booked.
 */
export function quoteAsBooked(items: readonly OrderItemModel[], at: Date): RefundQuoteModel | null {
  return quoteFor(
    items.map(i => ({ ...i, status: 'CONFIRMED' as const, presentlyCancellable: null })),
    at,
  );
}

/** The refusal an item's verdict means, when it cannot be cancelled now; null when it can. */
export function verdictRefusal(
  item: OrderItemModel,
  verdict: CancellabilityModel,
): CancellationOutcome | null {
  if (verdict.cancellable) return null;
  const provider = item.provider;
  switch (verdict.reason) {
    case 'ALREADY_CANCELLED':
      return { kind: 'already_cancelled', provider, item };
    case 'WINDOW_CLOSED':
    case 'STARTED':
      return { kind: 'window_closed', provider, closedAt: verdict.deadline, detail: null };
    case 'NON_CANCELLABLE':
    case 'NO_POLICY':
      return {
        kind: 'not_permitted',
        provider,
        detail: null,
        retryable: false,
        retryAfterSeconds: null,
        message: 'This booking cannot be cancelled under its terms.',
      };
    default:
      return { kind: 'not_permitted', provider, detail: null, retryable: false, retryAfterSeconds: null };
  }
}

/**
 * Refusals decided from a fresh read, before anything is sent. Uses the same policy function as the
 * read path, so a customer is refused for exactly the reason `cancellability` showed.
 */
export function earlyRefusal(
  order: OrderModel,
  item: OrderItemModel,
  at: Date,
  options: { acceptWholeOrder: boolean; expectedRefund: MoneyModel | null },
): CancellationOutcome | null {
  const provider = item.provider;
  const refused = verdictRefusal(item, evaluateCancellability(item, at));
  if (refused) return refused;
  const covered = itemsCovered(order, item);
  if (covered.length > 1 && !options.acceptWholeOrder)
    return { kind: 'whole_order_required', provider, affectedItems: covered };
  const quote = quoteFor(covered, at);
  if (options.expectedRefund && quote && !equals(options.expectedRefund, quote.refund)) {
    return { kind: 'refund_changed', provider, expected: options.expectedRefund, current: quote.refund };
  }
  return null;
}

/** A refusal from the provider as the customer's answer. */
export function refusalOutcome(
  answer: Extract<ProviderCancelOutcome, { kind: 'refused' }>,
  item: OrderItemModel,
): CancellationOutcome {
  const provider = item.provider;
  switch (answer.reason) {
    case 'ALREADY_CANCELLED':
      return { kind: 'already_cancelled', provider, item };
    case 'WINDOW_CLOSED':
      return { kind: 'window_closed', provider, closedAt: null, detail: answer.detail };
    case 'MANUAL_REQUIRED':
      return { kind: 'manual_required', provider, detail: answer.detail, manual: answer.manual ?? null };
    case 'NOT_FOUND':
      // Nothing was cancelled and the booking is gone at the provider. Exactly the answer of a foreign
      // or unknown id (no provider, no detail), so this one tells no one which bookings exist either.
      return { kind: 'not_found' };
    case 'NOT_PERMITTED':
      return {
        kind: 'not_permitted',
        provider,
        detail: answer.detail,
        retryable: answer.retryable,
        retryAfterSeconds: answer.retryAfterSeconds,
      };
    default:
      return assertNever(answer.reason);
  }
}

/** The success answer from what the provider shows after the cancel. */
export function cancelledOutcome(
  order: OrderModel,
  item: OrderItemModel,
  at: Date,
  quote: RefundQuoteModel | null,
  answer: { refund: MoneyModel | null; fee: MoneyModel | null } | null,
): CancellationOutcome {
  const final = item.status === 'CANCELLED_BY_CUSTOMER' || item.status === 'CANCELLED_BY_PROVIDER';
  const covered = item.cancellationPolicy?.scope === 'ORDER' ? order.items : [item];
  return {
    kind: 'cancelled',
    item,
    state: final ? 'CONFIRMED' : 'PENDING',
    refund: answer?.refund ?? quote?.refund ?? item.cancellation?.refund ?? null,
    fee: answer?.fee ?? quote?.fee ?? item.cancellation?.fee ?? null,
    cancelledAt: item.cancellation?.cancelledAt ?? at,
    cancelledItemIds: covered.map(i => i.id),
  };
}
