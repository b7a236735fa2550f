import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrderModel, OrderItemModel, CancellationRecordModel, MoneyModel, CancellationPolicyModel, CancellationWindowModel, RefundQuoteModel, CancellabilityModel, ProviderHealthModel, ViewerModel, CustomerModel, OrderConnectionModel, OrderEdgeModel, OrderItemConnectionModel, BookingChangeModel, WebhookEndpointStatusModel, OrderCancellationQuoteModel, ChangeConnectionModel, ChangeEdgeModel } from '../resolvers/mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date with no time of day and no zone, ISO 8601 `YYYY-MM-DD` (e.g. a hotel check-in date). */
  Date: { input: string; output: string; }
  /** An RFC 3339 date-time, always emitted in UTC (e.g. `2026-11-22T18:00:00.000Z`). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: string; output: string; }
};

/** A Bókun booking's details, stored at registration. */
export type BokunBookingInput = {
  /** When it ends. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The penalty rules agreed at booking. */
  penaltyRules: Array<BokunPenaltyRuleInput>;
  /** What the customer paid. */
  price: MoneyInput;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** The IANA time zone of the tour. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** What was booked, for display. */
  title: Scalars['String']['input'];
};

/** How a Bókun penalty charge is expressed. */
export type BokunChargeType =
  /** A fixed amount in the booking's currency. */
  | 'AMOUNT'
  /** A percentage of the price. */
  | 'PERCENTAGE';

/** A refusal from a Bókun inventory plugin. */
export type BokunErrorDetail = {
  __typename?: 'BokunErrorDetail';
  /** The plugin's `cancellationError` text. */
  cancellationError: Scalars['String']['output'];
};

/** A Bókun penalty rule: cancelling less than `cutoffHours` before the start costs `charge`. */
export type BokunPenaltyRuleInput = {
  /** The charge, as a decimal string. */
  charge: Scalars['String']['input'];
  /** Whether the charge is a percentage or an amount. */
  chargeType: BokunChargeType;
  /** Hours before the start from which this charge applies. */
  cutoffHours: Scalars['Int']['input'];
};

/**
 * One change to a tracked booking, as the gateway recorded it. Changes are never edited or removed;
 * the same change has the same `id` in `OrderItem.history`, `bookingChanges` and webhooks.
 */
export type BookingChange = {
  __typename?: 'BookingChange';
  /** The fee, where known. */
  fee?: Maybe<Money>;
  /** The change's stable id (webhooks derive their `webhook-id` from it). */
  id: Scalars['ID']['output'];
  /** The provider's reference of the item; `null` for a change to the whole order. */
  itemReference?: Maybe<Scalars['String']['output']>;
  kind: BookingChangeKind;
  /** When it happened: the provider's time where it gives one, the gateway's otherwise. */
  occurredAt: Scalars['DateTime']['output'];
  /** The order's global id. */
  orderId: Scalars['ID']['output'];
  /** The item's global id; `null` for a change to the whole order (its registration). */
  orderItemId?: Maybe<Scalars['ID']['output']>;
  /** The provider's reference of the order. */
  orderReference: Scalars['String']['output'];
  provider: Provider;
  /** The provider's own words (a refusal, a status text), where it gave any. */
  providerMessage?: Maybe<Scalars['String']['output']>;
  /** The provider's own status word after the change. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** When the gateway recorded it. */
  recordedAt: Scalars['DateTime']['output'];
  /** The refund, where known (what the cancel was quoted or accepted with, or what the provider states). */
  refund?: Maybe<Money>;
  /** Where the refund stands after the change, for a cancelled item. */
  refundState?: Maybe<RefundState>;
  source: BookingChangeSource;
  /** The item's status after the change. */
  statusAfter?: Maybe<OrderItemStatus>;
  /** The item's status before the change; `null` when not known (the first time it was seen). */
  statusBefore?: Maybe<OrderItemStatus>;
};

/**
 * The change feed, in the order changes became visible, paged forward. Paging with each page's
 * `endCursor` never misses a change and never repeats one, on any replica.
 */
export type BookingChangeConnection = {
  __typename?: 'BookingChangeConnection';
  edges: Array<BookingChangeEdge>;
  pageInfo: PageInfo;
};

/** One change of the feed. */
export type BookingChangeEdge = {
  __typename?: 'BookingChangeEdge';
  /** The change's position in the feed: keep it, and pass it as `after` to continue from there. */
  cursor: Scalars['String']['output'];
  node: BookingChange;
};

/** What happened to a tracked booking (one change in the feed). */
export type BookingChangeKind =
  /** The cancellation did not reach the provider, or the provider could not take it: nothing changed. */
  | 'CANCELLATION_FAILED'
  /** The provider accepted the cancellation and finishes it later. */
  | 'CANCELLATION_PENDING'
  /** The cancellation was refused (by the provider, whose words are in `providerMessage`, or by the terms). */
  | 'CANCELLATION_REFUSED'
  /** The customer asked to cancel, and the gateway sent the cancellation to the provider. */
  | 'CANCELLATION_REQUESTED'
  /** The booking is cancelled at the provider. */
  | 'CANCELLED'
  /** The provider (a seller, a venue, a property) cancelled the booking. */
  | 'CANCELLED_BY_PROVIDER'
  /** An unknown outcome, settled by reading the provider (`statusAfter` says which way). */
  | 'OUTCOME_SETTLED'
  /** The provider's answer to a cancellation was lost: it may or may not have happened. */
  | 'OUTCOME_UNKNOWN'
  /** The provider says the refund is done. */
  | 'REFUNDED'
  /** The provider started the refund. */
  | 'REFUND_STARTED'
  /** The booking was registered to a customer (order-wide: no item). */
  | 'REGISTERED'
  /** Any other change of status seen at the provider (attended, confirmed, its own status word). */
  | 'STATUS_CHANGED';

/** Who caused a change. */
export type BookingChangeSource =
  /** The customer, through the gateway. */
  | 'CUSTOMER'
  /** The provider, on its side (seen by the gateway's watcher or by a read). */
  | 'PROVIDER'
  /** The gateway's reconciler, settling an outcome that was not known. */
  | 'RECONCILER'
  /** A backend service, through the gateway (the booking flow registering a booking). */
  | 'SERVICE';

