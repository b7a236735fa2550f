/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A Bókun booking's details, stored at registration. */
export type BokunBookingInput = {
  /** When it ends. */
  endsAt?: string | null | undefined;
  /** The penalty rules agreed at booking. */
  penaltyRules: Array<BokunPenaltyRuleInput>;
  /** What the customer paid. */
  price: MoneyInput;
  /** When it starts. */
  startsAt: string;
  /** The IANA time zone of the tour. */
  timeZone?: string | null | undefined;
  /** What was booked, for display. */
  title: string;
};

/** How a Bókun penalty charge is expressed. */
export type BokunChargeType =
  /** A fixed amount in the booking's currency. */
  | 'AMOUNT'
  /** A percentage of the price. */
  | 'PERCENTAGE';

/** A Bókun penalty rule: cancelling less than `cutoffHours` before the start costs `charge`. */
export type BokunPenaltyRuleInput = {
  /** The charge, as a decimal string. */
  charge: string;
  /** Whether the charge is a percentage or an amount. */
  chargeType: BokunChargeType;
  /** Hours before the start from which this charge applies. */
  cutoffHours: number;
};

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

/** A booking to record for a customer. */
export type RegisterOrderInput = {
  /** The booking's details; required for Bókun (its plugin API cannot read a booking back), rejected otherwise. */
  bokunBooking?: BokunBookingInput | null | undefined;
  /**
   * The booker's email as the provider has it. Optional but recommended: the gateway keeps only a one-way
   * fingerprint, and hides the order (as not found) if the provider ever names a different booker. Without
   * it, the booker the provider names on the first read is pinned instead.
   */
  bookerEmail?: string | null | undefined;
  /** The customer who owns the booking. */
  customerId: string;
  /** The provider holding it. */
  provider: Provider;
  /** The imin order UUID, Booking.com order id, Musement order UUID or Bókun `bookingConfirmationCode`. */
  providerReference: string;
};

type CancelAnswer_CancellationInProgressError_Fragment = { __typename: 'CancellationInProgressError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelAnswer_CancellationNotPermittedError_Fragment = { __typename: 'CancellationNotPermittedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, providerDetail:
    | { __typename: 'BokunErrorDetail' }
    | { __typename: 'BookingComErrorDetail' }
    | { __typename: 'MusementErrorDetail', code: string, message: string | null }
    | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
   | null };

type CancelAnswer_CancellationOutcomeUnknownError_Fragment = { __typename: 'CancellationOutcomeUnknownError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelAnswer_CancellationWindowClosedError_Fragment = { __typename: 'CancellationWindowClosedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, closedAt: string | null };

