import type { MoneyModel } from './money.js';
import { isCancelledStatus, startInstant, type OrderItemModel } from './order.js';
import { time, type CancellationPolicyModel, type CancellationWindowModel } from './policy.js';

export type NotCancellableReason =
  | 'ALREADY_CANCELLED'
  | 'WINDOW_CLOSED'
  | 'NON_CANCELLABLE'
  | 'STARTED'
  | 'ATTENDED'
  | 'NO_SHOW'
  | 'PROVIDER_REFUSES'
  | 'MANUAL_CANCELLATION_REQUIRED'
  | 'UNKNOWN_STATUS'
  | 'NOT_CONFIRMED'
  | 'NO_POLICY';

export interface RefundQuoteModel {
  readonly refund: MoneyModel;
  readonly fee: MoneyModel;
  readonly validUntil: Date | null;
  readonly binding: boolean;
}

export type CancellabilityModel =
  /** `quote` is null only when the provider says cancellable but gives no amounts to quote from. */
  | { readonly cancellable: true; readonly deadline: Date | null; readonly quote: RefundQuoteModel | null }
  | {
      readonly cancellable: false;
      readonly reason: NotCancellableReason;
      readonly deadline: Date | null;
      /** The provider's own words, when it refused this item. */
      readonly message?: string | null;
    };

function windowAt(policy: CancellationPolicyModel, at: Date): CancellationWindowModel | undefined {
  return policy.windows.find(
    w => time(w.from, -Infinity) <= at.getTime() && at.getTime() < time(w.until, Infinity),
  );
}

/** The last moment cancelling is possible under the policy, if it ends. */
function lastDeadline(policy: CancellationPolicyModel): Date | null {
  const cancellable = policy.windows.filter(w => w.cancellable);
  return cancellable.length === 0 ? null : (cancellable[cancellable.length - 1]?.until ?? null);
}

const STATUS_REASON: Partial<Record<OrderItemModel['status'], NotCancellableReason>> = {
  ATTENDED: 'ATTENDED',
  NO_SHOW: 'NO_SHOW',
  UNKNOWN: 'UNKNOWN_STATUS',
  FAILED: 'NOT_CONFIRMED',
  PENDING: 'NOT_CONFIRMED',
};

/**
 * Whether an item can be cancelled at `at`, and what it would return. The read path (`cancellability`,
 * `refundQuote`) and the cancel path use this one function, so what a customer is shown is what is checked.
 */
export function evaluateCancellability(item: OrderItemModel, at: Date): CancellabilityModel {
  const no = (reason: NotCancellableReason, deadline: Date | null = null): CancellabilityModel => ({
    cancellable: false,
    reason,
    deadline,
  });
  if (isCancelledStatus(item.status)) return no('ALREADY_CANCELLED');
  const statusReason = STATUS_REASON[item.status];
  if (statusReason) return no(statusReason);
  const policy = item.cancellationPolicy;
  const start = startInstant(item);
  const started = start !== null && at.getTime() >= start.getTime();
  if (!policy) {
    if (started) return no('STARTED');
    // The provider's own word with no amounts to quote from: cancellable, refund unknown.
    return item.presentlyCancellable === true
      ? { cancellable: true, deadline: null, quote: null }
      : no('NO_POLICY');
  }
  const deadline = lastDeadline(policy);
  if (started) return no('STARTED', deadline);
  const window = windowAt(policy, at);
  const open = window?.cancellable === true;
  if (item.presentlyCancellable === false)
    return no(open ? 'PROVIDER_REFUSES' : closedReason(policy), deadline);
  if (!open && item.presentlyCancellable !== true) return no(closedReason(policy), deadline);
  const quoteWindow = open ? window : policy.windows.find(w => w.cancellable);
  if (!quoteWindow) return no('NON_CANCELLABLE');
  return {
    cancellable: true,
    deadline,
    quote: {
      refund: quoteWindow.refund,
      fee: quoteWindow.fee,
      validUntil: open ? quoteWindow.until : null,
      binding: policy.binding,
    },
  };
}

function closedReason(policy: CancellationPolicyModel): NotCancellableReason {
  return policy.windows.some(w => w.cancellable) ? 'WINDOW_CLOSED' : 'NON_CANCELLABLE';
}