/** An error from the Booking.com Demand API. */
export type BookingComErrorDetail = {
  __typename?: 'BookingComErrorDetail';
  /** Booking.com's error id (e.g. `order_not_cancellable`). */
  id: Scalars['String']['output'];
  /** Booking.com's message. */
  message?: Maybe<Scalars['String']['output']>;
  /** Booking.com's request id, for their support. */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** What to cancel. */
export type CancelOrderItemInput = {
  /** Accept that the provider cancels the whole order (every item) when it cannot cancel one item alone. */
  acceptWholeOrder?: InputMaybe<Scalars['Boolean']['input']>;
  /** The refund the customer was shown; when given and cancelling now would return something else, nothing is cancelled. */
  expectedRefund?: InputMaybe<MoneyInput>;
  /** A client-chosen key (1–255 characters) that makes retries safe: the same key and request replay the first answer. */
  idempotencyKey: Scalars['String']['input'];
  /** Free text passed to the provider where it accepts one (at most 255 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The item's global ID. */
  orderItemId: Scalars['ID']['input'];
  /** Why the customer cancels. */
  reason: CancellationReason;
};

/**
 * What to cancel: several items of one order in one request. The same guarantees as
 * `cancelOrderItem` hold for every item: each reaches its provider at most once, and the same key
 * replays the whole answer.
 */
export type CancelOrderItemsInput = {
  /** Accept that a provider that cancels whole orders cancels every item of the order, asked for or not. */
  acceptWholeOrder?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The total refund the customer was shown (`Order.cancellationQuote`): when cancelling these items
   * now would return another total, nothing is sent (`RefundChangedError`).
   */
  expectedRefund?: InputMaybe<MoneyInput>;
  /** One client-chosen key (1–255 characters) for the whole request: the same key and request replay the first answer. */
  idempotencyKey: Scalars['String']['input'];
  /** Free text passed to the provider where it accepts one (at most 255 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The items' global IDs, all of one order (1 to 50, each once); the answer keeps this order. */
  orderItemIds: Array<Scalars['ID']['input']>;
  /** Why the customer cancels. */
  reason: CancellationReason;
};

/**
 * The outcome of `cancelOrderItems`: one answer per item, or a refusal of the whole request (then
 * nothing was sent for any item).
 */
export type CancelOrderItemsResult = CancellationResults | IdempotencyKeyReusedError | InvalidCancellationRequestError | OrderItemNotFoundError | RefundChangedError;

/** Whether an item can be cancelled now. */
export type Cancellability = {
  __typename?: 'Cancellability';
  /** Whether `cancelOrderItem` may succeed now. */
  cancellable: Scalars['Boolean']['output'];
  /** Until when cancelling stays possible, where known. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /**
   * After the provider refused to cancel this item: the message the cancel answered with, the same words
   * (reason `PROVIDER_REFUSES`: the provider's own words; `MANUAL_CANCELLATION_REQUIRED`: whom to contact
   * and what to give them, then the provider's words). Null otherwise.
   */
  message?: Maybe<Scalars['String']['output']>;
  /** Why not, when it cannot. */
  reason?: Maybe<NotCancellableReason>;
};

/** Another cancellation of this item is running; try again shortly. */
export type CancellationInProgressError = ErrorResult & {
  __typename?: 'CancellationInProgressError';
  /** Always `CANCELLATION_IN_PROGRESS`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** Always true. */
  retryable: Scalars['Boolean']['output'];
};

/** The provider refuses to cancel this item (see `providerDetail`). */
export type CancellationNotPermittedError = ErrorResult & {
  __typename?: 'CancellationNotPermittedError';
  /** Always `CANCELLATION_NOT_PERMITTED`. */
  code: ErrorCode;
  /**
   * A short message safe to show a customer: the provider's own words where it gave any, or when to try
   * again when `retryable`. The item's `cancellability.message` says the same afterwards.
   */
  message: Scalars['String']['output'];
  /** The provider that refused. */
  provider?: Maybe<Provider>;
  /** What the provider said. */
  providerDetail?: Maybe<ProviderFailureDetail>;
  /** Seconds to wait before trying again, when the provider says. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** Whether asking again later may succeed (e.g. right after booking). */
  retryable: Scalars['Boolean']['output'];
};

/** The provider's answer was lost; the gateway is finding out. Retry with the same key: it reads before it re-sends. */
export type CancellationOutcomeUnknownError = ErrorResult & {
  __typename?: 'CancellationOutcomeUnknownError';
  /** Always `CANCELLATION_OUTCOME_UNKNOWN`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** Always true (with the same idempotency key). */
  retryable: Scalars['Boolean']['output'];
};

/** A provider's cancellation terms, normalised to ordered time windows. */
export type CancellationPolicy = {
  __typename?: 'CancellationPolicy';
  /** Whether the deadlines are approximate (the provider gave local times without a known time zone). */
  approximate: Scalars['Boolean']['output'];
  /** Until when cancelling is free, if ever. */
  freeCancellationUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Whether cancelling affects only this item or the whole order. */
  scope: CancellationScope;
  /** The broad kind. */
  type: CancellationPolicyType;
  /** The windows in time order; outside them cancelling is not possible. */
  windows: Array<CancellationWindow>;
};

/** The broad kind of a cancellation policy. */
export type CancellationPolicyType =
  /** A full refund is possible until a deadline. */
  | 'FREE_CANCELLATION'
  /** The terms allow no cancellation at all. */
  | 'NON_CANCELLABLE'
  /** Cancelling is allowed, but nothing comes back (every cancellable window refunds 0). */
  | 'NON_REFUNDABLE'
  /** Only part of the price comes back at some point. */
  | 'PARTIALLY_REFUNDABLE';

/** Why the customer cancels; each value maps to what the provider needs. */
export type CancellationReason =
  /** The booking was made by mistake. */
  | 'BOOKING_ERROR'
  /** The customer's plans changed. */
  | 'CHANGE_OF_PLANS'
  /** The customer asked to cancel. */
  | 'CUSTOMER_REQUEST'
  /** The same thing was booked twice. */
  | 'DUPLICATE_BOOKING'
  /** Anything else (say what in `note`). */
  | 'OTHER'
  /** The provider or venue had a problem. */
  | 'PROVIDER_ISSUE';

/** A cancellation that was made. */
export type CancellationRecord = {
  __typename?: 'CancellationRecord';
  /** When the cancellation was accepted: the provider's time, else when the gateway's cancel was accepted. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who cancelled. */
  cancelledBy: CancelledBy;
  /** The fee charged, read like `refund`. */
  fee?: Maybe<Money>;
  /**
   * The refund: the provider's figure where it states one (Booking.com, imin), else what the gateway's
   * cancel was accepted with (`OrderItemCancelled.refund`; Musement states none). For a provider that
   * cancels whole orders, the order's. Null when neither is known.
   */
  refund?: Maybe<Money>;
  /** Where the refund stands, as far as the provider says (docs/changes.md has the table per provider). */
  refundState: RefundState;
};

/** The outcome of `cancelOrderItem`: the success member or the precise reason it did not happen. */
export type CancellationResult = CancellationInProgressError | CancellationNotPermittedError | CancellationOutcomeUnknownError | CancellationWindowClosedError | IdempotencyKeyReusedError | InvalidCancellationRequestError | ManualCancellationRequiredError | OrderItemAlreadyCancelledError | OrderItemCancelled | OrderItemNotFoundError | ProviderUnavailableError | RefundChangedError | WholeOrderCancellationRequiredError;

/** What happened to each item of a `cancelOrderItems` request. */
export type CancellationResults = {
  __typename?: 'CancellationResults';
  /**
   * Whether the provider applies these items all or none: one item, one request naming them all (the
   * Open Booking API's PATCH), or a whole-order cancel. False when each item is its own request (one
   * DELETE each), so some may be cancelled while others are not: read each result.
   */
  appliedAtomically: Scalars['Boolean']['output'];
  /**
   * One member per requested item, in request order: the same members as `cancelOrderItem`'s (a
   * success, or the precise reason that item was not cancelled).
   */
  results: Array<CancellationResult>;
  /** What the customer is charged for them, read like `totalRefund`. */
  totalFee?: Maybe<Money>;
  /**
   * What the customer gets back for the items the provider accepted, each cancellation counted once
   * (a whole-order cancel's refund is the order's); null when none was accepted, or one's refund is not known.
   */
  totalRefund?: Maybe<Money>;
};

/** What a cancellation covers. */
export type CancellationScope =
  /** Just this item. */
  | 'ITEM'
  /** The whole order: the provider cancels every item together. */
  | 'ORDER';

/** State of a cancellation the provider accepted. */
export type CancellationState =
  /** Done: the provider shows the item cancelled. */
  | 'CONFIRMED'
  /** Accepted; the provider finishes it shortly (e.g. the refund is under way). */
  | 'PENDING';

/** A period during which cancelling has one fixed outcome. */
export type CancellationWindow = {
  __typename?: 'CancellationWindow';
  /** Whether cancelling is possible in this window. */
  cancellable: Scalars['Boolean']['output'];
  /** What the customer is charged when cancelling in this window. */
  fee: Money;
  /** Start of the window; `null` means since booking. */
  from?: Maybe<Scalars['DateTime']['output']>;
  /** What the customer gets back when cancelling in this window. */
  refund: Money;
  /** Share of the price refunded, in percent (0–100). */
  refundPercent: Scalars['Float']['output'];
  /** End of the window (exclusive); `null` means until the item starts. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

/** The window for cancelling has closed; nothing was sent to the provider, or the provider said so. */
export type CancellationWindowClosedError = ErrorResult & {
  __typename?: 'CancellationWindowClosedError';
  /** When the window closed, where known. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Always `CANCELLATION_WINDOW_CLOSED`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** What the provider said, when it was the provider that refused. */
  providerDetail?: Maybe<ProviderFailureDetail>;
  /** Always false. */
  retryable: Scalars['Boolean']['output'];
};

/** Who cancelled a booking. */
export type CancelledBy =
  /** The customer. */
  | 'CUSTOMER'
  /** The provider or venue. */
  | 'PROVIDER';

/** State of a provider's circuit breaker. */
export type CircuitState =
  /** Calls flow normally. */
  | 'CLOSED'
  /** One probe call is allowed to test recovery. */
  | 'HALF_OPEN'
  /** Calls fail fast without reaching the provider. */
  | 'OPEN';

/**
 * A customer, as the supergraph's users subgraph knows them (`id` = the token's `sub`). This subgraph
 * contributes their bookings, readable only by that customer or with the `orders:admin` scope.
 */
export type Customer = {
  __typename?: 'Customer';
  /** The customer's ID: the `sub` of their access tokens. */
  id: Scalars['ID']['output'];
  /** The customer's orders, newest registration first; the same as `viewer.orders` for their own token. */
  orders: OrderConnection;
  /** The customer's items that have not started yet, soonest first; the same as `viewer.upcomingOrderItems`. */
  upcomingOrderItems: OrderItemConnection;
};


/**
 * A customer, as the supergraph's users subgraph knows them (`id` = the token's `sub`). This subgraph
 * contributes their bookings, readable only by that customer or with the `orders:admin` scope.
 */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A customer, as the supergraph's users subgraph knows them (`id` = the token's `sub`). This subgraph
 * contributes their bookings, readable only by that customer or with the `orders:admin` scope.
 */
export type CustomerUpcomingOrderItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Machine-readable codes of expected failures. */
export type ErrorCode =
  /** A cancellation of this item is already running. */
  | 'CANCELLATION_IN_PROGRESS'
  /** The provider refuses to cancel this item. */
  | 'CANCELLATION_NOT_PERMITTED'
  /** The provider's answer was lost; the gateway is finding out what happened. */
  | 'CANCELLATION_OUTCOME_UNKNOWN'
  /** The window for cancelling has closed. */
  | 'CANCELLATION_WINDOW_CLOSED'
  /** The idempotency key was used before for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The request is invalid. */
  | 'INVALID_CANCELLATION_REQUEST'
  /** The registration request is invalid. */
  | 'INVALID_REGISTRATION_REQUEST'
  /** Only the provider's support can cancel this booking. */
  | 'MANUAL_CANCELLATION_REQUIRED'
  /** The item is already cancelled. */
  | 'ORDER_ITEM_ALREADY_CANCELLED'
  /** No such item, or not the caller's. */
  | 'ORDER_ITEM_NOT_FOUND'
  /** The provider order is registered to another customer. */
  | 'ORDER_OWNED_BY_ANOTHER_CUSTOMER'
  /** The provider could not be reached or failed; nothing was cancelled. */
  | 'PROVIDER_UNAVAILABLE'
  /** Cancelling now would refund a different amount than expected. */
  | 'REFUND_CHANGED'
  /** The provider can only cancel the whole order. */
  | 'WHOLE_ORDER_CANCELLATION_REQUIRED';

/** Shared shape of every expected failure. */
export type ErrorResult = {
  /** Machine-readable code. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The provider involved, where one was. */
  provider?: Maybe<Provider>;
  /** Whether repeating the same request later may succeed. */
  retryable: Scalars['Boolean']['output'];
};

/** The idempotency key was already used for a different request; nothing was done. */
export type IdempotencyKeyReusedError = ErrorResult & {
  __typename?: 'IdempotencyKeyReusedError';
  /** Always `IDEMPOTENCY_KEY_REUSED`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** Always `null`. */
  provider?: Maybe<Provider>;
  /** Always false: use a new key. */
  retryable: Scalars['Boolean']['output'];
};

/** The request is invalid (see `field`); nothing was recorded or sent. */
export type InvalidCancellationRequestError = ErrorResult & {
  __typename?: 'InvalidCancellationRequestError';
  /** Always `INVALID_CANCELLATION_REQUEST`. */
  code: ErrorCode;
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** The provider involved, where known. */
  provider?: Maybe<Provider>;
  /** Always false. */
  retryable: Scalars['Boolean']['output'];
};

/** The registration is invalid (see `field`); nothing was recorded. */
export type InvalidRegistrationRequestError = ErrorResult & {
  __typename?: 'InvalidRegistrationRequestError';
  /** Always `INVALID_REGISTRATION_REQUEST`. */
  code: ErrorCode;
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** Always false. */
  retryable: Scalars['Boolean']['output'];
};

/**
 * Only the provider's own staff can cancel this booking, by hand; nothing was cancelled. Given whatever
 * status the provider answered with, when its words say so (Musement: "Some activities must be cancelled
 * manually by Musement").
 */
export type ManualCancellationRequiredError = ErrorResult & {
  __typename?: 'ManualCancellationRequiredError';
  /** Always `MANUAL_CANCELLATION_REQUIRED`. */
  code: ErrorCode;
  /** Where to ask for the cancellation (an email address), when the provider's documentation names one. */
  contact?: Maybe<Scalars['String']['output']>;
  /**
   * What to do, safe to show a customer: whom to ask and what to give them (for Musement: its Customer
   * Care address, the order and order item references and the error message), then the provider's own
   * words. The item's `cancellability.message` says the same afterwards.
   */
  message: Scalars['String']['output'];
  /** The provider whose staff must cancel it. */
  provider?: Maybe<Provider>;
  /** What the provider said. */
  providerDetail?: Maybe<ProviderFailureDetail>;
  /** Always false: asking the provider's staff is the way, not asking again. */
  retryable: Scalars['Boolean']['output'];
};

/** An amount of money, exact: never a float. */
export type Money = {
  __typename?: 'Money';
  /** The amount as an exact decimal string in major units (e.g. `12.50`, `1000`, `1.250`). */
  amount: Scalars['String']['output'];
  /** The amount in the currency's minor units (ISO 4217 exponent: cents for EUR, yen for JPY, fils for BHD). */
  amountMinor: Scalars['Int']['output'];
  /** The ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** An amount of money given by a client. */
export type MoneyInput = {
  /** An exact decimal string in major units, with no more decimals than the currency has. */
  amount: Scalars['String']['input'];
  /** The ISO 4217 currency code. */
  currency: Scalars['String']['input'];
};

/** An error from Musement. */
export type MusementErrorDetail = {
  __typename?: 'MusementErrorDetail';
  /** Musement's error code. */
  code: Scalars['String']['output'];
  /** Musement's message. */
  message?: Maybe<Scalars['String']['output']>;
};

/** The root of every write. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancel one order item; expected failures are members of the result union, never top-level errors. */
  cancelOrderItem: CancellationResult;
  /**
   * Cancel several items of one order in one request (scope `orders:cancel`): one answer per item,
   * in request order; expected failures are members of the result union, never top-level errors.
   */
  cancelOrderItems: CancelOrderItemsResult;
  /**
   * Operators (`orders:admin`): an endpoint's dead letters are delivered again, with a fresh retry
   * window, and an endpoint switched off by a 410 Gone is on again.
   */
  redeliverWebhookDeadLetters: WebhookRedelivery;
  /** Record that a customer owns a provider booking (scope `orders:write`, used by the booking flow). */
  registerOrder: RegisterOrderResult;
};


/** The root of every write. */
export type MutationCancelOrderItemArgs = {
  input: CancelOrderItemInput;
};


/** The root of every write. */
export type MutationCancelOrderItemsArgs = {
  input: CancelOrderItemsInput;
};


/** The root of every write. */
export type MutationRedeliverWebhookDeadLettersArgs = {
  endpointId: Scalars['ID']['input'];
};


/** The root of every write. */
export type MutationRegisterOrderArgs = {
  input: RegisterOrderInput;
};

/** An object with an opaque, globally unique ID. */
export type Node = {
  /** The opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Why an item cannot be cancelled now. */
export type NotCancellableReason =
  /** It is already cancelled or being cancelled. */
  | 'ALREADY_CANCELLED'
  /** The customer attended. */
  | 'ATTENDED'
  /**
   * The provider refused a cancel of it because its own staff must cancel it by hand (Musement: "Some
   * activities must be cancelled manually"), and its data has not changed since. It can still be
   * cancelled that way: `message` says whom to contact and what to give them, then the provider's words.
   */
  | 'MANUAL_CANCELLATION_REQUIRED'
  /** The booking's terms allow no cancellation (policy type `NON_CANCELLABLE`). */
  | 'NON_CANCELLABLE'
  /** The booking failed or is not confirmed yet. */
  | 'NOT_CONFIRMED'
  /** The provider gives no cancellation terms. */
  | 'NO_POLICY'
  /** The customer did not show up. */
  | 'NO_SHOW'
  /** The provider says it cannot be cancelled now, or refused a cancel of it (see `message`) and its data has not changed since. */
  | 'PROVIDER_REFUSES'
  /** It has already started. */
  | 'STARTED'
  /** The status is unknown to the gateway. */
  | 'UNKNOWN_STATUS'
  /** The cancellation window has closed. */
  | 'WINDOW_CLOSED';

/** An OpenActive error from imin. */
export type OpenActiveErrorDetail = {
  __typename?: 'OpenActiveErrorDetail';
  /** The seller's explanation, meant for the customer. */
  description?: Maybe<Scalars['String']['output']>;
  /** The OpenActive error type (e.g. `CancellationNotPermittedError`). */
  type: Scalars['String']['output'];
};

/** A booking at one provider, as the customer sees it. */
export type Order = Node & {
  __typename?: 'Order';
  /**
   * What cancelling exactly these items of the order now would return, and whether they can be
   * cancelled together. Each ID must be an item of this order (1 to 50, each once).
   */
  cancellationQuote: OrderCancellationQuote;
  /** When the booking was made, where the provider says. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The opaque global ID. */
  id: Scalars['ID']['output'];
  /** The order's items. */
  items: Array<OrderItem>;
  /** The provider holding the booking. */
  provider: Provider;
  /** The provider's own reference (order UUID, order id or confirmation code). */
  providerReference: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /**
   * The order's overall status, derived from its items' statuses: the first of these that any item has,
   * in this order: `UNKNOWN`, `PENDING`, `CONFIRMED`, `CANCELLATION_PENDING`, `ATTENDED`, `NO_SHOW`,
   * `CANCELLED_BY_CUSTOMER`, `CANCELLED_BY_PROVIDER`, `FAILED`. So an order is `CONFIRMED` while any item
   * still goes ahead, and cancelled only when every item is. Use each item's `status` for anything
   * finer (a two-room stay with one room cancelled reads `CONFIRMED` or `ATTENDED` here).
   */
  status: OrderItemStatus;
  /** What the customer paid for the whole order, where known. */
  total?: Maybe<Money>;
};


/** A booking at one provider, as the customer sees it. */
export type OrderCancellationQuoteArgs = {
  acceptWholeOrder?: InputMaybe<Scalars['Boolean']['input']>;
  itemIds: Array<Scalars['ID']['input']>;
};

/** Why items cannot be cancelled together now. */
export type OrderCancellationBlock =
  /** One of them cannot be cancelled now (`blockingItems`; each one's `cancellability` says why). */
  | 'ITEM_NOT_CANCELLABLE'
  /** The provider cancels whole orders: ask for every remaining item, or pass `acceptWholeOrder`. */
  | 'WHOLE_ORDER_REQUIRED';

/** What cancelling exactly these items of the order now would return (`cancelOrderItems` with them). */
export type OrderCancellationQuote = {
  __typename?: 'OrderCancellationQuote';
  /** Whether the provider would apply it all or none (see `CancellationResults.appliedAtomically`). */
  appliedAtomically: Scalars['Boolean']['output'];
  /** The items that cannot be cancelled now; empty when none. */
  blockingItems: Array<OrderItem>;
  /** Whether `cancelOrderItems` with exactly these items may succeed now. */
  cancellable: Scalars['Boolean']['output'];
  /** Every item the cancel would cancel: these, or every remaining item where the provider cancels whole orders. */
  coveredItems: Array<OrderItem>;
  /** The items asked about, in the order given. */
  items: Array<OrderItem>;
  /**
   * What cancelling them together returns: refunds and fees summed, valid while every part is. Null
   * when they cannot be cancelled together (`reason`), or the provider gives no amounts for one of them.
   * Pass its `refund` as `cancelOrderItems`' `expectedRefund`.
   */
  quote?: Maybe<RefundQuote>;
  /** Why they cannot be cancelled together now; null when they can. */
  reason?: Maybe<OrderCancellationBlock>;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders on this page. */
  edges: Array<OrderEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Providers that failed while this page was read. */
  providerOutages: Array<ProviderOutage>;
};

/** An order and its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** The cursor of this order. */
  cursor: Scalars['String']['output'];
  /** The order; `null` when its provider failed (see `providerOutages` and `errors`). */
  node?: Maybe<Order>;
};

/** Filters for `viewer.orders`. */
export type OrderFilter = {
  /** Only orders from these providers. */
  providers?: InputMaybe<Array<Provider>>;
};

/** One bookable thing in an order: a session, a room, an activity ticket or a tour. */
export type OrderItem = Node & {
  __typename?: 'OrderItem';
  /** Whether the item can be cancelled now, and if not, why not. */
  cancellability: Cancellability;
  /** The cancellation, once one was made. */
  cancellation?: Maybe<CancellationRecord>;
  /** The cancellation terms; `null` when the provider gives none. */
  cancellationPolicy?: Maybe<CancellationPolicy>;
  /** The local calendar date it ends on (a Booking.com check-out), on the same terms as `startDate`. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** When it ends, as an instant; `null` when the provider gives only a date (see `endDate`). */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** What happened to this item, oldest first: its registration, cancellation requests and answers, and what the provider changed. */
  history: OrderItemChangeConnection;
  /** The opaque global ID. */
  id: Scalars['ID']['output'];
  /** The order this item belongs to. */
  order: Order;
  /** What the customer paid for this item. */
  price?: Maybe<Money>;
  /** The provider holding the booking. */
  provider: Provider;
  /** The provider's own reference for this item. */
  providerReference: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** What cancelling now would return; `null` when it cannot be cancelled now. */
  refundQuote?: Maybe<RefundQuote>;
  /**
   * The local calendar date it starts on: the provider's own date (a Booking.com check-in), or
   * `startsAt`'s date in `timeZone`; `null` when neither is known. Show it as is: it has no time zone.
   */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** When it starts, as an instant; `null` when the provider gives only a date (Booking.com stays: see `startDate`). */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Normalised status. */
  status: OrderItemStatus;
  /** A message from the provider for the customer (e.g. why the venue cancelled), where given. */
  statusMessage?: Maybe<Scalars['String']['output']>;
  /** The venue's IANA time zone, where known (e.g. `Europe/London`). */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** What was booked, for display. */
  title: Scalars['String']['output'];
};


/** One bookable thing in an order: a session, a room, an activity ticket or a tour. */
export type OrderItemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The item is already cancelled (or its cancellation is being finished); nothing was sent. */
export type OrderItemAlreadyCancelledError = ErrorResult & {
  __typename?: 'OrderItemAlreadyCancelledError';
  /** Always `ORDER_ITEM_ALREADY_CANCELLED`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The item as it reads now. */
  orderItem: OrderItem;
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** Always false. */
  retryable: Scalars['Boolean']['output'];
};

/** The cancellation was accepted. */
export type OrderItemCancelled = {
  __typename?: 'OrderItemCancelled';
  /** When the cancellation was accepted. */
  cancelledAt: Scalars['DateTime']['output'];
  /** Every item the cancellation covered (more than one when the provider cancels the whole order). */
  cancelledItemIds: Array<Scalars['ID']['output']>;
  /** What the customer is charged. */
  fee?: Maybe<Money>;
  /** The item as it reads after the cancellation. */
  orderItem: OrderItem;
  /** What the customer gets back. */
  refund?: Maybe<Money>;
  /** Whether the provider has finished the cancellation. */
  status: CancellationState;
};

/** An item's history, oldest first, paged forward. */
export type OrderItemChangeConnection = {
  __typename?: 'OrderItemChangeConnection';
  edges: Array<OrderItemChangeEdge>;
  pageInfo: PageInfo;
};

/** One change of an item's history. */
export type OrderItemChangeEdge = {
  __typename?: 'OrderItemChangeEdge';
  /** Pass as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  node: BookingChange;
};

/** A page of order items. */
export type OrderItemConnection = {
  __typename?: 'OrderItemConnection';
  /** The items on this page. */
  edges: Array<OrderItemEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Providers that failed while this page was read. */
  providerOutages: Array<ProviderOutage>;
};

/** An order item and its cursor. */
export type OrderItemEdge = {
  __typename?: 'OrderItemEdge';
  /** The cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: OrderItem;
};

/**
 * No such item, or it is not the caller's (the two are indistinguishable on purpose); also when the
 * provider answers the cancel that the booking does not exist (nothing was cancelled).
 */
export type OrderItemNotFoundError = ErrorResult & {
  __typename?: 'OrderItemNotFoundError';
  /** Always `ORDER_ITEM_NOT_FOUND`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** Always `null`. */
  provider?: Maybe<Provider>;
  /** Always false. */
  retryable: Scalars['Boolean']['output'];
};

/** Lifecycle state of an order or item, the same for every provider. */
export type OrderItemStatus =
  /** The customer attended or stayed. */
  | 'ATTENDED'
  /** A cancellation was accepted and the provider is finishing it (refund under way). */
  | 'CANCELLATION_PENDING'
  /** Cancelled at the customer's request. */
  | 'CANCELLED_BY_CUSTOMER'
  /** Cancelled by the provider or venue. */
  | 'CANCELLED_BY_PROVIDER'
  /** Booked and going ahead. */
  | 'CONFIRMED'
  /** The booking failed at the provider. */
  | 'FAILED'
  /** The customer did not show up. */
  | 'NO_SHOW'
  /** Booked, waiting for the provider to confirm. */
  | 'PENDING'
  /** The provider reported a status the gateway does not know; never cancellable. */
  | 'UNKNOWN';

/** The provider order is already registered to another customer; nothing changed. */
export type OrderOwnedByAnotherCustomerError = ErrorResult & {
  __typename?: 'OrderOwnedByAnotherCustomerError';
  /** Always `ORDER_OWNED_BY_ANOTHER_CUSTOMER`. */
  code: ErrorCode;
  /** A short message. */
  message: Scalars['String']['output'];
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** Always false. */
  retryable: Scalars['Boolean']['output'];
};

/** The booking is recorded (or already was, for the same customer). */
export type OrderRegistered = {
  __typename?: 'OrderRegistered';
  /** Whether this call created the record (false: it already existed). */
  created: Scalars['Boolean']['output'];
  /** The order as it reads now; `null` when its provider cannot be read at the moment. */
  order?: Maybe<Order>;
};

/** Relay pagination state. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor to pass as `after` for the next page; `null` when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page: true when it was asked for `after` a cursor (paging is forward-only). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge on this page; `null` when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The booking providers behind the gateway. */
export type Provider =
  /** A Bókun inventory plugin: tours. */
  | 'BOKUN'
  /** Booking.com Demand API: accommodation. */
  | 'BOOKING_COM'
  /** imin Booking Platform (OpenActive Open Booking API): sports and leisure sessions. */
  | 'IMIN'
  /** Musement: activities. */
  | 'MUSEMENT';

/** What the provider said when it refused. */
export type ProviderFailureDetail = BokunErrorDetail | BookingComErrorDetail | MusementErrorDetail | OpenActiveErrorDetail;

/** Health of one provider as the gateway sees it. */
export type ProviderHealth = {
  __typename?: 'ProviderHealth';
  /** The circuit breaker's state. */
  circuit: CircuitState;
  /** When the last fault was seen, if ever. */
  lastFailureAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider. */
  provider: Provider;
  /** Whether the gateway talks to a simulator rather than the live provider. */
  simulated: Scalars['Boolean']['output'];
};

/** A provider that failed while a list was being read; its entries are missing from this page. */
export type ProviderOutage = {
  __typename?: 'ProviderOutage';
  /** Why it failed. */
  code: ProviderOutageCode;
  /** The provider that failed. */
  provider: Provider;
  /** Whether asking again later may succeed. */
  retryable: Scalars['Boolean']['output'];
};

/** Why a provider's entries are missing from a list. */
export type ProviderOutageCode =
  /** The provider answered with something the gateway could not read. */
  | 'PROVIDER_BAD_RESPONSE'
  /** The provider did not answer in time. */
  | 'PROVIDER_TIMEOUT'
  /** The provider refused or could not be reached; its circuit may be open. */
  | 'PROVIDER_UNAVAILABLE'
  /** The provider asked us to slow down. */
  | 'RATE_LIMITED';

/** The provider could not be reached or failed before accepting anything; nothing was cancelled. */
export type ProviderUnavailableError = ErrorResult & {
  __typename?: 'ProviderUnavailableError';
  /** Always `PROVIDER_UNAVAILABLE`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The provider that failed. */
  provider?: Maybe<Provider>;
  /** What the provider said, where anything. */
  providerDetail?: Maybe<ProviderFailureDetail>;
  /** Seconds to wait before trying again, when known. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** Always true. */
  retryable: Scalars['Boolean']['output'];
};

/** The root of every read. */
export type Query = {
  __typename?: 'Query';
  /**
   * Every change to every tracked booking, for backend consumers (an email service, a back office):
   * scope `changes:read` or `orders:admin`. Keep each page's `endCursor` durably and pass it as `after`
   * to continue: no change is missed or repeated, across restarts and replicas.
   */
  bookingChanges: BookingChangeConnection;
  /** Any object with a global ID the caller may see; `null` when it does not exist or is not the caller's. */
  node?: Maybe<Node>;
  /** One order the caller owns; `null` when it does not exist or is not the caller's. */
  order?: Maybe<Order>;
  /** One order item the caller owns; `null` when it does not exist or is not the caller's. */
  orderItem?: Maybe<OrderItem>;
  /** Health of each configured provider, as data. */
  providers: Array<ProviderHealth>;
  /** The signed-in customer and their bookings. */
  viewer: Viewer;
  /** Operators (`orders:admin`): each configured webhook endpoint's delivery. */
  webhookEndpoints: Array<WebhookEndpointStatus>;
};


/** The root of every read. */
export type QueryBookingChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryOrderItemArgs = {
  id: Scalars['ID']['input'];
};

/** Cancelling now would refund another amount than `expectedRefund`; nothing was cancelled. */
export type RefundChangedError = ErrorResult & {
  __typename?: 'RefundChangedError';
  /** Always `REFUND_CHANGED`. */
  code: ErrorCode;
  /** The refund cancelling now would return. */
  currentRefund: Money;
  /** The refund the client expected. */
  expectedRefund: Money;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** Always false: show the new quote and ask again. */
  retryable: Scalars['Boolean']['output'];
};

/** What cancelling now would return. */
export type RefundQuote = {
  __typename?: 'RefundQuote';
  /** Whether the provider commits to this amount (false: the gateway's computation from the terms). */
  binding: Scalars['Boolean']['output'];
  /** What the customer is charged. */
  fee: Money;
  /** What the customer gets back. */
  refund: Money;
  /** Until when this quote holds (the end of the current window). */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * Where a cancelled booking's refund stands, as far as its provider says. See docs/changes.md for which
 * provider fact gives which state.
 */
export type RefundState =
  /** Nothing comes back: the fee is the whole price. */
  | 'NONE_DUE'
  /** A refund is due once the provider confirms the cancellation. */
  | 'PENDING'
  /** The provider says the refund is done. */
  | 'REFUNDED'
  /** The provider has started the refund (or, where it says no more, triggered it). */
  | 'STARTED'
  /** The provider does not say what happens to the refund. */
  | 'UNKNOWN';

/** A booking to record for a customer. */
export type RegisterOrderInput = {
  /** The booking's details; required for Bókun (its plugin API cannot read a booking back), rejected otherwise. */
  bokunBooking?: InputMaybe<BokunBookingInput>;
  /**
   * The booker's email as the provider has it. Optional but recommended: the gateway keeps only a one-way
   * fingerprint, and hides the order (as not found) if the provider ever names a different booker. Without
   * it, the booker the provider names on the first read is pinned instead.
   */
  bookerEmail?: InputMaybe<Scalars['String']['input']>;
  /** The customer who owns the booking. */
  customerId: Scalars['ID']['input'];
  /** The provider holding it. */
  provider: Provider;
  /** The imin order UUID, Booking.com order id, Musement order UUID or Bókun `bookingConfirmationCode`. */
  providerReference: Scalars['String']['input'];
};

/** The outcome of `registerOrder`. */
export type RegisterOrderResult = InvalidRegistrationRequestError | OrderOwnedByAnotherCustomerError | OrderRegistered;

/**
 * Live updates, over graphql-ws (WebSocket, subprotocol `graphql-transport-ws`) on `/graphql`; never over
 * plain HTTP. Send the bearer token as `connectionParams: { authorization: "Bearer <token>" }`.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The item now, then again each time its status or cancellation changes (scope `orders:read`, owner
   * only; another customer's item, or one that does not exist, answers `NOT_FOUND`). The gateway polls
   * the provider for you, once per item however many subscribers, sooner while a cancellation is
   * pending. At most `SUBSCRIPTIONS_PER_CALLER` at once per customer (`TOO_MANY_SUBSCRIPTIONS`).
   */
  orderItemUpdated: OrderItem;
};


/**
 * Live updates, over graphql-ws (WebSocket, subprotocol `graphql-transport-ws`) on `/graphql`; never over
 * plain HTTP. Send the bearer token as `connectionParams: { authorization: "Bearer <token>" }`.
 */
export type SubscriptionOrderItemUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** The signed-in customer. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The customer's ID (the token's `sub`). */
  customerId: Scalars['ID']['output'];
  /** The customer's orders, newest registration first. */
  orders: OrderConnection;
  /** The customer's items that have not started yet, soonest first. */
  upcomingOrderItems: OrderItemConnection;
};


/** The signed-in customer. */
export type ViewerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in customer. */
export type ViewerUpcomingOrderItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A configured webhook endpoint's delivery, for operators (`orders:admin`). The URL is shown without
 * its query (it may carry a token); secrets are never shown.
 */
export type WebhookEndpointStatus = {
  __typename?: 'WebhookEndpointStatus';
  /** Changes given up after the retry window (redeliver them with `redeliverWebhookDeadLetters`). */
  deadLetters: Scalars['Int']['output'];
  /** Set when the endpoint answered 410 Gone: nothing is sent until an operator redelivers. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** The endpoint's id (a digest of its URL), as metrics label it. */
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastDeliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** What went wrong in the last attempt, if it failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; `null` when it got none (a timeout, a refused connection). */
  lastStatus?: Maybe<Scalars['Int']['output']>;
  /** When the oldest change still waiting happened; `null` when none waits. */
  oldestPendingAt?: Maybe<Scalars['DateTime']['output']>;
  /** Changes waiting for delivery. */
  pending: Scalars['Int']['output'];
  /** Where the endpoint stands in the feed: changes after this are not taken in yet. */
  position: Scalars['String']['output'];
  /** Scheme, host and path of the endpoint. */
  url: Scalars['String']['output'];
};

/** What a redelivery did. */
export type WebhookRedelivery = {
  __typename?: 'WebhookRedelivery';
  /** The endpoint, as it stands now (on again if it was off). */
  endpoint: WebhookEndpointStatus;
  /** How many dead letters are due again. */
  redelivered: Scalars['Int']['output'];
};

/** The provider cancels whole orders only; repeat with `acceptWholeOrder: true` to cancel every item listed. */
export type WholeOrderCancellationRequiredError = ErrorResult & {
  __typename?: 'WholeOrderCancellationRequiredError';
  /** Every item that would be cancelled. */
  affectedItems: Array<OrderItem>;
  /** Always `WHOLE_ORDER_CANCELLATION_REQUIRED`. */
  code: ErrorCode;
  /** A short message safe to show a customer. */
  message: Scalars['String']['output'];
  /** The provider involved. */
  provider?: Maybe<Provider>;
  /** Always false. */
  retryable: Scalars['Boolean']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Customer: Customer;
  Order: Order;
  OrderItem: OrderItem;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  OrderItem:
    ( { __typename: 'OrderItem' }
    & GraphQLRecursivePick<FederationTypes['OrderItem'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CancelOrderItemsResult:
    | ( Omit<CancellationResults, 'results' | 'totalFee' | 'totalRefund'> & { results: Array<_RefType['CancellationResult']>, totalFee?: Maybe<_RefType['Money']>, totalRefund?: Maybe<_RefType['Money']> } & { __typename: 'CancellationResults' } )
    | ( IdempotencyKeyReusedError & { __typename: 'IdempotencyKeyReusedError' } )
    | ( InvalidCancellationRequestError & { __typename: 'InvalidCancellationRequestError' } )
    | ( OrderItemNotFoundError & { __typename: 'OrderItemNotFoundError' } )
    | ( Omit<RefundChangedError, 'currentRefund' | 'expectedRefund'> & { currentRefund: _RefType['Money'], expectedRefund: _RefType['Money'] } & { __typename: 'RefundChangedError' } )
  ;
  CancellationResult:
    | ( CancellationInProgressError & { __typename: 'CancellationInProgressError' } )
    | ( Omit<CancellationNotPermittedError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'CancellationNotPermittedError' } )
    | ( CancellationOutcomeUnknownError & { __typename: 'CancellationOutcomeUnknownError' } )
    | ( Omit<CancellationWindowClosedError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'CancellationWindowClosedError' } )
    | ( IdempotencyKeyReusedError & { __typename: 'IdempotencyKeyReusedError' } )
    | ( InvalidCancellationRequestError & { __typename: 'InvalidCancellationRequestError' } )
    | ( Omit<ManualCancellationRequiredError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'ManualCancellationRequiredError' } )
    | ( Omit<OrderItemAlreadyCancelledError, 'orderItem'> & { orderItem: _RefType['OrderItem'] } & { __typename: 'OrderItemAlreadyCancelledError' } )
    | ( Omit<OrderItemCancelled, 'fee' | 'orderItem' | 'refund'> & { fee?: Maybe<_RefType['Money']>, orderItem: _RefType['OrderItem'], refund?: Maybe<_RefType['Money']> } & { __typename: 'OrderItemCancelled' } )
    | ( OrderItemNotFoundError & { __typename: 'OrderItemNotFoundError' } )
    | ( Omit<ProviderUnavailableError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'ProviderUnavailableError' } )
    | ( Omit<RefundChangedError, 'currentRefund' | 'expectedRefund'> & { currentRefund: _RefType['Money'], expectedRefund: _RefType['Money'] } & { __typename: 'RefundChangedError' } )
    | ( Omit<WholeOrderCancellationRequiredError, 'affectedItems'> & { affectedItems: Array<_RefType['OrderItem']> } & { __typename: 'WholeOrderCancellationRequiredError' } )
  ;
  ProviderFailureDetail:
    | ( BokunErrorDetail & { __typename: 'BokunErrorDetail' } )
    | ( BookingComErrorDetail & { __typename: 'BookingComErrorDetail' } )
    | ( MusementErrorDetail & { __typename: 'MusementErrorDetail' } )
    | ( OpenActiveErrorDetail & { __typename: 'OpenActiveErrorDetail' } )
  ;
  RegisterOrderResult:
    | ( InvalidRegistrationRequestError & { __typename: 'InvalidRegistrationRequestError' } )
    | ( OrderOwnedByAnotherCustomerError & { __typename: 'OrderOwnedByAnotherCustomerError' } )
    | ( Omit<OrderRegistered, 'order'> & { order?: Maybe<_RefType['Order']> } & { __typename: 'OrderRegistered' } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ErrorResult:
    | ( CancellationInProgressError & { __typename: 'CancellationInProgressError' } )
    | ( Omit<CancellationNotPermittedError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'CancellationNotPermittedError' } )
    | ( CancellationOutcomeUnknownError & { __typename: 'CancellationOutcomeUnknownError' } )
    | ( Omit<CancellationWindowClosedError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'CancellationWindowClosedError' } )
    | ( IdempotencyKeyReusedError & { __typename: 'IdempotencyKeyReusedError' } )
    | ( InvalidCancellationRequestError & { __typename: 'InvalidCancellationRequestError' } )
    | ( InvalidRegistrationRequestError & { __typename: 'InvalidRegistrationRequestError' } )
    | ( Omit<ManualCancellationRequiredError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'ManualCancellationRequiredError' } )
    | ( Omit<OrderItemAlreadyCancelledError, 'orderItem'> & { orderItem: _RefType['OrderItem'] } & { __typename: 'OrderItemAlreadyCancelledError' } )
    | ( OrderItemNotFoundError & { __typename: 'OrderItemNotFoundError' } )
    | ( OrderOwnedByAnotherCustomerError & { __typename: 'OrderOwnedByAnotherCustomerError' } )
    | ( Omit<ProviderUnavailableError, 'providerDetail'> & { providerDetail?: Maybe<_RefType['ProviderFailureDetail']> } & { __typename: 'ProviderUnavailableError' } )
    | ( Omit<RefundChangedError, 'currentRefund' | 'expectedRefund'> & { currentRefund: _RefType['Money'], expectedRefund: _RefType['Money'] } & { __typename: 'RefundChangedError' } )
    | ( Omit<WholeOrderCancellationRequiredError, 'affectedItems'> & { affectedItems: Array<_RefType['OrderItem']> } & { __typename: 'WholeOrderCancellationRequiredError' } )
  ;
  Node:
    | ( OrderModel & { __typename: 'Order' } )
    | ( OrderItemModel & { __typename: 'OrderItem' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BokunBookingInput: BokunBookingInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BokunChargeType: BokunChargeType;
  BokunErrorDetail: ResolverTypeWrapper<BokunErrorDetail>;
  BokunPenaltyRuleInput: BokunPenaltyRuleInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BookingChange: ResolverTypeWrapper<BookingChangeModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BookingChangeConnection: ResolverTypeWrapper<ChangeConnectionModel>;
  BookingChangeEdge: ResolverTypeWrapper<ChangeEdgeModel>;
  BookingChangeKind: BookingChangeKind;
  BookingChangeSource: BookingChangeSource;
  BookingComErrorDetail: ResolverTypeWrapper<BookingComErrorDetail>;
  CancelOrderItemInput: CancelOrderItemInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelOrderItemsInput: CancelOrderItemsInput;
  CancelOrderItemsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CancelOrderItemsResult']>;
  Cancellability: ResolverTypeWrapper<CancellabilityModel>;
  CancellationInProgressError: ResolverTypeWrapper<CancellationInProgressError>;
  CancellationNotPermittedError: ResolverTypeWrapper<Omit<CancellationNotPermittedError, 'providerDetail'> & { providerDetail?: Maybe<ResolversTypes['ProviderFailureDetail']> }>;
  CancellationOutcomeUnknownError: ResolverTypeWrapper<CancellationOutcomeUnknownError>;
  CancellationPolicy: ResolverTypeWrapper<CancellationPolicyModel>;
  CancellationPolicyType: CancellationPolicyType;
  CancellationReason: CancellationReason;
  CancellationRecord: ResolverTypeWrapper<CancellationRecordModel>;
  CancellationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CancellationResult']>;
  CancellationResults: ResolverTypeWrapper<Omit<CancellationResults, 'results' | 'totalFee' | 'totalRefund'> & { results: Array<ResolversTypes['CancellationResult']>, totalFee?: Maybe<ResolversTypes['Money']>, totalRefund?: Maybe<ResolversTypes['Money']> }>;
  CancellationScope: CancellationScope;
  CancellationState: CancellationState;
  CancellationWindow: ResolverTypeWrapper<CancellationWindowModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CancellationWindowClosedError: ResolverTypeWrapper<Omit<CancellationWindowClosedError, 'providerDetail'> & { providerDetail?: Maybe<ResolversTypes['ProviderFailureDetail']> }>;
  CancelledBy: CancelledBy;
  CircuitState: CircuitState;
  Customer: ResolverTypeWrapper<CustomerModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  ErrorResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ErrorResult']>;
  IdempotencyKeyReusedError: ResolverTypeWrapper<IdempotencyKeyReusedError>;
  InvalidCancellationRequestError: ResolverTypeWrapper<InvalidCancellationRequestError>;
  InvalidRegistrationRequestError: ResolverTypeWrapper<InvalidRegistrationRequestError>;
  ManualCancellationRequiredError: ResolverTypeWrapper<Omit<ManualCancellationRequiredError, 'providerDetail'> & { providerDetail?: Maybe<ResolversTypes['ProviderFailureDetail']> }>;
  Money: ResolverTypeWrapper<MoneyModel>;
  MoneyInput: MoneyInput;
  MusementErrorDetail: ResolverTypeWrapper<MusementErrorDetail>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NotCancellableReason: NotCancellableReason;
  OpenActiveErrorDetail: ResolverTypeWrapper<OpenActiveErrorDetail>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderCancellationBlock: OrderCancellationBlock;
  OrderCancellationQuote: ResolverTypeWrapper<OrderCancellationQuoteModel>;
  OrderConnection: ResolverTypeWrapper<OrderConnectionModel>;
  OrderEdge: ResolverTypeWrapper<OrderEdgeModel>;
  OrderFilter: OrderFilter;
  OrderItem: ResolverTypeWrapper<OrderItemModel>;
  OrderItemAlreadyCancelledError: ResolverTypeWrapper<Omit<OrderItemAlreadyCancelledError, 'orderItem'> & { orderItem: ResolversTypes['OrderItem'] }>;
  OrderItemCancelled: ResolverTypeWrapper<Omit<OrderItemCancelled, 'fee' | 'orderItem' | 'refund'> & { fee?: Maybe<ResolversTypes['Money']>, orderItem: ResolversTypes['OrderItem'], refund?: Maybe<ResolversTypes['Money']> }>;
  OrderItemChangeConnection: ResolverTypeWrapper<ChangeConnectionModel>;
  OrderItemChangeEdge: ResolverTypeWrapper<ChangeEdgeModel>;
  OrderItemConnection: ResolverTypeWrapper<OrderItemConnectionModel>;
  OrderItemEdge: ResolverTypeWrapper<Omit<OrderItemEdge, 'node'> & { node: ResolversTypes['OrderItem'] }>;
  OrderItemNotFoundError: ResolverTypeWrapper<OrderItemNotFoundError>;
  OrderItemStatus: OrderItemStatus;
  OrderOwnedByAnotherCustomerError: ResolverTypeWrapper<OrderOwnedByAnotherCustomerError>;
  OrderRegistered: ResolverTypeWrapper<Omit<OrderRegistered, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: Provider;
  ProviderFailureDetail: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ProviderFailureDetail']>;
  ProviderHealth: ResolverTypeWrapper<ProviderHealthModel>;
  ProviderOutage: ResolverTypeWrapper<ProviderOutage>;
  ProviderOutageCode: ProviderOutageCode;
  ProviderUnavailableError: ResolverTypeWrapper<Omit<ProviderUnavailableError, 'providerDetail'> & { providerDetail?: Maybe<ResolversTypes['ProviderFailureDetail']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefundChangedError: ResolverTypeWrapper<Omit<RefundChangedError, 'currentRefund' | 'expectedRefund'> & { currentRefund: ResolversTypes['Money'], expectedRefund: ResolversTypes['Money'] }>;
  RefundQuote: ResolverTypeWrapper<RefundQuoteModel>;
  RefundState: RefundState;
  RegisterOrderInput: RegisterOrderInput;
  RegisterOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RegisterOrderResult']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WebhookEndpointStatus: ResolverTypeWrapper<WebhookEndpointStatusModel>;
  WebhookRedelivery: ResolverTypeWrapper<Omit<WebhookRedelivery, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpointStatus'] }>;
  WholeOrderCancellationRequiredError: ResolverTypeWrapper<Omit<WholeOrderCancellationRequiredError, 'affectedItems'> & { affectedItems: Array<ResolversTypes['OrderItem']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BokunBookingInput: BokunBookingInput;
  String: Scalars['String']['output'];
  BokunErrorDetail: BokunErrorDetail;
  BokunPenaltyRuleInput: BokunPenaltyRuleInput;
  Int: Scalars['Int']['output'];
  BookingChange: BookingChangeModel;
  ID: Scalars['ID']['output'];
  BookingChangeConnection: ChangeConnectionModel;
  BookingChangeEdge: ChangeEdgeModel;
  BookingComErrorDetail: BookingComErrorDetail;
  CancelOrderItemInput: CancelOrderItemInput;
  Boolean: Scalars['Boolean']['output'];
  CancelOrderItemsInput: CancelOrderItemsInput;
  CancelOrderItemsResult: ResolversUnionTypes<ResolversParentTypes>['CancelOrderItemsResult'];
  Cancellability: CancellabilityModel;
  CancellationInProgressError: CancellationInProgressError;
  CancellationNotPermittedError: Omit<CancellationNotPermittedError, 'providerDetail'> & { providerDetail?: Maybe<ResolversParentTypes['ProviderFailureDetail']> };
  CancellationOutcomeUnknownError: CancellationOutcomeUnknownError;
  CancellationPolicy: CancellationPolicyModel;
  CancellationRecord: CancellationRecordModel;
  CancellationResult: ResolversUnionTypes<ResolversParentTypes>['CancellationResult'];
  CancellationResults: Omit<CancellationResults, 'results' | 'totalFee' | 'totalRefund'> & { results: Array<ResolversParentTypes['CancellationResult']>, totalFee?: Maybe<ResolversParentTypes['Money']>, totalRefund?: Maybe<ResolversParentTypes['Money']> };
  CancellationWindow: CancellationWindowModel;
  Float: Scalars['Float']['output'];
  CancellationWindowClosedError: Omit<CancellationWindowClosedError, 'providerDetail'> & { providerDetail?: Maybe<ResolversParentTypes['ProviderFailureDetail']> };
  Customer: CustomerModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ErrorResult: ResolversInterfaceTypes<ResolversParentTypes>['ErrorResult'];
  IdempotencyKeyReusedError: IdempotencyKeyReusedError;
  InvalidCancellationRequestError: InvalidCancellationRequestError;
  InvalidRegistrationRequestError: InvalidRegistrationRequestError;
  ManualCancellationRequiredError: Omit<ManualCancellationRequiredError, 'providerDetail'> & { providerDetail?: Maybe<ResolversParentTypes['ProviderFailureDetail']> };
  Money: MoneyModel;
  MoneyInput: MoneyInput;
  MusementErrorDetail: MusementErrorDetail;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OpenActiveErrorDetail: OpenActiveErrorDetail;
  Order: OrderModel;
  OrderCancellationQuote: OrderCancellationQuoteModel;
  OrderConnection: OrderConnectionModel;
  OrderEdge: OrderEdgeModel;
  OrderFilter: OrderFilter;
  OrderItem: OrderItemModel;
  OrderItemAlreadyCancelledError: Omit<OrderItemAlreadyCancelledError, 'orderItem'> & { orderItem: ResolversParentTypes['OrderItem'] };
  OrderItemCancelled: Omit<OrderItemCancelled, 'fee' | 'orderItem' | 'refund'> & { fee?: Maybe<ResolversParentTypes['Money']>, orderItem: ResolversParentTypes['OrderItem'], refund?: Maybe<ResolversParentTypes['Money']> };
  OrderItemChangeConnection: ChangeConnectionModel;
  OrderItemChangeEdge: ChangeEdgeModel;
  OrderItemConnection: OrderItemConnectionModel;
  OrderItemEdge: Omit<OrderItemEdge, 'node'> & { node: ResolversParentTypes['OrderItem'] };
  OrderItemNotFoundError: OrderItemNotFoundError;
  OrderOwnedByAnotherCustomerError: OrderOwnedByAnotherCustomerError;
  OrderRegistered: Omit<OrderRegistered, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  PageInfo: PageInfo;
  ProviderFailureDetail: ResolversUnionTypes<ResolversParentTypes>['ProviderFailureDetail'];
  ProviderHealth: ProviderHealthModel;
  ProviderOutage: ProviderOutage;
  ProviderUnavailableError: Omit<ProviderUnavailableError, 'providerDetail'> & { providerDetail?: Maybe<ResolversParentTypes['ProviderFailureDetail']> };
  Query: Record<PropertyKey, never>;
  RefundChangedError: Omit<RefundChangedError, 'currentRefund' | 'expectedRefund'> & { currentRefund: ResolversParentTypes['Money'], expectedRefund: ResolversParentTypes['Money'] };
  RefundQuote: RefundQuoteModel;
  RegisterOrderInput: RegisterOrderInput;
  RegisterOrderResult: ResolversUnionTypes<ResolversParentTypes>['RegisterOrderResult'];
  Subscription: Record<PropertyKey, never>;
  Viewer: ViewerModel;
  WebhookEndpointStatus: WebhookEndpointStatusModel;
  WebhookRedelivery: Omit<WebhookRedelivery, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpointStatus'] };
  WholeOrderCancellationRequiredError: Omit<WholeOrderCancellationRequiredError, 'affectedItems'> & { affectedItems: Array<ResolversParentTypes['OrderItem']> };
};

export type BokunErrorDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BokunErrorDetail'] = ResolversParentTypes['BokunErrorDetail']> = {
  cancellationError?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingChange'] = ResolversParentTypes['BookingChange']> = {
  fee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BookingChangeKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  orderReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  refundState?: Resolver<Maybe<ResolversTypes['RefundState']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['BookingChangeSource'], ParentType, ContextType>;
  statusAfter?: Resolver<Maybe<ResolversTypes['OrderItemStatus']>, ParentType, ContextType>;
  statusBefore?: Resolver<Maybe<ResolversTypes['OrderItemStatus']>, ParentType, ContextType>;
};

export type BookingChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingChangeConnection'] = ResolversParentTypes['BookingChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BookingChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingChangeEdge'] = ResolversParentTypes['BookingChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookingChange'], ParentType, ContextType>;
};

export type BookingComErrorDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingComErrorDetail'] = ResolversParentTypes['BookingComErrorDetail']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancelOrderItemsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelOrderItemsResult'] = ResolversParentTypes['CancelOrderItemsResult']> = {
  __resolveType: TypeResolveFn<'CancellationResults' | 'IdempotencyKeyReusedError' | 'InvalidCancellationRequestError' | 'OrderItemNotFoundError' | 'RefundChangedError', ParentType, ContextType>;
};

