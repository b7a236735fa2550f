import { orderId, orderItemId } from '../../domain/ids.js';
import { fromProviderNumber, min, subtract, type MoneyModel } from '../../domain/money.js';
import type {
  CancellationRecordModel,
  OrderItemModel,
  OrderItemStatus,
  OrderModel,
} from '../../domain/order.js';
import { buildPolicy, type CancellationPolicyModel, type PolicyTier } from '../../domain/policy.js';
import type { CancellationReason } from '../port.js';
import type { AccommodationOrderWire, Money2Wire, ProductWire } from './schemas.js';
import { bookerFingerprint } from '../../domain/booker.js';

const STATUS: Readonly<Record<string, OrderItemStatus>> = {
  booked: 'CONFIRMED',
  // Booking.com's plain "cancelled" does not say by whom; partner-initiated cancels are the common case.
  cancelled: 'CANCELLED_BY_CUSTOMER',
  cancelled_by_guest: 'CANCELLED_BY_CUSTOMER',
  cancelled_by_accommodation: 'CANCELLED_BY_PROVIDER',
  no_show: 'NO_SHOW',
  stayed: 'ATTENDED',
};

export const toStatus = (status: string): OrderItemStatus => STATUS[status] ?? 'UNKNOWN';

/** Free text for Booking.com's `reason`, from our reason and the customer's note. */
export function reasonText(reason: CancellationReason, note: string | null): string {
  const label = reason.charAt(0) + reason.slice(1).toLowerCase().replace(/_/g, ' ');
  return (note ? `${label}: ${note}` : label).slice(0, 255);
}

/** The amount the booker pays when the order has a booker currency, else the property's. */
export function currencyOf(order: AccommodationOrderWire): {
  code: string;
  pick: (m: Money2Wire) => number | null;
} {
  const booker = order.currency.booker;
  return booker
    ? { code: booker, pick: m => m.booker_currency ?? null }
    : { code: order.currency.accommodation, pick: m => m.accommodation_currency };
}

const amount = (value: number | null, code: string): MoneyModel | null =>
  value === null ? null : fromProviderNumber(value, code);

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
  currency: ReturnType<typeof currencyOf>,
  checkin: Date,
): CancellationPolicyModel | null {
  const steps = product.policies?.cancellation;
  if (!total || !steps || steps.length === 0) return null;
  const tiers: PolicyTier[] = steps.map(step => {
    const fee = amount(currency.pick(step.price), currency.code);
    return { from: stepStart(step.from), charge: { kind: 'feeAmount' as const, amount: fee ?? total } };
  });
  if (!tiers.some(t => t.from === null))
    tiers.unshift({
      from: null,
      charge: { kind: 'feeAmount', amount: { amountMinor: 0, currency: total.currency } },
    });
  return buildPolicy({ total, tiers, endsAt: checkin, scope: 'ORDER', binding: false });
}

function cancellationOf(
  order: AccommodationOrderWire,
  status: OrderItemStatus,
  currency: ReturnType<typeof currencyOf>,
): CancellationRecordModel | null {
  const details = order.cancellation_details;
  if (!details && status !== 'CANCELLED_BY_CUSTOMER' && status !== 'CANCELLED_BY_PROVIDER') return null;
  const fee = details ? amount(currency.pick(details.fee), currency.code) : null;
  const original = details ? amount(currency.pick(details.original_total_price), currency.code) : null;
  return {
    cancelledAt: details ? new Date(details.at) : null,
    fee,
    refund: fee && original ? subtract(original, min(fee, original)) : null,
    cancelledBy: status === 'CANCELLED_BY_PROVIDER' ? 'PROVIDER' : 'CUSTOMER',
  };
}

export const productReference = (product: ProductWire, index: number) =>
  product.room_reservation ?? `room-${index + 1}`;

export function toOrder(order: AccommodationOrderWire): OrderModel {
  const currency = currencyOf(order);
  const checkin = new Date(`${order.checkin}T00:00:00Z`);
  const checkout = new Date(`${order.checkout}T00:00:00Z`);
  const title = order.accommodation_details?.name ?? `Stay at property ${order.accommodation ?? ''}`.trim();
  const items = order.products.map((product, index): OrderItemModel => {
    const status = toStatus(product.status);
    const total = product.price?.total ? amount(currency.pick(product.price.total), currency.code) : null;
    return {
      id: orderItemId('BOOKING_COM', order.id, productReference(product, index)),
      provider: 'BOOKING_COM',
      orderRef: order.id,
      providerReference: productReference(product, index),
      title: order.products.length > 1 ? `${title} (room ${index + 1})` : title,
      startsAt: checkin,
      endsAt: checkout,
      timeZone: null,
      status,
      providerStatus: product.status,
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
    providerStatus: order.status,
    createdAt: null,
    total: amount(currency.pick(order.price.total), currency.code),
    items,
    bookerFingerprint: bookerFingerprint(order.booker?.email),
  };
}
