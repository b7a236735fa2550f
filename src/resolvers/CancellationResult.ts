import type { ResolversTypes } from '../__generated__/resolvers-types.js';
import { refusalMessage, type CancellationOutcome } from '../domain/cancellation.js';
import type { ProviderId } from '../domain/provider.js';
import { refusalWords } from '../services/refusal-details.js';
import { toProviderDetail } from './ProviderFailureDetail.js';

type Result = ResolversTypes['CancellationResult'];
type Outcome<K extends CancellationOutcome['kind']> = Extract<CancellationOutcome, { kind: K }>;

/** The `ErrorResult` fields every error member shares. */
const error = <T extends string, C extends string>(
  __typename: T,
  code: C,
  message: string,
  retryable: boolean,
  provider: ProviderId | null,
) => ({ __typename, code, message, retryable, provider });

/**
 * The only place `CancellationResult` members are built: one entry per outcome kind, so a new kind
 * without its member does not compile.
 */
const MEMBERS: { [K in CancellationOutcome['kind']]: (o: Outcome<K>) => Result } = {
  cancelled: o => ({
    __typename: 'OrderItemCancelled',
    orderItem: o.item,
    status: o.state,
    refund: o.refund,
    fee: o.fee,
    cancelledAt: o.cancelledAt,
    cancelledItemIds: [...o.cancelledItemIds],
  }),
  not_permitted: o => ({
    ...error(
      'CancellationNotPermittedError',
      'CANCELLATION_NOT_PERMITTED',
      refusalMessage(o, refusalWords(o.detail)),
      o.retryable,
      o.provider,
    ),
    providerDetail: toProviderDetail(o.detail),
    retryAfterSeconds: o.retryAfterSeconds,
  }),
  window_closed: o => ({
    ...error(
      'CancellationWindowClosedError',
      'CANCELLATION_WINDOW_CLOSED',
      'The time to cancel this booking has passed.',
      false,
      o.provider,
    ),
    closedAt: o.closedAt,
    providerDetail: toProviderDetail(o.detail),
  }),
  already_cancelled: o => ({
    ...error(
      'OrderItemAlreadyCancelledError',
      'ORDER_ITEM_ALREADY_CANCELLED',
      'This booking is already cancelled.',
      false,
      o.provider,
    ),
    orderItem: o.item,
  }),
  not_found: () =>
    error(
      'OrderItemNotFoundError',
      'ORDER_ITEM_NOT_FOUND',
      'No booking was found with that id.',
      false,
      null,
    ),
  whole_order_required: o => ({
    ...error(
      'WholeOrderCancellationRequiredError',
      'WHOLE_ORDER_CANCELLATION_REQUIRED',
      'This provider can only cancel the whole order.',
      false,
      o.provider,
    ),
    affectedItems: [...o.affectedItems],
  }),
  refund_changed: o => ({
    ...error(
      'RefundChangedError',
      'REFUND_CHANGED',
      'The refund for cancelling now has changed.',
      false,
      o.provider,
    ),
    expectedRefund: o.expected,
    currentRefund: o.current,
  }),
  manual_required: o => ({
    ...error(
      'ManualCancellationRequiredError',
      'MANUAL_CANCELLATION_REQUIRED',
      refusalMessage(o, refusalWords(o.detail)),
      false,
      o.provider,
    ),
    providerDetail: toProviderDetail(o.detail),
    contact: o.manual?.contact ?? null,
  }),
  provider_unavailable: o => ({
    ...error(
      'ProviderUnavailableError',
      'PROVIDER_UNAVAILABLE',
      'The provider cannot be reached right now; nothing was cancelled.',
      true,
      o.provider,
    ),
    providerDetail: toProviderDetail(o.detail),
    retryAfterSeconds: o.retryAfterSeconds,
  }),
  outcome_unknown: o =>
    error(
      'CancellationOutcomeUnknownError',
      'CANCELLATION_OUTCOME_UNKNOWN',
      'We are confirming the cancellation with the provider; try again with the same key.',
      true,
      o.provider,
    ),
  in_progress: o =>
    error(
      'CancellationInProgressError',
      'CANCELLATION_IN_PROGRESS',
      'A cancellation of this booking is already under way.',
      true,
      o.provider,
    ),
  key_reused: () =>
    error(
      'IdempotencyKeyReusedError',
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was used for a different request.',
      false,
      null,
    ),
  invalid: o => ({
    ...error('InvalidCancellationRequestError', 'INVALID_CANCELLATION_REQUEST', o.message, false, o.provider),
    field: o.field,
  }),
};

export function toCancellationResult(outcome: CancellationOutcome): Result {
  const build = MEMBERS[outcome.kind] as (o: CancellationOutcome) => Result;
  return build(outcome);
}