export type CancellabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cancellability'] = ResolversParentTypes['Cancellability']> = {
  cancellable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['NotCancellableReason']>, ParentType, ContextType>;
};

export type CancellationInProgressErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationInProgressError'] = ResolversParentTypes['CancellationInProgressError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancellationNotPermittedErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationNotPermittedError'] = ResolversParentTypes['CancellationNotPermittedError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  providerDetail?: Resolver<Maybe<ResolversTypes['ProviderFailureDetail']>, ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancellationOutcomeUnknownErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationOutcomeUnknownError'] = ResolversParentTypes['CancellationOutcomeUnknownError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancellationPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationPolicy'] = ResolversParentTypes['CancellationPolicy']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freeCancellationUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CancellationScope'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CancellationPolicyType'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['CancellationWindow']>, ParentType, ContextType>;
};

export type CancellationRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationRecord'] = ResolversParentTypes['CancellationRecord']> = {
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancelledBy?: Resolver<ResolversTypes['CancelledBy'], ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  refundState?: Resolver<ResolversTypes['RefundState'], ParentType, ContextType>;
};

export type CancellationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationResult'] = ResolversParentTypes['CancellationResult']> = {
  __resolveType: TypeResolveFn<'CancellationInProgressError' | 'CancellationNotPermittedError' | 'CancellationOutcomeUnknownError' | 'CancellationWindowClosedError' | 'IdempotencyKeyReusedError' | 'InvalidCancellationRequestError' | 'ManualCancellationRequiredError' | 'OrderItemAlreadyCancelledError' | 'OrderItemCancelled' | 'OrderItemNotFoundError' | 'ProviderUnavailableError' | 'RefundChangedError' | 'WholeOrderCancellationRequiredError', ParentType, ContextType>;
};

