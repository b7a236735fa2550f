import type { MoneyModel } from './money.js';
import type { OrderItemModel } from './order.js';
import type { ProviderId } from './provider.js';
import type { ProviderFailureDetailModel } from './provider-failure.js';

/** The GraphQL `CancellationReason` enum's values, in its order; each provider maps every one. */
export const CANCELLATION_REASONS = [
  'CUSTOMER_REQUEST',
  'CHANGE_OF_PLANS',
  'BOOKING_ERROR',
  'DUPLICATE_BOOKING',
  'PROVIDER_ISSUE',
  'OTHER',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

/** The most items one `cancelOrderItems` request (and one provider call) may name. */
export const MAX_ITEMS_PER_REQUEST = 50;

/** How to have a booking cancelled by the provider's own staff, from the provider's documentation. */
export interface ManualCancellationModel {
  /** Where to ask (an email address), when the documentation names one. */
  readonly contact: string | null;
  /** Whom to ask and what to give them, in words for the customer or the marketplace's support. */
  readonly instructions: string;
}

/** Every way `cancelOrderItem` can end; one kind per `CancellationResult` member. */
export type CancellationOutcome =
  | {
      readonly kind: 'cancelled';
      readonly item: OrderItemModel;
      readonly state: 'CONFIRMED' | 'PENDING';
      readonly refund: MoneyModel | null;
      readonly fee: MoneyModel | null;
      readonly cancelledAt: Date;
      readonly cancelledItemIds: readonly string[];
    }
  | {
      readonly kind: 'not_permitted';
      readonly provider: ProviderId;
      readonly detail: ProviderFailureDetailModel | null;
      readonly retryable: boolean;
      readonly retryAfterSeconds: number | null;
      readonly message?: string;
    }
  | {
      readonly kind: 'window_closed';
      readonly provider: ProviderId;
      readonly closedAt: Date | null;
      readonly detail: ProviderFailureDetailModel | null;
    }
  | {
      readonly kind: 'already_cancelled';
      readonly provider: ProviderId;
      readonly item: OrderItemModel;
    }
  | { readonly kind: 'not_found' }
  | {
      readonly kind: 'whole_order_required';
      readonly provider: ProviderId;
      readonly affectedItems: readonly OrderItemModel[];
    }
  | {
      readonly kind: 'refund_changed';
      readonly provider: ProviderId;
      readonly expected: MoneyModel;
      readonly current: MoneyModel;
    }
  | {
      readonly kind: 'manual_required';
      readonly provider: ProviderId;
      readonly detail: ProviderFailureDetailModel | null;
      /** Whom to ask and what to give them, where the provider's documentation says. */
      readonly manual: ManualCancellationModel | null;
    }
  | {
      readonly kind: 'provider_unavailable';
      readonly provider: ProviderId;
      readonly detail: ProviderFailureDetailModel | null;
      readonly retryAfterSeconds: number | null;
    }
  | { readonly kind: 'outcome_unknown'; readonly provider: ProviderId }
  | { readonly kind: 'in_progress'; readonly provider: ProviderId | null }
  | { readonly kind: 'key_reused' }
  | {
      readonly kind: 'invalid';
      readonly field: string;
      readonly message: string;
      readonly provider: ProviderId | null;
    };

/** The refusals of a whole `cancelOrderItems` request: nothing was sent for any of its items. */
export type WholeRequestRefusal = Extract<
  CancellationOutcome,
  { kind: 'invalid' | 'key_reused' | 'not_found' | 'refund_changed' }
>;

/** Every way `cancelOrderItems` can end; one kind per `CancelOrderItemsResult` member. */
export type BatchCancellationOutcome =
  | {
      readonly kind: 'results';
      /** One outcome per requested item, in request order. */
      readonly results: readonly CancellationOutcome[];
      /** What the accepted items come to (each cancellation once); null when none, or one is not known. */
      readonly totalRefund: MoneyModel | null;
      readonly totalFee: MoneyModel | null;
      /** True when the provider applies these items all or none (one request). */
      readonly appliedAtomically: boolean;
    }
  | WholeRequestRefusal;

/** A retryable refusal must not read as final: it says when to try again. */
export function tryAgainMessage(retryAfterSeconds: number | null): string {
  const prefix = 'The provider cannot cancel this booking just now; try again in';
  if (retryAfterSeconds === null) return `${prefix} a few minutes.`;
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `${prefix} ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

type Refusal = Extract<CancellationOutcome, { kind: 'not_permitted' | 'manual_required' }>;

/**
 * What a refusal tells the customer, in the mutation's answer and in `cancellability.message`
 * afterwards alike (one function, so the two never differ): a retryable refusal says when to try
 * again; a manual cancellation says whom to ask and what to give them, then the provider's words;
 * any other refusal is the provider's own words where it gave any. `words` are those of the detail
 * (its plugin says which field holds them), trimmed, null when there are none.
 */
export function refusalMessage(outcome: Refusal, words: string | null): string {
  if (outcome.kind === 'manual_required') {
    const how =
      outcome.manual?.instructions ??
      "This booking can only be cancelled by the provider's customer support.";
    return words ? `${how} The provider said: "${words}"` : how;
  }
  if (outcome.retryable) return tryAgainMessage(outcome.retryAfterSeconds);
  return words ?? outcome.message ?? 'This booking cannot be cancelled.';
}
