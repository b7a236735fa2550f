import type { ResolversTypes } from '../__generated__/resolvers-types.js';
import type { CancellationOutcome } from '../domain/cancellation.js';
import { assertNever } from '../lib/assert-never.js';
import type { ProviderFailureDetailModel } from '../domain/provider-failure.js';
import type { RegisterOutcomeModel } from '../services/registration-service.js';
import type { OrderModel } from '../domain/order.js';

type CancellationResultType = ResolversTypes['CancellationResult'];
type DetailType = ResolversTypes['ProviderFailureDetail'];

export function toProviderDetail(detail: ProviderFailureDetailModel | null): DetailType | null {
  if (!detail) return null;
  switch (detail.kind) {
    case 'openactive':
      return { __typename: 'OpenActiveErrorDetail', type: detail.type, description: detail.description };
    case 'booking-com':
      return {
        __typename: 'BookingComErrorDetail',
        id: detail.id,
        message: detail.message,
        requestId: detail.requestId,
      };
    case 'musement':
      return { __typename: 'MusementErrorDetail', code: detail.code, message: detail.message };
    case 'bokun':
      return { __typename: 'BokunErrorDetail', cancellationError: detail.cancellationError };
    default:
      return assertNever(detail);
  }
}

/** The only place `CancellationResult` members are built: one case per outcome kind. */
export function toCancellationResult(o: CancellationOutcome): CancellationResultType {
  switch (o.kind) {
    case 'cancelled':
      return {
        __typename: 'OrderItemCancelled',
        orderItem: o.item,
        status: o.state,
        refund: o.refund,
        fee: o.fee,
        cancelledAt: o.cancelledAt,
        cancelledItemIds: [...o.cancelledItemIds],
      };
    case 'not_permitted':
      return {
        __typename: 'CancellationNotPermittedError',
        code: 'CANCELLATION_NOT_PERMITTED',
        message: o.message ?? 'This booking cannot be cancelled.',
        retryable: o.retryable,
        provider: o.provider,
        providerDetail: toProviderDetail(o.detail),
        retryAfterSeconds: o.retryAfterSeconds,
      };
    case 'window_closed':
      return {
        __typename: 'CancellationWindowClosedError',
        code: 'CANCELLATION_WINDOW_CLOSED',
        message: 'The time to cancel this booking has passed.',
        retryable: false,
        provider: o.provider,
        closedAt: o.closedAt,
        providerDetail: toProviderDetail(o.detail),
      };
    case 'already_cancelled':
      return {
        __typename: 'OrderItemAlreadyCancelledError',
        code: 'ORDER_ITEM_ALREADY_CANCELLED',
        message: 'This booking is already cancelled.',
        retryable: false,
        provider: o.provider,
        orderItem: o.item,
      };
    case 'not_found':
      return {
        __typename: 'OrderItemNotFoundError',
        code: 'ORDER_ITEM_NOT_FOUND',
        message: 'No booking was found with that id.',
        retryable: false,
        provider: null,
      };
    case 'whole_order_required':
      return {
        __typename: 'WholeOrderCancellationRequiredError',
        code: 'WHOLE_ORDER_CANCELLATION_REQUIRED',
        message: 'This provider can only cancel the whole order.',
        retryable: false,
        provider: o.provider,
        affectedItems: [...o.affectedItems],
      };
    case 'refund_changed':
      return {
        __typename: 'RefundChangedError',
        code: 'REFUND_CHANGED',
        message: 'The refund for cancelling now has changed.',
        retryable: false,
        provider: o.provider,
        expectedRefund: o.expected,
        currentRefund: o.current,
      };
    case 'manual_required':
      return {
        __typename: 'ManualCancellationRequiredError',
        code: 'MANUAL_CANCELLATION_REQUIRED',
        message: "This booking can only be cancelled by the provider's customer support.",
        retryable: false,
        provider: o.provider,
        providerDetail: toProviderDetail(o.detail),
      };
    case 'provider_unavailable':
      return {
        __typename: 'ProviderUnavailableError',
        code: 'PROVIDER_UNAVAILABLE',
        message: 'The provider cannot be reached right now; nothing was cancelled.',
        retryable: true,
        provider: o.provider,
        providerDetail: toProviderDetail(o.detail),
        retryAfterSeconds: o.retryAfterSeconds,
      };
    case 'outcome_unknown':
      return {
        __typename: 'CancellationOutcomeUnknownError',
        code: 'CANCELLATION_OUTCOME_UNKNOWN',
        message: 'We are confirming the cancellation with the provider; try again with the same key.',
        retryable: true,
        provider: o.provider,
      };
    case 'in_progress':
      return {
        __typename: 'CancellationInProgressError',
        code: 'CANCELLATION_IN_PROGRESS',
        message: 'A cancellation of this booking is already under way.',
        retryable: true,
        provider: o.provider,
      };
    case 'key_reused':
      return {
        __typename: 'IdempotencyKeyReusedError',
        code: 'IDEMPOTENCY_KEY_REUSED',
        message: 'This idempotency key was used for a different request.',
        retryable: false,
        provider: null,
      };
    case 'invalid':
      return {
        __typename: 'InvalidCancellationRequestError',
        code: 'INVALID_CANCELLATION_REQUEST',
        message: o.message,
        retryable: false,
        provider: o.provider,
        field: o.field,
      };
    default:
      return assertNever(o);
  }
}

export function toRegisterOrderResult(
  o: RegisterOutcomeModel,
  order: OrderModel | null,
): ResolversTypes['RegisterOrderResult'] {
  switch (o.kind) {
    case 'registered':
      return { __typename: 'OrderRegistered', order, created: o.created };
    case 'foreign':
      return {
        __typename: 'OrderOwnedByAnotherCustomerError',
        code: 'ORDER_OWNED_BY_ANOTHER_CUSTOMER',
        message: 'This booking is registered to another customer.',
        retryable: false,
        provider: o.provider,
      };
    case 'invalid':
      return {
        __typename: 'InvalidRegistrationRequestError',
        code: 'INVALID_REGISTRATION_REQUEST',
        message: o.message,
        retryable: false,
        provider: o.provider,
        field: o.field,
      };
    default:
      return assertNever(o);
  }
}