export type CancellationResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationResults'] = ResolversParentTypes['CancellationResults']> = {
  appliedAtomically?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['CancellationResult']>, ParentType, ContextType>;
  totalFee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  totalRefund?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancellationWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationWindow'] = ResolversParentTypes['CancellationWindow']> = {
  cancellable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  refundPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CancellationWindowClosedErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationWindowClosedError'] = ResolversParentTypes['CancellationWindowClosedError']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  providerDetail?: Resolver<Maybe<ResolversTypes['ProviderFailureDetail']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
  upcomingOrderItems?: Resolver<ResolversTypes['OrderItemConnection'], ParentType, ContextType, RequireFields<CustomerUpcomingOrderItemsArgs, 'first'>>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErrorResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErrorResult'] = ResolversParentTypes['ErrorResult']> = {
  __resolveType: TypeResolveFn<'CancellationInProgressError' | 'CancellationNotPermittedError' | 'CancellationOutcomeUnknownError' | 'CancellationWindowClosedError' | 'IdempotencyKeyReusedError' | 'InvalidCancellationRequestError' | 'InvalidRegistrationRequestError' | 'ManualCancellationRequiredError' | 'OrderItemAlreadyCancelledError' | 'OrderItemNotFoundError' | 'OrderOwnedByAnotherCustomerError' | 'ProviderUnavailableError' | 'RefundChangedError' | 'WholeOrderCancellationRequiredError', ParentType, ContextType>;
};

export type IdempotencyKeyReusedErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdempotencyKeyReusedError'] = ResolversParentTypes['IdempotencyKeyReusedError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidCancellationRequestErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvalidCancellationRequestError'] = ResolversParentTypes['InvalidCancellationRequestError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidRegistrationRequestErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvalidRegistrationRequestError'] = ResolversParentTypes['InvalidRegistrationRequestError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ManualCancellationRequiredErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManualCancellationRequiredError'] = ResolversParentTypes['ManualCancellationRequiredError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  providerDetail?: Resolver<Maybe<ResolversTypes['ProviderFailureDetail']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MusementErrorDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MusementErrorDetail'] = ResolversParentTypes['MusementErrorDetail']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelOrderItem?: Resolver<ResolversTypes['CancellationResult'], ParentType, ContextType, RequireFields<MutationCancelOrderItemArgs, 'input'>>;
  cancelOrderItems?: Resolver<ResolversTypes['CancelOrderItemsResult'], ParentType, ContextType, RequireFields<MutationCancelOrderItemsArgs, 'input'>>;
  redeliverWebhookDeadLetters?: Resolver<ResolversTypes['WebhookRedelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookDeadLettersArgs, 'endpointId'>>;
  registerOrder?: Resolver<ResolversTypes['RegisterOrderResult'], ParentType, ContextType, RequireFields<MutationRegisterOrderArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Order' | 'OrderItem', ParentType, ContextType>;
};

