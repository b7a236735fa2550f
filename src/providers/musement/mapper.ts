import { parseDuration, subtractDuration } from '../../domain/duration.js';
import { orderId, orderItemId } from '../../domain/ids.js';
import { localToInstant, offsetMinutesOf, parseOffsetDateTime } from '../../domain/local-time.js';
import { add, fromProviderNumber, type MoneyModel } from '../../domain/money.js';
import type { OrderItemModel, OrderItemStatus, OrderModel } from '../../domain/order.js';
import {
  buildPolicy,
  nonRefundablePolicy,
  type CancellationPolicyModel,
  type PolicyCharge,
  type PolicyTier,
} from '../../domain/policy.js';
import type { CancellationReason } from '../port.js';
import type { MusementOrderItemWire, MusementOrderWire, MusementRefundPolicyWire } from './schemas.js';
import { bookerFingerprint } from '../../domain/booker.js';

const STATUS: Readonly<Record<string, OrderItemStatus>> = {
  PENDING: 'PENDING',
  OK: 'CONFIRMED',
  KO: 'FAILED',
  // Both are temporary: the refund is under way, or customer care is resolving it. Never a failure.
  REFUND_STARTED: 'CANCELLATION_PENDING',
  CANCELLATION_ERROR: 'CANCELLATION_PENDING',
  REFUNDED: 'CANCELLED_BY_CUSTOMER',
};

export const toStatus = (status: string): OrderItemStatus => STATUS[status] ?? 'UNKNOWN';

/** Our reasons in Musement's `cancellation_reason` vocabulary; a missing entry is not sendable. */
export const CANCELLATION_REASONS: Partial<Record<CancellationReason, string>> = {
  CUSTOMER_REQUEST: 'CANCELLED-BY-CUSTOMER',
  CHANGE_OF_PLANS: 'CANCELLED-BY-CUSTOMER',
  DUPLICATE_BOOKING: 'CANCELLED-BY-CUSTOMER',
  OTHER: 'CANCELLED-BY-CUSTOMER',
  BOOKING_ERROR: 'API-ISSUE',
};

const price = (p: { currency: string; value: number | string } | undefined): MoneyModel | null =>
  p ? fromProviderNumber(p.value, p.currency) : null;

function itemPrice(item: MusementOrderItemWire): MoneyModel | null {
  return (
    price(item.total_retail_price_in_order_currency) ??
    price(item.retail_price_in_order_currency) ??
    price(item.product.retail_price)
  );
}

function charge(policy: MusementRefundPolicyWire, currency: string): PolicyCharge | null {
  if (policy.type === 'PERCENTAGE') return { kind: 'refundPercent', percent: policy.value };
  // ABSOLUTE amounts are taken to be in the order currency (unverified in Musement's docs).
  if (policy.type === 'ABSOLUTE')
    return { kind: 'refundAmount', amount: fromProviderNumber(policy.value, currency) };
  return null;
}

/**
 * The frozen tiers as windows: each tier's refund applies until its `applicable_until`; after the
 * last one nothing can be cancelled. `applicable_until` has no offset: it is read in the activity's
 * zone when known, else at the start date's offset, and then the deadlines are marked approximate.
 */
export function toPolicy(
  policies: readonly MusementRefundPolicyWire[] | null,
  total: MoneyModel | null,
  startsAt: Date | null,
  zone: { timeZone: string } | { offsetMinutes: number } | null,
): CancellationPolicyModel | null {
  if (!total) return null;
  if (!policies || policies.length === 0) return nonRefundablePolicy(total, 'ITEM');
  const deadlines = policies.map(p => {
    const local = p.applicable_until && zone ? localToInstant(p.applicable_until, zone) : null;
    const period = parseDuration(p.period);
    return { policy: p, until: local ?? (startsAt && period ? subtractDuration(startsAt, period) : null) };
  });
  if (deadlines.some(d => d.until === null)) return nonRefundablePolicy(total, 'ITEM');
  deadlines.sort((a, b) => (a.until?.getTime() ?? 0) - (b.until?.getTime() ?? 0));
  const tiers: PolicyTier[] = [];
  let from: Date | null = null;
  for (const { policy, until } of deadlines) {
    const tierCharge = charge(policy, total.currency);
    if (!tierCharge) return nonRefundablePolicy(total, 'ITEM');
    tiers.push({ from, charge: tierCharge });
    from = until;
  }
  tiers.push({ from, charge: { kind: 'notCancellable' } });
  return buildPolicy({
    total,
    tiers,
    endsAt: startsAt,
    scope: 'ITEM',
    approximate: !zone || !('timeZone' in zone),
    binding: false,
  });
}

export function toOrderItem(
  orderRef: string,
  item: MusementOrderItemWire,
  policies: readonly MusementRefundPolicyWire[] | null,
): OrderItemModel {
  const startsAt = item.product.date ? parseOffsetDateTime(item.product.date) : null;
  const offset = item.product.date ? offsetMinutesOf(item.product.date) : null;
  const zone = item.product.time_zone
    ? { timeZone: item.product.time_zone }
    : offset !== null
      ? { offsetMinutes: offset }
      : null;
  const status = toStatus(item.status);
  const total = itemPrice(item);
  return {
    id: orderItemId('MUSEMENT', orderRef, item.uuid),
    provider: 'MUSEMENT',
    orderRef,
    providerReference: item.uuid,
    title: item.product.title ?? 'Activity',
    startsAt,
    endsAt: null,
    timeZone: item.product.time_zone ?? null,
    status,
    providerStatus: item.status,
    statusMessage:
      item.status === 'CANCELLATION_ERROR' ? 'Musement customer care is reviewing this cancellation.' : null,
    price: total,
    cancellationPolicy: toPolicy(policies, total, startsAt, zone),
    presentlyCancellable: null,
    cancellation:
      status === 'CANCELLED_BY_CUSTOMER' || status === 'CANCELLATION_PENDING'
        ? { cancelledAt: null, refund: null, fee: null, cancelledBy: 'CUSTOMER' }
        : null,
  };
}

export function toOrder(
  order: MusementOrderWire,
  policiesByItem: ReadonlyMap<string, readonly MusementRefundPolicyWire[] | null>,
): OrderModel {
  const items = order.items.map(item => toOrderItem(order.uuid, item, policiesByItem.get(item.uuid) ?? null));
  const prices = items.flatMap(i => (i.price ? [i.price] : []));
  const sameCurrency = prices.every(p => p.currency === prices[0]?.currency);
  return {
    id: orderId('MUSEMENT', order.uuid),
    provider: 'MUSEMENT',
    providerReference: order.uuid,
    providerStatus: order.status ?? null,
    createdAt: order.date ? parseOffsetDateTime(order.date) : null,
    total: prices.length > 0 && sameCurrency ? prices.reduce((sum, p) => add(sum, p)) : null,
    items,
    bookerFingerprint: bookerFingerprint(order.customer?.email),
  };
}
