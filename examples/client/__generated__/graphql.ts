/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What to cancel. */
export type CancelOrderItemInput = {
  /** Accept that the provider cancels the whole order (every item) when it cannot cancel one item alone. */
  acceptWholeOrder?: boolean | null | undefined;
  /** The refund the customer was shown; when given and cancelling now would return something else, nothing is cancelled. */
  expectedRefund?: MoneyInput | null | undefined;
  /** A client-chosen key (1–255 characters) that makes retries safe: the same key and request replay the first answer. */
  idempotencyKey: string;
  /** Free text passed to the provider where it accepts one (at most 255 characters). */
  note?: string | null | undefined;
  /** The item's global ID. */
  orderItemId: string;
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
  acceptWholeOrder?: boolean | null | undefined;
  /**
   * The total refund the customer was shown (`Order.cancellationQuote`): when cancelling these items
   * now would return another total, nothing is sent (`RefundChangedError`).
   */
  expectedRefund?: MoneyInput | null | undefined;
  /** One client-chosen key (1–255 characters) for the whole request: the same key and request replay the first answer. */
  idempotencyKey: string;
  /** Free text passed to the provider where it accepts one (at most 255 characters). */
  note?: string | null | undefined;
  /** The items' global IDs, all of one order (1 to 50, each once); the answer keeps this order. */
  orderItemIds: Array<string>;
  /** Why the customer cancels. */
  reason: CancellationReason;
};

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

/** State of a cancellation the provider accepted. */
export type CancellationState =
  /** Done: the provider shows the item cancelled. */
  | 'CONFIRMED'
  /** Accepted; the provider finishes it shortly (e.g. the refund is under way). */
  | 'PENDING';

/** Who cancelled a booking. */
export type CancelledBy =
  /** The customer. */
  | 'CUSTOMER'
  /** The provider or venue. */
  | 'PROVIDER';

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