export type OpenActiveErrorDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenActiveErrorDetail'] = ResolversParentTypes['OpenActiveErrorDetail']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellationQuote?: Resolver<ResolversTypes['OrderCancellationQuote'], ParentType, ContextType, RequireFields<OrderCancellationQuoteArgs, 'acceptWholeOrder' | 'itemIds'>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderItemStatus'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderCancellationQuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderCancellationQuote'] = ResolversParentTypes['OrderCancellationQuote']> = {
  appliedAtomically?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  blockingItems?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  cancellable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  coveredItems?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['RefundQuote']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['OrderCancellationBlock']>, ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  providerOutages?: Resolver<Array<ResolversTypes['ProviderOutage']>, ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
};

export type OrderItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem'], FederationReferenceType extends FederationReferenceTypes['OrderItem'] = FederationReferenceTypes['OrderItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrderItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellability?: Resolver<ResolversTypes['Cancellability'], ParentType, ContextType>;
  cancellation?: Resolver<Maybe<ResolversTypes['CancellationRecord']>, ParentType, ContextType>;
  cancellationPolicy?: Resolver<Maybe<ResolversTypes['CancellationPolicy']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['OrderItemChangeConnection'], ParentType, ContextType, Partial<OrderItemHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refundQuote?: Resolver<Maybe<ResolversTypes['RefundQuote']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderItemStatus'], ParentType, ContextType>;
  statusMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderItemAlreadyCancelledErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItemAlreadyCancelledError'] = ResolversParentTypes['OrderItemAlreadyCancelledError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderItem?: Resolver<ResolversTypes['OrderItem'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderItemCancelledResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItemCancelled'] = ResolversParentTypes['OrderItemCancelled']> = {
  cancelledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancelledItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  orderItem?: Resolver<ResolversTypes['OrderItem'], ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CancellationState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderItemChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItemChangeConnection'] = ResolversParentTypes['OrderItemChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderItemChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrderItemChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItemChangeEdge'] = ResolversParentTypes['OrderItemChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookingChange'], ParentType, ContextType>;
};

