import type { MoneyModel } from '../domain/money.js';
import type { OrderItemModel, OrderModel } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';

/** Why a provider read failed; the values are the GraphQL `extensions.code`s. */
export type ProviderErrorCode =
  'PROVIDER_UNAVAILABLE' | 'PROVIDER_TIMEOUT' | 'PROVIDER_BAD_RESPONSE' | 'RATE_LIMITED';

/**
 * A provider call that failed for reasons other than a business answer. Its message is for logs
 * only and never carries URLs, bodies or credentials; clients see `code` and `provider`.
 */
export class ProviderCallError extends Error {
  override readonly name = 'ProviderCallError';
  constructor(
    readonly provider: ProviderId,
    readonly code: ProviderErrorCode,
    message: string,
    readonly retryable: boolean = code !== 'PROVIDER_BAD_RESPONSE',
    readonly retryAfterSeconds: number | null = null,
    /** For the log only: the bad body's shape with every value masked (see `redactedSnippet`). */
    readonly snippet: string | null = null,
  ) {
    super(message);
  }
}

export type CancellationReason =
  'CUSTOMER_REQUEST' | 'CHANGE_OF_PLANS' | 'BOOKING_ERROR' | 'DUPLICATE_BOOKING' | 'PROVIDER_ISSUE' | 'OTHER';

/** What a provider said when it refused, kept for the customer and support. */
export type ProviderFailureDetailModel =
  | { readonly kind: 'openactive'; readonly type: string; readonly description: string | null }
  | {
      readonly kind: 'booking-com';
      readonly id: string;
      readonly message: string | null;
      readonly requestId: string | null;
    }
  | { readonly kind: 'musement'; readonly code: string; readonly message: string | null }
  | { readonly kind: 'bokun'; readonly cancellationError: string };

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
      /** `PENDING` when the provider finishes later (imin, Musement). */
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
    }
  /** Nothing was applied, for sure (e.g. a documented 503 or 429, or no connection at all). */
  | {
      readonly kind: 'unavailable';
      readonly detail: ProviderFailureDetailModel | null;
      readonly retryAfterSeconds: number | null;
    }
  /** The answer was lost or unreadable: the cancel may or may not have happened. */
  | { readonly kind: 'unknown'; readonly cause: string };

export interface ProviderHealthModel {
  readonly provider: ProviderId;
  readonly simulated: boolean;
  readonly circuit: 'CLOSED' | 'OPEN' | 'HALF_OPEN';
  readonly lastFailureAt: Date | null;
}

/**
 * The one interface every provider adapter implements. Nothing provider-specific crosses it:
 * adapters map wire formats to domain models and provider refusals to `ProviderCancelOutcome`.
 */
export interface BookingProvider {
  readonly id: ProviderId;
  /** Whether this adapter talks to the built-in simulator rather than the live provider. */
  readonly simulated: boolean;
  /**
   * Maximum order references per `loadOrders` call (Booking.com: 100); others take 1 and are
   * fanned out in parallel by the loaders.
   */
  readonly maxBatchSize: number;
  /** Reasons this provider has no value for: such a cancel is refused as invalid before anything is sent. */
  readonly unsupportedReasons?: ReadonlySet<CancellationReason>;
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
  /** The provider's health as the gateway sees it (breaker state, last fault). */
  health(): ProviderHealthModel;
  /** Checks the provider answers (readiness); throws `ProviderCallError` when it does not. */
  ping(): Promise<void>;
  /** Releases connection pools. */
  close(): Promise<void>;
}

export type ProviderRegistry = ReadonlyMap<ProviderId, BookingProvider>;
