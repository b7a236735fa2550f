import type { MoneyModel } from '../domain/money.js';
import type { OrderItemModel, OrderModel } from '../domain/order.js';
import type { CancellationReason, ManualCancellationModel } from '../domain/cancellation.js';
import type { ProviderCallError, ProviderFailureDetailModel } from '../domain/provider-failure.js';
import type { ProviderCircuitModel, ProviderId } from '../domain/provider.js';

export interface ProviderCancelRequest {
  readonly order: OrderModel;
  readonly item: OrderItemModel;
  readonly reason: CancellationReason;
  readonly note: string | null;
  /** The gateway's journal id, for providers that accept a reference; never a customer secret. */
  readonly journalId: string;
}

/** The provider's answer to a cancel, mapped by its adapter. */
export type ProviderCancelOutcome =
  | {
      readonly kind: 'accepted';
      /** `PENDING` when the provider finishes the cancellation later, and says so in later reads. */
      readonly state: 'CONFIRMED' | 'PENDING';
      readonly refund: MoneyModel | null;
      readonly fee: MoneyModel | null;
      readonly providerRequestId: string | null;
    }
  | {
      readonly kind: 'refused';
      readonly reason:
        'NOT_PERMITTED' | 'WINDOW_CLOSED' | 'ALREADY_CANCELLED' | 'MANUAL_REQUIRED' | 'NOT_FOUND';
      readonly detail: ProviderFailureDetailModel | null;
      readonly retryable: boolean;
      readonly retryAfterSeconds: number | null;
      /** With `MANUAL_REQUIRED`: whom to ask and what to give them, where the provider's guide says. */
      readonly manual?: ManualCancellationModel | null;
    }
  /** Nothing was applied, for sure (e.g. a documented 503 or 429, or no connection at all). */
  | {
      readonly kind: 'unavailable';
      readonly detail: ProviderFailureDetailModel | null;
      readonly retryAfterSeconds: number | null;
    }
  /** The answer was lost or unreadable: the cancel may or may not have happened. */
  | { readonly kind: 'unknown'; readonly cause: string };

/** A provider's answer to a cancel, as its client read it. */
export interface CancelAnswer<Body> {
  readonly status: number;
  /** The body through the provider's schema; null when it is empty, not JSON or another shape. */
  readonly body: Body | null;
  /** `Retry-After` in seconds, when the answer carried one. */
  readonly retryAfterSeconds: number | null;
}

/** What a mapper knows of a cancel besides the answer. */
export interface CancelContext {
  /** The order and the item the cancel was for, as read fresh before it was sent. */
  readonly order: OrderModel;
  readonly item: OrderItemModel;
  /** The order as read again after the answer, when the adapter read it; null otherwise. */
  readonly after: OrderModel | null;
  /** When the answer arrived. */
  readonly at: Date;
}

/**
 * Every provider's `toCancelOutcome` (in its `mapper.ts`): pure, the answer and its context in, the
 * port's outcome out. One signature for all, so every adapter's cancel reads the same way.
 */
export type CancelOutcomeMapper<Body> = (
  answer: CancelAnswer<Body>,
  context: CancelContext,
) => ProviderCancelOutcome;

/** A booking's details checked at `registerOrder`: the snapshot to keep, or the input field at fault. */
export type RegistrationSnapshot =
  | { readonly ok: true; readonly snapshot: unknown }
  | { readonly ok: false; readonly field: string; readonly message: string };

/**
 * The one interface every provider adapter implements. Nothing provider-specific crosses it:
 * adapters map wire formats to domain models and provider refusals to `ProviderCancelOutcome`.
 */
export interface BookingProvider {
  readonly id: ProviderId;
  /**
   * Maximum order references per `loadOrders` call: a provider with a batch read says how many it
   * takes (up to 100 for one of ours); others take 1 and are fanned out in parallel by the loaders.
   */
  readonly maxBatchSize: number;
  /**
   * Reads orders by provider reference. The result is aligned with `refs`: an order, `null` when the
   * provider does not know it, or a `ProviderCallError` for that reference alone. Throws
   * `ProviderCallError` when the whole call failed.
   */
  loadOrders(refs: readonly string[]): Promise<ReadonlyArray<OrderModel | null | ProviderCallError>>;
  /**
   * Sends the cancel exactly once: implementations never retry it, at any layer. A lost answer is
   * `unknown`, never a failure.
   */
  cancel(request: ProviderCancelRequest): Promise<ProviderCancelOutcome>;
  /** The provider's circuit as the gateway sees it (breaker state, last fault). */
  health(): ProviderCircuitModel;
  /** Checks the provider answers (readiness); throws `ProviderCallError` when it does not. */
  ping(): Promise<void>;
  /** Releases connection pools. */
  close(): Promise<void>;
}

export type ProviderRegistry = ReadonlyMap<ProviderId, BookingProvider>;