export type OrderItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItemConnection'] = ResolversParentTypes['OrderItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  providerOutages?: Resolver<Array<ResolversTypes['ProviderOutage']>, ParentType, ContextType>;
};

export type OrderItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItemEdge'] = ResolversParentTypes['OrderItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrderItem'], ParentType, ContextType>;
};

export type OrderItemNotFoundErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderItemNotFoundError'] = ResolversParentTypes['OrderItemNotFoundError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderOwnedByAnotherCustomerErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderOwnedByAnotherCustomerError'] = ResolversParentTypes['OrderOwnedByAnotherCustomerError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderRegisteredResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderRegistered'] = ResolversParentTypes['OrderRegistered']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProviderFailureDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderFailureDetail'] = ResolversParentTypes['ProviderFailureDetail']> = {
  __resolveType: TypeResolveFn<'BokunErrorDetail' | 'BookingComErrorDetail' | 'MusementErrorDetail' | 'OpenActiveErrorDetail', ParentType, ContextType>;
};

export type ProviderHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderHealth'] = ResolversParentTypes['ProviderHealth']> = {
  circuit?: Resolver<ResolversTypes['CircuitState'], ParentType, ContextType>;
  lastFailureAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProviderOutageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderOutage'] = ResolversParentTypes['ProviderOutage']> = {
  code?: Resolver<ResolversTypes['ProviderOutageCode'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProviderUnavailableErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderUnavailableError'] = ResolversParentTypes['ProviderUnavailableError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  providerDetail?: Resolver<Maybe<ResolversTypes['ProviderFailureDetail']>, ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bookingChanges?: Resolver<ResolversTypes['BookingChangeConnection'], ParentType, ContextType, Partial<QueryBookingChangesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderItem?: Resolver<Maybe<ResolversTypes['OrderItem']>, ParentType, ContextType, RequireFields<QueryOrderItemArgs, 'id'>>;
  providers?: Resolver<Array<ResolversTypes['ProviderHealth']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpointStatus']>, ParentType, ContextType>;
};