type CancelAnswer_IdempotencyKeyReusedError_Fragment = { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelAnswer_InvalidCancellationRequestError_Fragment = { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, field: string };

type CancelAnswer_ManualCancellationRequiredError_Fragment = { __typename: 'ManualCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelAnswer_OrderItemAlreadyCancelledError_Fragment = { __typename: 'OrderItemAlreadyCancelledError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelAnswer_OrderItemCancelled_Fragment = { __typename: 'OrderItemCancelled', status: CancellationState, cancelledItemIds: Array<string>, refund: { amount: string, currency: string } | null, fee: { amount: string } | null, orderItem: { id: string, status: OrderItemStatus } };

type CancelAnswer_OrderItemNotFoundError_Fragment = { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelAnswer_ProviderUnavailableError_Fragment = { __typename: 'ProviderUnavailableError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null };

type CancelAnswer_RefundChangedError_Fragment = { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, expectedRefund: { amount: string }, currentRefund: { amount: string } };

type CancelAnswer_WholeOrderCancellationRequiredError_Fragment = { __typename: 'WholeOrderCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, affectedItems: Array<{ id: string }> };

export type CancelAnswerFragment =
  | CancelAnswer_CancellationInProgressError_Fragment
  | CancelAnswer_CancellationNotPermittedError_Fragment
  | CancelAnswer_CancellationOutcomeUnknownError_Fragment
  | CancelAnswer_CancellationWindowClosedError_Fragment
  | CancelAnswer_IdempotencyKeyReusedError_Fragment
  | CancelAnswer_InvalidCancellationRequestError_Fragment
  | CancelAnswer_ManualCancellationRequiredError_Fragment
  | CancelAnswer_OrderItemAlreadyCancelledError_Fragment
  | CancelAnswer_OrderItemCancelled_Fragment
  | CancelAnswer_OrderItemNotFoundError_Fragment
  | CancelAnswer_ProviderUnavailableError_Fragment
  | CancelAnswer_RefundChangedError_Fragment
  | CancelAnswer_WholeOrderCancellationRequiredError_Fragment
;

export type CancelMutationVariables = Exact<{
  input: CancelOrderItemInput;
}>;


export type CancelMutation = { cancelOrderItem:
    | { __typename: 'CancellationInProgressError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'CancellationNotPermittedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, providerDetail:
        | { __typename: 'BokunErrorDetail' }
        | { __typename: 'BookingComErrorDetail' }
        | { __typename: 'MusementErrorDetail', code: string, message: string | null }
        | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
       | null }
    | { __typename: 'CancellationOutcomeUnknownError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'CancellationWindowClosedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, closedAt: string | null }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, field: string }
    | { __typename: 'ManualCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'OrderItemAlreadyCancelledError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'OrderItemCancelled', status: CancellationState, cancelledItemIds: Array<string>, refund: { amount: string, currency: string } | null, fee: { amount: string } | null, orderItem: { id: string, status: OrderItemStatus } }
    | { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'ProviderUnavailableError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, expectedRefund: { amount: string }, currentRefund: { amount: string } }
    | { __typename: 'WholeOrderCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, affectedItems: Array<{ id: string }> }
   };

export type CancelItemsMutationVariables = Exact<{
  input: CancelOrderItemsInput;
}>;


export type CancelItemsMutation = { cancelOrderItems:
    | { __typename: 'CancellationResults', appliedAtomically: boolean, results: Array<
        | { __typename: 'CancellationInProgressError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'CancellationNotPermittedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, providerDetail:
            | { __typename: 'BokunErrorDetail' }
            | { __typename: 'BookingComErrorDetail' }
            | { __typename: 'MusementErrorDetail', code: string, message: string | null }
            | { __typename: 'OpenActiveErrorDetail', type: string, description: string | null }
           | null }
        | { __typename: 'CancellationOutcomeUnknownError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'CancellationWindowClosedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, closedAt: string | null }
        | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, field: string }
        | { __typename: 'ManualCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'OrderItemAlreadyCancelledError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'OrderItemCancelled', status: CancellationState, cancelledItemIds: Array<string>, refund: { amount: string, currency: string } | null, fee: { amount: string } | null, orderItem: { id: string, status: OrderItemStatus } }
        | { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'ProviderUnavailableError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
        | { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, expectedRefund: { amount: string }, currentRefund: { amount: string } }
        | { __typename: 'WholeOrderCancellationRequiredError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, affectedItems: Array<{ id: string }> }
      >, totalRefund: { amount: string, currency: string } | null, totalFee: { amount: string, currency: string } | null }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'InvalidCancellationRequestError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, field: string }
    | { __typename: 'OrderItemNotFoundError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null }
    | { __typename: 'RefundChangedError', code: ErrorCode, message: string, retryable: boolean, provider: Provider | null, expectedRefund: { amount: string }, currentRefund: { amount: string } }
   };

export type CancellationQuoteQueryVariables = Exact<{
  orderId: string;
  itemIds: Array<string> | string;
  acceptWholeOrder?: boolean | null | undefined;
}>;


export type CancellationQuoteQuery = { order: { cancellationQuote: { cancellable: boolean, reason: OrderCancellationBlock | null, appliedAtomically: boolean, items: Array<{ id: string }>, quote: { validUntil: string | null, binding: boolean, refund: { amount: string, currency: string }, fee: { amount: string, currency: string } } | null, blockingItems: Array<{ id: string, cancellability: { reason: NotCancellableReason | null } }>, coveredItems: Array<{ id: string }> } } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterOrderInput;
}>;


export type RegisterMutation = { registerOrder:
    | { __typename: 'InvalidRegistrationRequestError', code: ErrorCode, message: string, field: string }
    | { __typename: 'OrderOwnedByAnotherCustomerError', code: ErrorCode, message: string }
    | { __typename: 'OrderRegistered', created: boolean, order: { id: string, items: Array<{ id: string, title: string, price: { amount: string, currency: string } | null, refundQuote: { refund: { amount: string }, fee: { amount: string } } | null }> } | null }
   };

export type RegisterBriefMutationVariables = Exact<{
  input: RegisterOrderInput;
}>;


export type RegisterBriefMutation = { registerOrder:
    | { __typename: 'InvalidRegistrationRequestError', code: ErrorCode, message: string, field: string }
    | { __typename: 'OrderOwnedByAnotherCustomerError', code: ErrorCode, message: string }
    | { __typename: 'OrderRegistered', created: boolean, order: { id: string } | null }
   };

export const CancelAnswerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CancelAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemCancelled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationNotPermittedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenActiveErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MusementErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationWindowClosedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholeOrderCancellationRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAnswerFragment, unknown>;
export const CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrderItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CancelAnswer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CancelAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemCancelled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationNotPermittedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenActiveErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MusementErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationWindowClosedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholeOrderCancellationRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CancelMutation, CancelMutationVariables>;
export const CancelItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrderItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CancelAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedAtomically"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CancelAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemCancelled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationNotPermittedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenActiveErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MusementErrorDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationWindowClosedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCancellationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholeOrderCancellationRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CancelItemsMutation, CancelItemsMutationVariables>;
export const CancellationQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CancellationQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptWholeOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptWholeOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptWholeOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockingItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancellability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedAtomically"}}]}}]}}]}}]} as unknown as DocumentNode<CancellationQuoteQuery, CancellationQuoteQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRegistrationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RegisterBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRegistrationRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterBriefMutation, RegisterBriefMutationVariables>;