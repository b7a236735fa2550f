import { parseDuration, subtractDuration } from '../../domain/duration.js';
import { orderId, orderItemId } from '../../domain/ids.js';
import { fromProviderNumber, type MoneyModel } from '../../domain/money.js';
import type {
  CancellationRecordModel,
  OrderItemModel,
  OrderItemStatus,
  OrderModel,
} from '../../domain/order.js';
import { buildPolicy, nonRefundablePolicy, type CancellationPolicyModel } from '../../domain/policy.js';
import type { CancelOutcomeMapper, ProviderCancelOutcome } from '../port.js';
import type { IminErrorWire, IminOrderItemWire, IminOrderWire } from './schemas.js';
import { bookerFingerprint } from '../../domain/booker.js';
import { iminRefusal } from './detail.js';

// The last segment of an IRI or a prefixed name: "https://openactive.io/CustomerCancelled",
// "oa:CustomerCancelled" and a bare "CustomerCancelled" read the same.
const localName = (iri: string): string =>
  iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'), iri.lastIndexOf(':')) + 1);

const STATUS: Readonly<Record<string, OrderItemStatus>> = {
  OrderItemConfirmed: 'CONFIRMED',
  OrderItemProposed: 'PENDING',
  // imin's own pending state between an accepted PATCH and the booking system's confirmation.
  CustomerCancellationPending: 'CANCELLATION_PENDING',
  CustomerCancelled: 'CANCELLED_BY_CUSTOMER',
  SellerCancelled: 'CANCELLED_BY_PROVIDER',
  // The 2021 spec's name and the current data model's name for the same state.
  CustomerAttended: 'ATTENDED',
  AttendeeAttended: 'ATTENDED',
  AttendeeAbsent: 'NO_SHOW',
};

export function toStatus(iri: string | null | undefined): OrderItemStatus {
  return iri ? (STATUS[localName(iri)] ?? 'UNKNOWN') : 'UNKNOWN';
}

/** A status's raw value for `providerStatus`: the local name, without the IRI noise. */
export const providerStatusOf = (iri: string | null | undefined): string | null =>
  iri ? localName(iri) : null;

/** The item's identifier: `identifier` when given, else the last segment of its `@id` IRI. */
export function itemReference(item: IminOrderItemWire): string {
  return item.identifier !== undefined && item.identifier !== null
    ? String(item.identifier)
    : localName(item.id);
}

function money(
  price: number | string | null | undefined,
  currency: string | null | undefined,
  fallbackCurrency: string | null,
): MoneyModel | null {
  if (price === undefined || price === null) return null;
  // OpenActive makes priceCurrency optional for free offers.
  const code = currency ?? fallbackCurrency ?? (Number(price) === 0 ? 'GBP' : null);
  return code ? fromProviderNumber(price, code) : null;
}

const dateOf = (text: string | null | undefined): Date | null => {
  const at = text ? new Date(text) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
};

/**
 * OpenActive has one refund shape: full until `startDate − latestCancellationBeforeStartDate` when
 * `allowCustomerCancellationFullRefund`, nothing otherwise (no partial tiers exist). imin's guide adds
 * "All successful cancellations will result in the Customer receiving a Refund", so an offer that
 * leaves the flag out is refunded in full, and `imin:isPresentlyCancellable` (imin's combined answer)
 * decides when; only an explicit `false` makes the item non-refundable.
 */
export function toPolicy(
  item: IminOrderItemWire,
  price: MoneyModel | null,
  startsAt: Date | null,
): CancellationPolicyModel | null {
  if (!price) return null;
  const offer = item.acceptedOffer;
  if (offer?.allowCustomerCancellationFullRefund === false) return nonRefundablePolicy(price, 'ITEM');
  const window = offer?.latestCancellationBeforeStartDate
    ? parseDuration(offer.latestCancellationBeforeStartDate)
    : null;
  const deadline = window && startsAt ? subtractDuration(startsAt, window) : null;
  return buildPolicy({
    total: price,
    scope: 'ITEM',
    endsAt: startsAt,
    tiers: [
      { from: null, charge: { kind: 'refundPercent', percent: 100 } },
      ...(deadline ? [{ from: deadline, charge: { kind: 'notCancellable' as const } }] : []),
    ],
  });
}