export type RefundChangedErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RefundChangedError'] = ResolversParentTypes['RefundChangedError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  currentRefund?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expectedRefund?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RefundQuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RefundQuote'] = ResolversParentTypes['RefundQuote']> = {
  binding?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RegisterOrderResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterOrderResult'] = ResolversParentTypes['RegisterOrderResult']> = {
  __resolveType: TypeResolveFn<'InvalidRegistrationRequestError' | 'OrderOwnedByAnotherCustomerError' | 'OrderRegistered', ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  orderItemUpdated?: SubscriptionResolver<ResolversTypes['OrderItem'], "orderItemUpdated", ParentType, ContextType, RequireFields<SubscriptionOrderItemUpdatedArgs, 'id'>>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<ViewerOrdersArgs, 'first'>>;
  upcomingOrderItems?: Resolver<ResolversTypes['OrderItemConnection'], ParentType, ContextType, RequireFields<ViewerUpcomingOrderItemsArgs, 'first'>>;
};

export type WebhookEndpointStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpointStatus'] = ResolversParentTypes['WebhookEndpointStatus']> = {
  deadLetters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastDeliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookRedeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookRedelivery'] = ResolversParentTypes['WebhookRedelivery']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpointStatus'], ParentType, ContextType>;
  redelivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WholeOrderCancellationRequiredErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WholeOrderCancellationRequiredError'] = ResolversParentTypes['WholeOrderCancellationRequiredError']> = {
  affectedItems?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  BokunErrorDetail?: BokunErrorDetailResolvers<ContextType>;
  BookingChange?: BookingChangeResolvers<ContextType>;
  BookingChangeConnection?: BookingChangeConnectionResolvers<ContextType>;
  BookingChangeEdge?: BookingChangeEdgeResolvers<ContextType>;
  BookingComErrorDetail?: BookingComErrorDetailResolvers<ContextType>;
  CancelOrderItemsResult?: CancelOrderItemsResultResolvers<ContextType>;
  Cancellability?: CancellabilityResolvers<ContextType>;
  CancellationInProgressError?: CancellationInProgressErrorResolvers<ContextType>;
  CancellationNotPermittedError?: CancellationNotPermittedErrorResolvers<ContextType>;
  CancellationOutcomeUnknownError?: CancellationOutcomeUnknownErrorResolvers<ContextType>;
  CancellationPolicy?: CancellationPolicyResolvers<ContextType>;
  CancellationRecord?: CancellationRecordResolvers<ContextType>;
  CancellationResult?: CancellationResultResolvers<ContextType>;
  CancellationResults?: CancellationResultsResolvers<ContextType>;
  CancellationWindow?: CancellationWindowResolvers<ContextType>;
  CancellationWindowClosedError?: CancellationWindowClosedErrorResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ErrorResult?: ErrorResultResolvers<ContextType>;
  IdempotencyKeyReusedError?: IdempotencyKeyReusedErrorResolvers<ContextType>;
  InvalidCancellationRequestError?: InvalidCancellationRequestErrorResolvers<ContextType>;
  InvalidRegistrationRequestError?: InvalidRegistrationRequestErrorResolvers<ContextType>;
  ManualCancellationRequiredError?: ManualCancellationRequiredErrorResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MusementErrorDetail?: MusementErrorDetailResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OpenActiveErrorDetail?: OpenActiveErrorDetailResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderCancellationQuote?: OrderCancellationQuoteResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  OrderItemAlreadyCancelledError?: OrderItemAlreadyCancelledErrorResolvers<ContextType>;
  OrderItemCancelled?: OrderItemCancelledResolvers<ContextType>;
  OrderItemChangeConnection?: OrderItemChangeConnectionResolvers<ContextType>;
  OrderItemChangeEdge?: OrderItemChangeEdgeResolvers<ContextType>;
  OrderItemConnection?: OrderItemConnectionResolvers<ContextType>;
  OrderItemEdge?: OrderItemEdgeResolvers<ContextType>;
  OrderItemNotFoundError?: OrderItemNotFoundErrorResolvers<ContextType>;
  OrderOwnedByAnotherCustomerError?: OrderOwnedByAnotherCustomerErrorResolvers<ContextType>;
  OrderRegistered?: OrderRegisteredResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProviderFailureDetail?: ProviderFailureDetailResolvers<ContextType>;
  ProviderHealth?: ProviderHealthResolvers<ContextType>;
  ProviderOutage?: ProviderOutageResolvers<ContextType>;
  ProviderUnavailableError?: ProviderUnavailableErrorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefundChangedError?: RefundChangedErrorResolvers<ContextType>;
  RefundQuote?: RefundQuoteResolvers<ContextType>;
  RegisterOrderResult?: RegisterOrderResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookEndpointStatus?: WebhookEndpointStatusResolvers<ContextType>;
  WebhookRedelivery?: WebhookRedeliveryResolvers<ContextType>;
  WholeOrderCancellationRequiredError?: WholeOrderCancellationRequiredErrorResolvers<ContextType>;
};

