import { min, percentOf, percentShare, subtract, zero, type MoneyModel } from './money.js';
import { isCancelledStatus, type OrderItemModel } from './order.js';

export type CancellationPolicyType = 'FREE_CANCELLATION' | 'PARTIALLY_REFUNDABLE' | 'NON_REFUNDABLE';
export type CancellationScope = 'ITEM' | 'ORDER';

export interface CancellationWindowModel {
  readonly from: Date | null;
  readonly until: Date | null;
  readonly cancellable: boolean;
  readonly refund: MoneyModel;
  readonly refundPercent: number;
  readonly fee: MoneyModel;
}

export interface CancellationPolicyModel {
  readonly type: CancellationPolicyType;
  readonly freeCancellationUntil: Date | null;
  readonly scope: CancellationScope;
  readonly approximate: boolean;
  /** Whether the provider commits to the amounts (false when the gateway derives them from terms). */
  readonly binding: boolean;
  readonly windows: readonly CancellationWindowModel[];
}

/** What cancelling costs from a point in time on, as the provider states it. */
export type PolicyCharge =
  | { readonly kind: 'refundPercent'; readonly percent: number | string }
  | { readonly kind: 'refundAmount'; readonly amount: MoneyModel }
  | { readonly kind: 'feePercent'; readonly percent: number | string }
  | { readonly kind: 'feeAmount'; readonly amount: MoneyModel }
  | { readonly kind: 'notCancellable' };

export interface PolicyTier {
  /** From when this charge applies; `null` means since booking. */
  readonly from: Date | null;
  readonly charge: PolicyCharge;
}

export interface PolicyInput {
  readonly total: MoneyModel;
  readonly tiers: readonly PolicyTier[];
  /** When cancelling stops being possible at all (usually the start); `null` when unknown. */
  readonly endsAt: Date | null;
  readonly scope: CancellationScope;
  readonly approximate?: boolean;
  readonly binding?: boolean;
}

function refundFor(total: MoneyModel, charge: PolicyCharge): MoneyModel {
  const none = zero(total.currency);
  switch (charge.kind) {
    case 'refundPercent':
      return percentOf(total, charge.percent);
    case 'refundAmount':
      return clamp(charge.amount, none, total);
    case 'feePercent':
      return subtract(total, percentOf(total, charge.percent));
    case 'feeAmount':
      return subtract(total, clamp(charge.amount, none, total));
    case 'notCancellable':
      return none;
  }
}

function clamp(value: MoneyModel, low: MoneyModel, high: MoneyModel): MoneyModel {
  return value.amountMinor < low.amountMinor ? low : min(value, high);
}

const time = (d: Date | null, ifNull: number): number => (d === null ? ifNull : d.getTime());

/** Normalises a provider's tiers into ordered, non-overlapping windows. */
export function buildPolicy(input: PolicyInput): CancellationPolicyModel {
  const tiers = [...input.tiers].sort((a, b) => time(a.from, -Infinity) - time(b.from, -Infinity));
  const windows = tiers
    .map((tier, i): CancellationWindowModel => {
      const refund = refundFor(input.total, tier.charge);
      return {
        from: tier.from,
        until: tiers[i + 1]?.from ?? input.endsAt,
        cancellable: tier.charge.kind !== 'notCancellable',
        refund,
        refundPercent: percentShare(refund, input.total),
        fee: subtract(input.total, refund),
      };
    })
    .filter(w => w.from === null || w.until === null || w.from < w.until);
  return {
    type: policyType(windows, input.total),
    freeCancellationUntil: freeUntil(windows, input.total),
    scope: input.scope,
    approximate: input.approximate ?? false,
    binding: input.binding ?? false,
    windows,
  };
}

function isFull(w: CancellationWindowModel, total: MoneyModel): boolean {
  return w.cancellable && w.refund.amountMinor === total.amountMinor;
}

function policyType(windows: readonly CancellationWindowModel[], total: MoneyModel): CancellationPolicyType {
  if (windows.some(w => isFull(w, total))) return 'FREE_CANCELLATION';
  if (windows.some(w => w.cancellable && w.refund.amountMinor > 0)) return 'PARTIALLY_REFUNDABLE';
  return 'NON_REFUNDABLE';
}

function freeUntil(windows: readonly CancellationWindowModel[], total: MoneyModel): Date | null {
  let until: Date | null = null;
  for (const w of windows) {
    if (!isFull(w, total)) break;
    until = w.until;
  }
  return until;
}

/** A policy under which nothing can be cancelled (no terms, or terms that forbid it). */
export function nonRefundablePolicy(total: MoneyModel, scope: CancellationScope): CancellationPolicyModel {
  return buildPolicy({
    total,
    scope,
    endsAt: null,
    tiers: [{ from: null, charge: { kind: 'notCancellable' } }],
  });
}

export type NotCancellableReason =
  | 'ALREADY_CANCELLED'
  | 'WINDOW_CLOSED'
  | 'NON_REFUNDABLE'
  | 'STARTED'
  | 'ATTENDED'
  | 'NO_SHOW'
  | 'PROVIDER_REFUSES'
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
  | { readonly cancellable: false; readonly reason: NotCancellableReason; readonly deadline: Date | null };

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
  const started = item.startsAt !== null && at.getTime() >= item.startsAt.getTime();
  if (!policy) {
    if (started) return no('STARTED');
    // The provider's own word (imin) with no amounts to quote from: cancellable, refund unknown.
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
  if (!quoteWindow) return no('NON_REFUNDABLE');
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
  return policy.windows.some(w => w.cancellable) ? 'WINDOW_CLOSED' : 'NON_REFUNDABLE';
}