function cancellation(status: OrderItemStatus, price: MoneyModel | null): CancellationRecordModel | null {
  if (
    status === 'CANCELLED_BY_CUSTOMER' ||
    status === 'CANCELLATION_PENDING' ||
    status === 'CANCELLED_BY_PROVIDER'
  ) {
    // OpenActive refunds are always in full; the amount follows through imin's Orders feed.
    const fee = price ? { amountMinor: 0, currency: price.currency } : null;
    return {
      cancelledAt: null,
      refund: price,
      fee,
      cancelledBy: status === 'CANCELLED_BY_PROVIDER' ? 'PROVIDER' : 'CUSTOMER',
      // Guide 000: "Upon cancellation confirmation … a refund will be triggered"; a seller's
      // cancellation is refunded too. Pending: due on confirmation. imin reports nothing later.
      refundState: status === 'CANCELLATION_PENDING' ? 'PENDING' : 'STARTED',
    };
  }
  return null;
}

/**
 * One OrderItem. `orderTotal` stands in for the price when the order has this one item and its offer
 * gives none. `wireId` keeps the `@id` exactly as served: a cancellation PATCH must send it back as is.
 */
export function toOrderItem(
  orderRef: string,
  item: IminOrderItemWire,
  currency: string | null,
  orderTotal: MoneyModel | null = null,
): OrderItemModel {
  const ref = itemReference(item);
  const opportunity = item.orderedItem;
  const startsAt = dateOf(opportunity?.startDate);
  const status = toStatus(item.orderItemStatus);
  const price = money(item.acceptedOffer?.price, item.acceptedOffer?.priceCurrency, currency) ?? orderTotal;
  return {
    id: orderItemId('IMIN', orderRef, ref),
    provider: 'IMIN',
    orderRef,
    providerReference: ref,
    wireId: item.id,
    title: opportunity?.name ?? opportunity?.superEvent?.name ?? 'Session',
    startsAt,
    endsAt: dateOf(opportunity?.endDate),
    timeZone: null,
    status,
    providerStatus: providerStatusOf(item.orderItemStatus),
    // The seller's cancellation message MUST be passed to the customer (OpenActive).
    statusMessage: item.cancellationMessage ?? item.customerNotice ?? null,
    price,
    cancellationPolicy: toPolicy(item, price, startsAt),
    presentlyCancellable: item['imin:isPresentlyCancellable'] ?? null,
    cancellation: cancellation(status, price),
  };
}

export function toOrder(order: IminOrderWire, degradedFields: readonly string[] = []): OrderModel {
  const currency = order.totalPaymentDue?.priceCurrency ?? null;
  const total = order.totalPaymentDue
    ? money(order.totalPaymentDue.price, order.totalPaymentDue.priceCurrency, null)
    : null;
  const single = order.orderedItem.length === 1 ? total : null;
  const items = order.orderedItem.map(item => toOrderItem(order.identifier, item, currency, single));
  return {
    id: orderId('IMIN', order.identifier),
    provider: 'IMIN',
    providerReference: order.identifier,
    providerStatus: null,
    createdAt: dateOf(order.orderDate),
    total,
    items,
    bookerFingerprint: bookerFingerprint(order.customer?.email),
    degradedFields,
  };
}

/**
 * What imin's answer to a cancellation PATCH means (OpenActive error model, providers.md §1.5): the
 * status, the error body when there is one, and `Retry-After` for a 429 or 503.
 */
export const toCancelOutcome: CancelOutcomeMapper<IminErrorWire> = ({
  status,
  body: error,
  retryAfterSeconds,
}) => {
  const detail = error ? iminRefusal.of({ type: error.type, description: error.description ?? null }) : null;
  const type = error?.type ?? null;
  const refused = (reason: 'NOT_PERMITTED' | 'NOT_FOUND'): ProviderCancelOutcome => ({
    kind: 'refused',
    reason,
    detail,
    retryable: false,
    retryAfterSeconds: null,
  });
  // 204 only means imin accepted and forwarded the request: the item reads pending until the feed confirms.
  if (status === 204 || status === 200)
    return { kind: 'accepted', state: 'PENDING', refund: null, fee: null, providerRequestId: null };
  if (status === 400 && type === 'CancellationNotPermittedError') return refused('NOT_PERMITTED');
  if (status === 404 || status === 410) return refused('NOT_FOUND');
  // The spec gives these two caller errors status 500: they mean the gateway named a wrong item.
  if (type === 'OrderItemIdInvalidError' || type === 'OrderItemNotWithinOrderError')
    return refused('NOT_FOUND');
  if (status === 429 || (status === 503 && type === 'TemporarilyUnableToUpdateOrderError'))
    return { kind: 'unavailable', detail, retryAfterSeconds };
  // Our own request was refused as malformed, or our key was: nothing was applied.
  if (status >= 400 && status < 500) return { kind: 'unavailable', detail, retryAfterSeconds: null };
  return { kind: 'unknown', cause: `status ${status}${type ? ` ${type}` : ''}` };
};
