import { min, percentOf, percentShare, subtract, zero, type MoneyModel } from './money.js';

/**
 * NON_REFUNDABLE means one thing for every provider: cancelling is allowed and returns nothing.
 * Terms that allow no cancellation at all are NON_CANCELLABLE.
 */
export type CancellationPolicyType =
  'FREE_CANCELLATION' | 'PARTIALLY_REFUNDABLE' | 'NON_REFUNDABLE' | 'NON_CANCELLABLE';
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

/** A bound's time, with `ifNull` standing for an open end. */
export const time = (d: Date | null, ifNull: number): number => (d === null ? ifNull : d.getTime());

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
  return windows.some(w => w.cancellable) ? 'NON_REFUNDABLE' : 'NON_CANCELLABLE';
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
