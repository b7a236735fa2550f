import { orderId, orderItemId } from '../../domain/ids.js';
import { min, subtract, type MoneyModel } from '../../domain/money.js';
import type {
  CancellationRecordModel,
  OrderItemModel,
  OrderItemStatus,
  OrderModel,
} from '../../domain/order.js';
import { buildPolicy, type CancellationPolicyModel, type PolicyTier } from '../../domain/policy.js';
import type { CancellationReason } from '../../domain/cancellation.js';
import { isCancelledStatus, utcStartOf } from '../../domain/order.js';
import type { CancelOutcomeMapper, ProviderCancelOutcome } from '../port.js';
import type {
  AccommodationOrderWire,
  BookingComCancelWire,
  BookingComErrorWire,
  CancelResultWire,
  ProductWire,
} from './schemas.js';
import { bookerFingerprint } from '../../domain/booker.js';
import { amountOf, currencyOf, type CurrencyPick } from './currency.js';
import { truncateCodePoints } from '../../domain/text.js';
import { bookingComRefusal } from './detail.js';

const STATUS: Readonly<Record<string, OrderItemStatus>> = {
  booked: 'CONFIRMED',
  // Booking.com's plain "cancelled" does not say by whom; partner-initiated cancels are the common case.
  cancelled: 'CANCELLED_BY_CUSTOMER',
  cancelled_by_guest: 'CANCELLED_BY_CUSTOMER',
  cancelled_by_accommodation: 'CANCELLED_BY_PROVIDER',
  no_show: 'NO_SHOW',
  stayed: 'ATTENDED',
};

export const toStatus = (status: string | null | undefined): OrderItemStatus =>
  (status ? STATUS[status] : undefined) ?? 'UNKNOWN';

const CANCELLED_WIRE = new Set(['cancelled', 'cancelled_by_guest', 'cancelled_by_accommodation']);

/**
 * A room's status under the guide's multi-room rule: "the 'stayed' status takes precedence and is
 * applied to both the accommodation and order status". Once the order reads stayed, a room that does
 * not itself read cancelled is taken as stayed too (Booking.com refuses any cancel then, "Checkout
 * was …"). A room without a status of its own takes the order's.
 */
export function roomStatus(order: AccommodationOrderWire, product: ProductWire): string | null {
  const own = product.status ?? null;
  if (order.status === 'stayed' && !(own && CANCELLED_WIRE.has(own))) return 'stayed';
  return own ?? order.status ?? null;
}

/** Our reasons in words for Booking.com's free-text `reason`. */
export const REASON_LABELS: Readonly<Record<CancellationReason, string>> = {
  CUSTOMER_REQUEST: 'Customer request',
  CHANGE_OF_PLANS: 'Change of plans',
  BOOKING_ERROR: 'Booking error',
  DUPLICATE_BOOKING: 'Duplicate booking',
  PROVIDER_ISSUE: 'Provider issue',
  OTHER: 'Other',
};

/** Free text for Booking.com's `reason`, from our reason and the customer's note. */
export function reasonText(reason: CancellationReason, note: string | null): string {
  const label = REASON_LABELS[reason];
  return truncateCodePoints(note ? `${label}: ${note}` : label, 255);
}

function stepStart(from: string | null): Date | null {
  if (from === null || from === 'now') return null;
  const at = new Date(from);
  if (Number.isNaN(at.getTime())) throw new Error('A cancellation step has an invalid `from`.');
  return at;
}

/**
 * The fee schedule as windows: free before the first step, then each step's fee from its `from`;
 * refund = total − fee. `"now"` and null mean from booking. Booking.com cancels whole orders.
 */
export function toPolicy(
  product: ProductWire,
  total: MoneyModel | null,
  currency: CurrencyPick | null,
  checkin: Date | null,
): CancellationPolicyModel | null {
  const steps = product.policies?.cancellation;
  if (!total || !steps || steps.length === 0) return null;
  const tiers: PolicyTier[] = steps.map(step => {
    const fee = amountOf(step.price, currency);
    return { from: stepStart(step.from), charge: { kind: 'feeAmount' as const, amount: fee ?? total } };
  });
  if (!tiers.some(t => t.from === null))
    tiers.unshift({
      from: null,
      charge: { kind: 'feeAmount', amount: { amountMinor: 0, currency: total.currency } },
    });
  return buildPolicy({ total, tiers, endsAt: checkin, scope: 'ORDER', binding: false });
}

/**
 * The applied cancellation from `cancellation_details`. A null fee is a free cancellation (guide 002);
 * an absent one is unknown. What was paid is `original_total_price` when given, else the order total
 * (the guide's own example has no `original_total_price`).
 */
function cancellationOf(
  order: AccommodationOrderWire,
  status: OrderItemStatus,
  currency: CurrencyPick | null,
): CancellationRecordModel | null {
  const details = order.cancellation_details;
  if (!details && status !== 'CANCELLED_BY_CUSTOMER' && status !== 'CANCELLED_BY_PROVIDER') return null;
  const original =
    amountOf(details?.original_total_price, currency) ?? amountOf(order.price?.total, currency);
  const fee =
    details?.fee === null
      ? original && { amountMinor: 0, currency: original.currency }
      : amountOf(details?.fee, currency);
  const at = details?.at ? new Date(details.at) : null;
  return {
    cancelledAt: at && !Number.isNaN(at.getTime()) ? at : null,
    fee: fee ?? null,
    refund: fee && original ? subtract(original, min(fee, original)) : null,
    cancelledBy: status === 'CANCELLED_BY_PROVIDER' ? 'PROVIDER' : 'CUSTOMER',
  };
}

