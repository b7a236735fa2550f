import type { MoneyModel } from '../domain/money.js';
import type { OrderItemModel, OrderModel } from '../domain/order.js';
import type { CancellationReason, ManualCancellationModel } from '../domain/cancellation.js';
import type { ProviderCallError, ProviderFailureDetailModel } from '../domain/provider-failure.js';
import type { ProviderCircuitModel, ProviderId } from '../domain/provider.js';

/** A cancel as the gateway asks for it, after its own checks (ownership, policy, a fresh read). */
export interface ProviderCancelRequest {
  /** The order and the item to cancel, as read from the provider just before. */
  readonly order: OrderModel;
  readonly item: OrderItemModel;
  /**
   * Every item this one call is to cancel, `item` first: just `item`, unless the provider's
   * `maxItemsPerCancel` is above 1 (then up to that many items of the order, cancelled all or none)
   * or it cancels whole orders (then any item stands for the order).
   */
  readonly items: readonly OrderItemModel[];
  /** Why the customer cancels: its plugin's `cancellationReasons` say what the provider is sent. */
  readonly reason: CancellationReason;
  /** The customer's own words (at most 255 characters); null when none. */
  readonly note: string | null;
  /** The gateway's journal id, for providers that accept a reference; never a customer secret. */
  readonly journalId: string;
}

/**
 * The provider's answer to a cancel, mapped by its adapter: every expected answer is one of these,
 * never an exception.
 */