/** An amount of money given by a client. */
export type MoneyInput = {
  /** An exact decimal string in major units, with no more decimals than the currency has. */
  amount: string;
  /** The ISO 4217 currency code. */
  currency: string;
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

/** Why items cannot be cancelled together now. */
export type OrderCancellationBlock =
  /** One of them cannot be cancelled now (`blockingItems`; each one's `cancellability` says why). */
  | 'ITEM_NOT_CANCELLABLE'
  /** The provider cancels whole orders: ask for every remaining item, or pass `acceptWholeOrder`. */
  | 'WHOLE_ORDER_REQUIRED';

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

export type CancelBookingsMutationVariables = Exact<{
  input: CancelOrderItemsInput;
}>;


export type CancelBookingsMutation = { cancelOrderItems:
    | { __typename: 'CancellationResults', appliedAtomically: boolean, results: Array<
        | { __typename: 'CancellationInProgressError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'CancellationNotPermittedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, retryAfterSeconds: number | null, providerDetail:
            | { __typename: 'BokunErrorDetail', cancellationError: string }
            | { __typename: 'BookingComErrorDetail', id: string, requestId: string | null }
            | { __typename: 'MusementErrorDetail', code: string, message: string | null }
            | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
           | null }
        | { __typename: 'CancellationOutcomeUnknownError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'CancellationWindowClosedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, closedAt: string | null, providerDetail:
            | { __typename: 'BokunErrorDetail', cancellationError: string }
            | { __typename: 'BookingComErrorDetail', id: string, requestId: string | null }
            | { __typename: 'MusementErrorDetail', code: string, message: string | null }
            | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
           | null }
        | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, field: string }
        | { __typename: 'ManualCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'OrderItemAlreadyCancelledError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, orderItem: { id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null } }
        | { __typename: 'OrderItemCancelled', status: CancellationState, cancelledAt: string, cancelledItemIds: Array<string>, refund: { amount: string, currency: string } | null, fee: { amount: string, currency: string } | null, orderItem: { id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null } }
        | { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'ProviderUnavailableError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, retryAfterSeconds: number | null }
        | { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, expectedRefund: { amount: string, currency: string }, currentRefund: { amount: string, currency: string } }
        | { __typename: 'WholeOrderCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, affectedItems: Array<{ id: string, title: string }> }
      >, totalRefund: { amount: string, currency: string } | null, totalFee: { amount: string, currency: string } | null }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean }
    | { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, field: string }
    | { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean }
    | { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, expectedRefund: { amount: string, currency: string }, currentRefund: { amount: string, currency: string } }
   };

export type CancelBookingMutationVariables = Exact<{
  input: CancelOrderItemInput;
}>;


export type CancelBookingMutation = { cancelOrderItem:
    | { __typename: 'CancellationInProgressError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'CancellationNotPermittedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, retryAfterSeconds: number | null, providerDetail:
        | { __typename: 'BokunErrorDetail', cancellationError: string }
        | { __typename: 'BookingComErrorDetail', id: string, requestId: string | null }
        | { __typename: 'MusementErrorDetail', code: string, message: string | null }
        | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
       | null }
    | { __typename: 'CancellationOutcomeUnknownError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'CancellationWindowClosedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, closedAt: string | null, providerDetail:
        | { __typename: 'BokunErrorDetail', cancellationError: string }
        | { __typename: 'BookingComErrorDetail', id: string, requestId: string | null }
        | { __typename: 'MusementErrorDetail', code: string, message: string | null }
        | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
       | null }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, field: string }
    | { __typename: 'ManualCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'OrderItemAlreadyCancelledError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, orderItem: { id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null } }
    | { __typename: 'OrderItemCancelled', status: CancellationState, cancelledAt: string, cancelledItemIds: Array<string>, refund: { amount: string, currency: string } | null, fee: { amount: string, currency: string } | null, orderItem: { id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null } }
    | { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'ProviderUnavailableError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, retryAfterSeconds: number | null }
    | { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, expectedRefund: { amount: string, currency: string }, currentRefund: { amount: string, currency: string } }
    | { __typename: 'WholeOrderCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, affectedItems: Array<{ id: string, title: string }> }
   };

type CancelOutcome_CancellationInProgressError_Fragment = { __typename: 'CancellationInProgressError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelOutcome_CancellationNotPermittedError_Fragment = { __typename: 'CancellationNotPermittedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, retryAfterSeconds: number | null, providerDetail:
    | { __typename: 'BokunErrorDetail', cancellationError: string }
    | { __typename: 'BookingComErrorDetail', id: string, requestId: string | null }
    | { __typename: 'MusementErrorDetail', code: string, message: string | null }
    | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
   | null };

type CancelOutcome_CancellationOutcomeUnknownError_Fragment = { __typename: 'CancellationOutcomeUnknownError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelOutcome_CancellationWindowClosedError_Fragment = { __typename: 'CancellationWindowClosedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, closedAt: string | null, providerDetail:
    | { __typename: 'BokunErrorDetail', cancellationError: string }
    | { __typename: 'BookingComErrorDetail', id: string, requestId: string | null }
    | { __typename: 'MusementErrorDetail', code: string, message: string | null }
    | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
   | null };

type CancelOutcome_IdempotencyKeyReusedError_Fragment = { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelOutcome_InvalidCancellationRequestError_Fragment = { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, field: string };

type CancelOutcome_ManualCancellationRequiredError_Fragment = { __typename: 'ManualCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelOutcome_OrderItemAlreadyCancelledError_Fragment = { __typename: 'OrderItemAlreadyCancelledError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, orderItem: { id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null } };

type CancelOutcome_OrderItemCancelled_Fragment = { __typename: 'OrderItemCancelled', status: CancellationState, cancelledAt: string, cancelledItemIds: Array<string>, refund: { amount: string, currency: string } | null, fee: { amount: string, currency: string } | null, orderItem: { id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null } };

type CancelOutcome_OrderItemNotFoundError_Fragment = { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelOutcome_ProviderUnavailableError_Fragment = { __typename: 'ProviderUnavailableError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, retryAfterSeconds: number | null };

type CancelOutcome_RefundChangedError_Fragment = { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, expectedRefund: { amount: string, currency: string }, currentRefund: { amount: string, currency: string } };

type CancelOutcome_WholeOrderCancellationRequiredError_Fragment = { __typename: 'WholeOrderCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, affectedItems: Array<{ id: string, title: string }> };

export type CancelOutcomeFragment =
  | CancelOutcome_CancellationInProgressError_Fragment
  | CancelOutcome_CancellationNotPermittedError_Fragment
  | CancelOutcome_CancellationOutcomeUnknownError_Fragment
  | CancelOutcome_CancellationWindowClosedError_Fragment
  | CancelOutcome_IdempotencyKeyReusedError_Fragment
  | CancelOutcome_InvalidCancellationRequestError_Fragment
  | CancelOutcome_ManualCancellationRequiredError_Fragment
  | CancelOutcome_OrderItemAlreadyCancelledError_Fragment
  | CancelOutcome_OrderItemCancelled_Fragment
  | CancelOutcome_OrderItemNotFoundError_Fragment
  | CancelOutcome_ProviderUnavailableError_Fragment
  | CancelOutcome_RefundChangedError_Fragment
  | CancelOutcome_WholeOrderCancellationRequiredError_Fragment
;

type ProviderDetail_BokunErrorDetail_Fragment = { __typename: 'BokunErrorDetail', cancellationError: string };

type ProviderDetail_BookingComErrorDetail_Fragment = { __typename: 'BookingComErrorDetail', id: string, requestId: string | null };

type ProviderDetail_MusementErrorDetail_Fragment = { __typename: 'MusementErrorDetail', code: string, message: string | null };

type ProviderDetail_OpenActiveErrorDetail_Fragment = { __typename: 'OpenActiveErrorDetail', type: string, description: string | null };

export type ProviderDetailFragment =
  | ProviderDetail_BokunErrorDetail_Fragment
  | ProviderDetail_BookingComErrorDetail_Fragment
  | ProviderDetail_MusementErrorDetail_Fragment
  | ProviderDetail_OpenActiveErrorDetail_Fragment
;

export type ItemUpdatedSubscriptionVariables = Exact<{
  id: string;
}>;


export type ItemUpdatedSubscription = { orderItemUpdated: { id: string, status: OrderItemStatus, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy, refund: { amount: string, currency: string } | null } | null, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, message: string | null } } };

export type MyBookingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyBookingsQuery = { viewer: { customerId: string, orders: { edges: Array<{ cursor: string, node: { id: string, provider: Provider, status: OrderItemStatus, total: { amount: string, currency: string } | null, items: Array<{ id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null }> } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, providerOutages: Array<{ provider: Provider, code: ProviderOutageCode, retryable: boolean }> } } };

export type OrderSummaryFragment = { id: string, provider: Provider, status: OrderItemStatus, total: { amount: string, currency: string } | null, items: Array<{ id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null }> };

export type BookingItemFragment = { id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null };

export type OrderByIdQueryVariables = Exact<{
  id: string;
}>;


export type OrderByIdQuery = { order: { id: string, provider: Provider, status: OrderItemStatus, total: { amount: string, currency: string } | null, items: Array<{ id: string, title: string, startsAt: string | null, timeZone: string | null, status: OrderItemStatus, cancellability: { cancellable: boolean, reason: NotCancellableReason | null, deadline: string | null }, refundQuote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, cancellation: { cancelledAt: string | null, cancelledBy: CancelledBy } | null }> } | null };

export type CancelTogetherQuoteQueryVariables = Exact<{
  orderId: string;
  itemIds: Array<string> | string;
}>;


export type CancelTogetherQuoteQuery = { order: { id: string, cancellationQuote: { cancellable: boolean, reason: OrderCancellationBlock | null, appliedAtomically: boolean, quote: { validUntil: string | null, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, blockingItems: Array<{ id: string, title: string, cancellability: { reason: NotCancellableReason | null, message: string | null } }> } } | null };

export const BookingItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}}]}}]}}]} as unknown as DocumentNode<BookingItemFragment, unknown>;
export const ProviderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFailureDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenActiveErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingComErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MusementErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BokunErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationError"}}]}}]}}]} as unknown as DocumentNode<ProviderDetailFragment, unknown>;
export const CancelOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CancelOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemCancelled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemAlreadyCancelledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationNotPermittedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderDetail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationWindowClosedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderDetail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholeOrderCancellationRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFailureDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenActiveErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingComErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MusementErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BokunErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationError"}}]}}]}}]} as unknown as DocumentNode<CancelOutcomeFragment, unknown>;
export const OrderSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}}]}}]}}]} as unknown as DocumentNode<OrderSummaryFragment, unknown>;
export const CancelBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrderItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CancelOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedAtomically"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFailureDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenActiveErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingComErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MusementErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BokunErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CancelOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemCancelled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemAlreadyCancelledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationNotPermittedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderDetail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationWindowClosedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderDetail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholeOrderCancellationRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<CancelBookingsMutation, CancelBookingsMutationVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrderItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CancelOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFailureDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenActiveErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingComErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MusementErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BokunErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CancelOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemCancelled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemAlreadyCancelledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationNotPermittedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderDetail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationWindowClosedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderDetail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholeOrderCancellationRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const ItemUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ItemUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderItemUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ItemUpdatedSubscription, ItemUpdatedSubscriptionVariables>;
export const MyBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerOutages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}}]} as unknown as DocumentNode<MyBookingsQuery, MyBookingsQueryVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingItem"}}]}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const CancelTogetherQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CancelTogetherQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockingItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedAtomically"}}]}}]}}]}}]} as unknown as DocumentNode<CancelTogetherQuoteQuery, CancelTogetherQuoteQueryVariables>;