export const productReference = (product: ProductWire, index: number) =>
  product.room_reservation ?? `room-${index + 1}`;

export function toOrder(order: AccommodationOrderWire, degradedFields: readonly string[] = []): OrderModel {
  const currency = currencyOf(order);
  // The guide gives dates only; the property's zone is not in the order. Policy windows still need an
  // instant for "until check-in": the date's start in UTC (startInstant's approximation).
  const checkin = utcStartOf(order.checkin);
  const title = order.accommodation_details?.name ?? `Stay at property ${order.accommodation ?? ''}`.trim();
  const items = order.products.map((product, index): OrderItemModel => {
    const wireStatus = roomStatus(order, product);
    const status = toStatus(wireStatus);
    const total = amountOf(product.price?.total, currency);
    return {
      id: orderItemId('BOOKING_COM', order.id, productReference(product, index)),
      provider: 'BOOKING_COM',
      orderRef: order.id,
      providerReference: productReference(product, index),
      title: order.products.length > 1 ? `${title} (room ${index + 1})` : title,
      startsAt: null,
      endsAt: null,
      startDate: order.checkin ?? null,
      endDate: order.checkout ?? null,
      timeZone: null,
      status,
      providerStatus: wireStatus,
      statusMessage: null,
      price: total,
      cancellationPolicy: toPolicy(product, total, currency, checkin),
      presentlyCancellable: null,
      cancellation: cancellationOf(order, status, currency),
    };
  });
  return {
    id: orderId('BOOKING_COM', order.id),
    provider: 'BOOKING_COM',
    providerReference: order.id,
    providerStatus: order.status ?? null,
    createdAt: null,
    total: amountOf(order.price?.total, currency),
    items,
    bookerFingerprint: bookerFingerprint(order.booker?.email),
    degradedFields,
  };
}

/** The guide's "not cancellable" answers: 409, or 400 with an `…not_cancellable` error id. */
const notCancellable = (status: number, error: BookingComErrorWire | null): boolean =>
  status === 409 || (status === 400 && /not_?cancellable/i.test(error?.errors[0]?.id ?? ''));

/**
 * Whether the adapter must read the order again to map the answer: a success carries no fee (it is in
 * `cancellation_details`), and "not cancellable" may mean "already cancelled".
 */
export function needsReread(
  status: number,
  error: BookingComErrorWire | null,
  result: CancelResultWire | null,
) {
  return (status === 200 && result?.data.status === 'successful') || notCancellable(status, error);
}

/**
 * What Booking.com's answer to `POST /orders/cancel` means: the status, its error body, the success
 * body (`result`, null when unreadable) and the order as read again when `needsReread` said so.
 */
export const toCancelOutcome: CancelOutcomeMapper<BookingComCancelWire> = ({ status, body }, { after }) => {
  const error = body?.error ?? null;
  const first = error?.errors[0];
  const detail = first
    ? bookingComRefusal.of({
        id: first.id,
        message: first.message ?? null,
        requestId: error?.request_id ?? null,
      })
    : null;
  const refused = (
    reason: 'NOT_PERMITTED' | 'NOT_FOUND' | 'ALREADY_CANCELLED',
    retryable = false,
    retryAfterSeconds: number | null = null,
  ): ProviderCancelOutcome => ({ kind: 'refused', reason, detail, retryable, retryAfterSeconds });
  if (status === 200) return successOutcome(body?.result ?? null, after);
  // Already cancelled, or no longer cancellable: the read tells which.
  if (notCancellable(status, error))
    return refused(
      after?.items.every(i => isCancelledStatus(i.status)) ? 'ALREADY_CANCELLED' : 'NOT_PERMITTED',
    );
  // Right after booking Booking.com asks to wait a few minutes.
  if (status === 403) return refused('NOT_PERMITTED', true, 300);
  if (status === 404) return refused('NOT_FOUND');
  if (status === 429) return { kind: 'unavailable', detail, retryAfterSeconds: 60 };
  if (status >= 400 && status < 500) return { kind: 'unavailable', detail, retryAfterSeconds: null };
  return { kind: 'unknown', cause: `status ${status}` };
};

function successOutcome(result: CancelResultWire | null, after: OrderModel | null): ProviderCancelOutcome {
  // A malformed 2xx on a cancel: it may well have happened.
  if (!result) return { kind: 'unknown', cause: 'malformed cancel response' };
  const requestId = result.request_id ?? null;
  if (result.data.status !== 'successful')
    return {
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      detail: bookingComRefusal.of({ id: result.data.status, message: null, requestId }),
      retryable: false,
      retryAfterSeconds: null,
    };
  // Synchronous for accommodations: the applied fee is in cancellation_details on a re-read.
  const cancellation = after?.items.find(i => i.cancellation)?.cancellation ?? null;
  return {
    kind: 'accepted',
    state: 'CONFIRMED',
    refund: cancellation?.refund ?? null,
    fee: cancellation?.fee ?? null,
    providerRequestId: requestId,
  };
}
