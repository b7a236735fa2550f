import { addDuration, parseDuration, subtractDuration } from '../../domain/duration.js';
import { orderId, orderItemId } from '../../domain/ids.js';
import { localToInstant, offsetMinutesOf, parseOffsetDateTime } from '../../domain/local-time.js';
import { add, fromProviderNumber, type MoneyModel } from '../../domain/money.js';
import type {
  CancellationRecordModel,
  OrderItemModel,
  OrderItemStatus,
  OrderModel,
} from '../../domain/order.js';
import {
  buildPolicy,
  nonRefundablePolicy,
  type CancellationPolicyModel,
  type PolicyCharge,
  type PolicyTier,
} from '../../domain/policy.js';
import type { CancellationReason, ManualCancellationModel } from '../../domain/cancellation.js';
import type { CancelOutcomeMapper, ProviderCancelOutcome } from '../port.js';
import type {
  MusementErrorWire,
  MusementOrderItemWire,
  MusementOrderWire,
  MusementRefundPolicyWire,
} from './schemas.js';
import { bookerFingerprint } from '../../domain/booker.js';
import { musementRefusal } from './detail.js';
import { manualCancellation, saysManualCancellation } from './manual.js';

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
/** A cancelled item's record: Musement states no amounts; its status says where the refund stands. */
function cancellationOf(wire: string, status: OrderItemStatus): CancellationRecordModel | null {
  if (status !== 'CANCELLED_BY_CUSTOMER' && status !== 'CANCELLATION_PENDING') return null;
  // CANCELLATION_ERROR: customer care decides, so nothing is known of the refund.
  const refundState = wire === 'REFUNDED' ? 'REFUNDED' : wire === 'REFUND_STARTED' ? 'STARTED' : 'UNKNOWN';
  return { cancelledAt: null, refund: null, fee: null, cancelledBy: 'CUSTOMER', refundState };
}

/**
 * Our reasons in Musement's `cancellation_reason` vocabulary, each the documented value closest in
 * meaning (guide 003 lists nine; the README has the table). A mistaken, duplicate or changed booking
 * is still the customer asking to cancel; a provider or venue problem is "the reserved activity is
 * unavailable" (VENUE-CLOSED). Never API-ISSUE: that one means the Musement API failed us.
 */
export const CANCELLATION_REASONS: Readonly<Record<CancellationReason, string>> = {
  CUSTOMER_REQUEST: 'CANCELLED-BY-CUSTOMER',
  CHANGE_OF_PLANS: 'CANCELLED-BY-CUSTOMER',
  BOOKING_ERROR: 'CANCELLED-BY-CUSTOMER',
  DUPLICATE_BOOKING: 'CANCELLED-BY-CUSTOMER',
  PROVIDER_ISSUE: 'VENUE-CLOSED',
  OTHER: 'CANCELLED-BY-CUSTOMER',
};

/** An item's frozen refund policies and when Musement served them (its `Date` header, else read time). */
export interface PolicyRead {
  readonly tiers: readonly MusementRefundPolicyWire[];
  readonly observedAt: Date | null;
}

const price = (p: { currency: string; value: number | string } | null | undefined): MoneyModel | null =>
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

type Zone = { timeZone: string } | { offsetMinutes: number } | null;
// `applicable_until` has minutes only and the `Date` header whole seconds: closer than this is agreement.
const AGREEMENT_MS = 90_000;

/**
 * Where one tier's refund ends. `applicable_until` and `remaining_time` "define the cutoff for a
 * refund" (guide 003): the remaining time counted from when Musement answered needs no time zone, so
 * it is exact. With the activity's IANA zone known, `applicable_until` is read in it and checked
 * against that; if they disagree the earlier one is kept and marked approximate. Without a remaining
 * time: `applicable_until` in the zone (exact with an IANA zone, approximate at a mere offset), else
 * the start less `period` (approximate).
 */