export type ProviderCancelOutcome =
  /** The provider took the cancel. */
  | {
      readonly kind: 'accepted';
      /** `PENDING` when the provider finishes the cancellation later, and says so in later reads. */
      readonly state: 'CONFIRMED' | 'PENDING';
      /** What the provider says it refunds and keeps; null when its answer does not say. */
      readonly refund: MoneyModel | null;
      readonly fee: MoneyModel | null;
      readonly providerRequestId: string | null;
    }
  /** The provider said no; nothing was cancelled. */
  | {
      readonly kind: 'refused';
      readonly reason:
        'NOT_PERMITTED' | 'WINDOW_CLOSED' | 'ALREADY_CANCELLED' | 'MANUAL_REQUIRED' | 'NOT_FOUND';
      /** What the provider said, in its plugin's `refusalDetail` shape; null when it said nothing. */
      readonly detail: ProviderFailureDetailModel | null;
      /** True when asking again later may succeed (then `retryAfterSeconds` when the provider says). */
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
 *
 * @example
 * ```ts
 * export const toCancelOutcome: CancelOutcomeMapper<AcmeErrorWire> = ({ status, body }) => {
 *   if (status === 204) return { kind: 'accepted', state: 'CONFIRMED', refund: null, fee: null, providerRequestId: null };
 *   if (status === 409) return { kind: 'refused', reason: 'NOT_PERMITTED', detail: body && acmeRefusal.of({ code: body.code }), retryable: false, retryAfterSeconds: null };
 *   return { kind: 'unknown', cause: `status ${status}` };
 * };
 * ```
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
 * The one interface every provider adapter implements, and all the gateway ever calls of a
 * provider. Nothing provider-specific crosses it: an adapter maps its wire formats to domain models
 * and its provider's answers to `ProviderCancelOutcome`. Its plugin (plugin.ts) builds it.
 *
 * What every adapter keeps to:
 * - It talks to its provider only through the HTTP layer (`createHttpClient`, http.ts), which owns
 *   deadlines, retries of reads, the breaker and the provider's concurrency; a cancel is sent at most
 *   once, at every layer.
 * - An expected answer is data (an order, `null`, an outcome). A failure is a `ProviderCallError`
 *   (`toProviderCallError`, http-faults.ts); any other error is a bug, which the gateway still shows
 *   its callers as that provider's bad response.
 * - It keeps no state between calls but its caches and pools (`close` releases them).
 *
 * @example The shape of an adapter (a provider reading one order per call):
 * ```ts
 * export function createAcmeAdapter(settings: AcmeSettings): BookingProvider {
 *   const http = createHttpClient({ provider: 'ACME', baseUrl: settings.baseUrl, ...settings.http });
 *   const client = createAcmeClient(http);
 *   const loadOne = (ref: string) =>
 *     client.getOrder(ref).then(
 *       read => (read ? toOrder(read.wire, read.degraded) : null),
 *       (error: unknown) => toProviderCallError('ACME', error, 'answer'),
 *     );
 *   return {
 *     id: 'ACME',
 *     maxBatchSize: 1,
 *     loadOrders: refs => Promise.all(refs.map(loadOne)),
 *     async cancel({ order, item }) {
 *       const result = await client.cancel(order.providerReference, item.providerReference);
 *       if (result.kind === 'no-response') return lostAnswerOutcome(result);
 *       const answer = cancelAnswer(result.response, client.errorOf(result.response));
 *       return toCancelOutcome(answer, { order, item, after: null, at: new Date() });
 *     },
 *     health: () => http.health(),
 *     ping: async () => void (await client.getOrder('00000000-0000-4000-8000-000000000000')),
 *     close: () => http.close(),
 *   };
 * }
 * ```
 */
export interface BookingProvider {
  /** The provider it stands for: its plugin's id. */
  readonly id: ProviderId;
  /**
   * How many order references one `loadOrders` call takes: a provider with a batch read says how
   * many (up to 100 for one of ours); 1 otherwise, and the loaders fan references out in parallel.
   */
  readonly maxBatchSize: number;
  /**
   * How many items of one order one `cancel` call may name, all applied or none (the Open Booking
   * API's PATCH lists several); 1 when absent, and the gateway then sends one cancel per item.
   */
  readonly maxItemsPerCancel?: number;
  /**
   * True when a cancel of any item cancels the whole order (its items' policies have scope `ORDER`):
   * the gateway then asks for every item, or for the customer's consent (`acceptWholeOrder`).
   */
  readonly cancelsWholeOrders?: boolean;
  /**
   * Reads orders by provider reference (at most `maxBatchSize` of them).
   *
   * @returns One entry per reference, in the same order: the order; `null` when the provider does
   *   not know it (the gateway then answers "not found"); or a `ProviderCallError` for that reference
   *   alone (an unreadable order, e.g. `toProviderCallError(id, error, 'answer')`).
   * @throws `ProviderCallError` when the whole call failed (the HTTP layer's: timeout, breaker open,
   *   5xx, rate limit): every reference of the call reads as that provider's outage.
   * @example
   * ```ts
   * const [order, missing] = await provider.loadOrders(['A1', 'NO-SUCH']); // [OrderModel, null]
   * ```
   */
  loadOrders(refs: readonly string[]): Promise<ReadonlyArray<OrderModel | null | ProviderCallError>>;
  /**
   * Sends the cancel, exactly once: implementations never retry it, at any layer (`http.write`).
   *
   * @returns The provider's answer as a `ProviderCancelOutcome`. A lost answer, or one that cannot
   *   be read, is `unknown` (never a failure): the gateway reads the order before it ever sends again.
   *   `unavailable` only when nothing was surely applied (`lostAnswerOutcome` tells the two apart).
   * @throws Nothing on purpose: a thrown error is taken as `unknown`, as the cancel may have happened.
   * @example
   * ```ts
   * const outcome = await provider.cancel({ order, item, reason: 'CHANGE_OF_PLANS', note: null, journalId });
   * if (outcome.kind === 'refused' && outcome.retryable) … // tell the customer when to try again
   * ```
   */
  cancel(request: ProviderCancelRequest): Promise<ProviderCancelOutcome>;
  /**
   * The provider's circuit as the gateway sees it (breaker state, last fault): `/readyz`,
   * `Query.providers` and the metrics read it. Never throws, never calls the provider.
   */
  health(): ProviderCircuitModel;
  /**
   * Checks that the provider answers, with a cheap call (a read of an order that cannot exist).
   *
   * @throws `ProviderCallError` when it does not answer, or not as expected. The gateway does not
   *   call it per request; a plugin may at start-up, to log that its provider cannot be reached.
   */
  ping(): Promise<void>;
  /** Releases connection pools; the gateway calls it once, when it stops. */
  close(): Promise<void>;
}

/** The providers that run, by id. */
export type ProviderRegistry = ReadonlyMap<ProviderId, BookingProvider>;
