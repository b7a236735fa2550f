import type { MoneyModel } from './money.js';
import type { CancellationPolicyModel } from './policy.js';
import type { ProviderId } from './provider.js';
import type { RefundState } from './refund.js';

/** The values of the GraphQL `OrderItemStatus` enum. */
export const ORDER_ITEM_STATUSES = [
  'CONFIRMED',
  'PENDING',
  'CANCELLATION_PENDING',
  'CANCELLED_BY_CUSTOMER',
  'CANCELLED_BY_PROVIDER',
  'ATTENDED',
  'NO_SHOW',
  'FAILED',
  'UNKNOWN',
] as const;
export type OrderItemStatus = (typeof ORDER_ITEM_STATUSES)[number];

export interface CancellationRecordModel {
  readonly cancelledAt: Date | null;
  readonly refund: MoneyModel | null;
  readonly fee: MoneyModel | null;
  readonly cancelledBy: 'CUSTOMER' | 'PROVIDER';
  /** Where the refund stands, as the provider's mapper reads it (see `refundStateOf` for the default). */
  readonly refundState?: RefundState;
}

/** A provider order, as the gateway names it everywhere: the provider and the provider's reference. */
export interface OrderRef {
  readonly provider: ProviderId;
  readonly orderRef: string;
}

/** An item of a provider order. */
export interface ItemRef extends OrderRef {
  readonly itemRef: string;
}

/** One string per order, for maps, caches, loader keys and lock names. */
export const orderKey = (ref: OrderRef): string => `${ref.provider}|${ref.orderRef}`;

/** One bookable thing, provider-neutral. `id` is the global ID. */
export interface OrderItemModel {
  readonly id: string;
  readonly provider: ProviderId;
  readonly orderRef: string;
  readonly providerReference: string;
  readonly title: string;
  /** When it starts, as an instant; null when the provider gives only a date (see `startDate`). */
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
  readonly timeZone: string | null;
  /**
   * The provider's own calendar dates (`YYYY-MM-DD`), where it gives dates and no instants (a hotel's
   * check-in): local to the property, whose zone the order does not say.
   */
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly status: OrderItemStatus;
  readonly providerStatus: string | null;
  readonly statusMessage: string | null;
  readonly price: MoneyModel | null;
  readonly cancellationPolicy: CancellationPolicyModel | null;
  /** The provider's own word on whether it can be cancelled now (where it has one); it wins over the policy. */
  readonly presentlyCancellable: boolean | null;
  readonly cancellation: CancellationRecordModel | null;
  /**
   * The item's identifier exactly as the provider served it, where its cancel call must echo it back
   * byte for byte (a JSON-LD `@id`, say); absent for providers that take `providerReference`.
   */
  readonly wireId?: string | null;
}

/** A booking at one provider, provider-neutral. `id` is the global ID. */
export interface OrderModel {
  readonly id: string;
  readonly provider: ProviderId;
  readonly providerReference: string;
  readonly providerStatus: string | null;
  readonly createdAt: Date | null;
  readonly total: MoneyModel | null;
  readonly items: readonly OrderItemModel[];
  /** `bookerFingerprint` of the email the provider names as the booker; never exposed in the API. */
  readonly bookerFingerprint: string | null;
  /** Optional provider fields that were malformed and read as null (tolerant reader), for metrics and logs. */
  readonly degradedFields?: readonly string[];
}

const CANCELLED: ReadonlySet<OrderItemStatus> = new Set([
  'CANCELLATION_PENDING',
  'CANCELLED_BY_CUSTOMER',
  'CANCELLED_BY_PROVIDER',
]);

export function isCancelledStatus(status: OrderItemStatus): boolean {
  return CANCELLED.has(status);
}

// Earlier entries win when items disagree: a live booking keeps the order live.
export const ORDER_STATUS_PRECEDENCE: readonly OrderItemStatus[] = [
  'UNKNOWN',
  'PENDING',
  'CONFIRMED',
  'CANCELLATION_PENDING',
  'ATTENDED',
  'NO_SHOW',
  'CANCELLED_BY_CUSTOMER',
  'CANCELLED_BY_PROVIDER',
  'FAILED',
];

/** An order's overall status from its items. */
export function orderStatus(order: Pick<OrderModel, 'items'>): OrderItemStatus {
  const present = new Set(order.items.map(item => item.status));
  return ORDER_STATUS_PRECEDENCE.find(status => present.has(status)) ?? 'UNKNOWN';
}

/**
 * The instant rules run on: `startsAt`, or for a date-only item the start of its date in UTC. That is
 * an approximation (the property's zone is unknown) kept for ordering and the "started" check; it is
 * never shown to a client as the item's start.
 */
export function startInstant(item: Pick<OrderItemModel, 'startsAt' | 'startDate'>): Date | null {
  return item.startsAt ?? utcStartOf(item.startDate);
}

/** A `YYYY-MM-DD` date's start in UTC: the stand-in instant for a date whose zone is unknown. */
export function utcStartOf(date: string | null | undefined): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

/** The local calendar date of an instant in an IANA zone (`YYYY-MM-DD`), or null when either is unknown. */
export function localDateOf(at: Date | null, timeZone: string | null): string | null {
  if (!at || !timeZone) return null;
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(at);
  } catch {
    return null;
  }
}