function cutoffOf(
  policy: MusementRefundPolicyWire,
  startsAt: Date | null,
  zone: Zone,
  observedAt: Date | null,
): { at: Date; approximate: boolean } | null {
  const remaining = policy.remaining_time ? parseDuration(policy.remaining_time) : null;
  const fromRemaining = remaining && observedAt ? addDuration(observedAt, remaining) : null;
  const local = policy.applicable_until && zone ? localToInstant(policy.applicable_until, zone) : null;
  const zoned = zone !== null && 'timeZone' in zone;
  if (fromRemaining) {
    if (!local || !zoned || Math.abs(local.getTime() - fromRemaining.getTime()) <= AGREEMENT_MS)
      return { at: fromRemaining, approximate: false };
    return { at: local < fromRemaining ? local : fromRemaining, approximate: true };
  }
  if (local) return { at: local, approximate: !zoned };
  const period = policy.period ? parseDuration(policy.period) : null;
  return startsAt && period ? { at: subtractDuration(startsAt, period), approximate: true } : null;
}

/**
 * The frozen tiers as windows: each tier's refund applies until its cutoff; after the last one
 * nothing can be cancelled. No policies at all means non-refundable (guide 003: "Order items for
 * activities with no refund policies cannot be canceled"); tiers whose cutoff cannot be placed give
 * no policy (unknown), never a non-refundable one; so do policies that could not be read (undefined).
 */
export function toPolicy(
  policies: PolicyRead | null | undefined,
  total: MoneyModel | null,
  startsAt: Date | null,
  zone: Zone,
): CancellationPolicyModel | null {
  // undefined: the policies could not be read, so nothing is known about them.
  if (!total || policies === undefined) return null;
  if (!policies || policies.tiers.length === 0) return nonRefundablePolicy(total, 'ITEM');
  const placed = policies.tiers.map(p => ({
    policy: p,
    cutoff: cutoffOf(p, startsAt, zone, policies.observedAt),
  }));
  if (placed.some(d => d.cutoff === null)) return null;
  placed.sort((a, b) => (a.cutoff?.at.getTime() ?? 0) - (b.cutoff?.at.getTime() ?? 0));
  const tiers: PolicyTier[] = [];
  let from: Date | null = null;
  for (const { policy, cutoff } of placed) {
    const tierCharge = charge(policy, total.currency);
    if (!tierCharge || !cutoff) return null;
    tiers.push({ from, charge: tierCharge });
    from = cutoff.at;
  }
  tiers.push({ from, charge: { kind: 'notCancellable' } });
  return buildPolicy({
    total,
    tiers,
    endsAt: startsAt,
    scope: 'ITEM',
    approximate: placed.some(d => d.cutoff?.approximate),
    binding: false,
  });
}

export function toOrderItem(
  orderRef: string,
  item: MusementOrderItemWire,
  policies: PolicyRead | null | undefined,
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
    cancellation: cancellationOf(item.status, status),
  };
}

export function toOrder(
  order: MusementOrderWire,
  policiesByItem: ReadonlyMap<string, PolicyRead | null | undefined>,
  degradedFields: readonly string[] = [],
): OrderModel {
  const items = order.items.map(item => toOrderItem(order.uuid, item, policiesByItem.get(item.uuid)));
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
    degradedFields,
  };
}

/**
 * What Musement's answer to an item DELETE means: the status, its error body when there is one, and
 * the order and item it was for (a manual cancellation names them).
 */
export const toCancelOutcome: CancelOutcomeMapper<MusementErrorWire> = (
  { status, body: error },
  { order, item },
) => {
  const refs = { order: order.providerReference, item: item.providerReference };
  const detail = error ? musementRefusal.of({ code: error.code, message: error.message ?? null }) : null;
  const refused = (
    reason: 'NOT_PERMITTED' | 'NOT_FOUND' | 'MANUAL_REQUIRED',
    manual: ManualCancellationModel | null = null,
  ): ProviderCancelOutcome => ({
    kind: 'refused',
    reason,
    detail,
    retryable: false,
    retryAfterSeconds: null,
    manual,
  });
  if (status >= 200 && status < 300)
    return { kind: 'accepted', state: 'PENDING', refund: null, fee: null, providerRequestId: null };
  // About our credentials or our rate, never about the item: nothing was applied.
  if (status === 429 || status === 401) return { kind: 'unavailable', detail, retryAfterSeconds: null };
  if (status >= 400 && status < 500) {
    // "Some activities must be cancelled manually by Musement", whatever the status says; a 403 is a
    // cancel permission this partner lacks for the item, which Musement's own staff have.
    if (status === 403 || saysManualCancellation(error?.message))
      return refused('MANUAL_REQUIRED', manualCancellation(refs));
    return refused(status === 404 ? 'NOT_FOUND' : 'NOT_PERMITTED');
  }
  return { kind: 'unknown', cause: `status ${status}` };
};
