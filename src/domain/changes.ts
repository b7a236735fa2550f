import type { MoneyModel } from './money.js';
import type { OrderItemStatus } from './order.js';
import type { ProviderId } from './provider.js';
import type { RefundState } from './refund.js';

/** The values of the GraphQL `BookingChangeKind` enum: what happened to a tracked booking. */
export const CHANGE_KINDS = [
  'REGISTERED',
  'CANCELLATION_REQUESTED',
  'CANCELLATION_PENDING',
  'CANCELLED',
  'CANCELLATION_REFUSED',
  'OUTCOME_UNKNOWN',
  'OUTCOME_SETTLED',
  'CANCELLED_BY_PROVIDER',
  'REFUND_STARTED',
  'REFUNDED',
  'STATUS_CHANGED',
  'CANCELLATION_FAILED',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Who caused a change: a customer through the gateway (`actor` is the caller), a backend service
 * (registration), the provider on its side (seen by the watcher or a read), or the reconciler.
 */
export const CHANGE_SOURCES = ['CUSTOMER', 'SERVICE', 'PROVIDER', 'RECONCILER'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];

/** Where a change stands in the feed: ordered by `tx` (commit visibility), then `seq`. */
export interface FeedPosition {
  readonly tx: number;
  readonly seq: number;
}

/** One change to record. `itemRef` is null for a change to the whole order (its registration). */
export interface ChangeInput {
  readonly provider: ProviderId;
  readonly orderRef: string;
  readonly itemRef: string | null;
  readonly kind: ChangeKind;
  readonly source: ChangeSource;
  /** The caller (customer or service subject) for gateway-caused changes; null otherwise. */
  readonly actor: string | null;
  readonly statusBefore: OrderItemStatus | null;
  readonly statusAfter: OrderItemStatus | null;
  /** The provider's own status word after the change (the item's `providerStatus`). */
  readonly providerStatus: string | null;
  /** Where the refund stands after the change, for a cancelled item; null otherwise. */
  readonly refundState: RefundState | null;
  readonly refund: MoneyModel | null;
  readonly fee: MoneyModel | null;
  /** The provider's own words (a refusal's message, a status text), never a body or a secret. */
  readonly providerMessage: string | null;
  /** When it happened: the provider's time where it gives one, ours otherwise. */
  readonly occurredAt: Date;
  readonly correlationId: string | null;
  /** The cancellation journal entry this change belongs to, when it has one. */
  readonly journalId: string | null;
}

/** A recorded change: its stable id (a webhook's `webhook-id` derives from it) and feed position. */
export interface BookingChangeModel extends ChangeInput {
  readonly id: string;
  readonly position: FeedPosition;
  readonly recordedAt: Date;
}

export const comparePositions = (a: FeedPosition, b: FeedPosition): number =>
  a.tx !== b.tx ? a.tx - b.tx : a.seq - b.seq;

export const START_OF_FEED: FeedPosition = { tx: 0, seq: 0 };

const POSITION = /^(\d{1,19}):(\d{1,19})$/;

/** A feed position as the opaque cursor clients keep (GraphQL `bookingChanges`, webhook payloads). */
export function encodePosition(position: FeedPosition): string {
  return Buffer.from(`${position.tx}:${position.seq}`, 'utf8').toString('base64url');
}

/** `null` for anything that is not a cursor this gateway made. */
export function decodePosition(cursor: string): FeedPosition | null {
  if (cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const match = POSITION.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return null;
  const tx = Number(match[1]);
  const seq = Number(match[2]);
  return Number.isSafeInteger(tx) && Number.isSafeInteger(seq) ? { tx, seq } : null;
}
