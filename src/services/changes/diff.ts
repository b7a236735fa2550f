import type { BookingChangeModel, ChangeInput, ChangeKind } from '../../domain/changes.js';
import type { OrderItemModel, OrderModel } from '../../domain/order.js';
import { refundStateOf, type RefundState } from '../../domain/refund.js';

/** What the feed last knew of an item: the state after its latest change. */
export interface KnownItem {
  readonly status: BookingChangeModel['statusAfter'];
  readonly providerStatus: string | null;
  readonly refundState: RefundState | null;
}

export const knownFrom = (change: BookingChangeModel): KnownItem => ({
  status: change.statusAfter,
  providerStatus: change.providerStatus,
  refundState: change.refundState,
});

const sameAs = (known: KnownItem, item: OrderItemModel) =>
  known.status === item.status &&
  known.providerStatus === item.providerStatus &&
  known.refundState === refundStateOf(item);

/** Which kind of change a difference is, most telling first. */
function kindOf(known: KnownItem | null, item: OrderItemModel): ChangeKind {
  const refund = refundStateOf(item);
  if (known?.status !== item.status) {
    if (item.status === 'CANCELLED_BY_PROVIDER') return 'CANCELLED_BY_PROVIDER';
    if (item.status === 'CANCELLED_BY_CUSTOMER') return refund === 'REFUNDED' ? 'REFUNDED' : 'CANCELLED';
    if (item.status === 'CANCELLATION_PENDING' && known) return 'CANCELLATION_PENDING';
    return 'STATUS_CHANGED';
  }
  if (known.refundState !== refund && refund === 'STARTED') return 'REFUND_STARTED';
  if (known.refundState !== refund && refund === 'REFUNDED') return 'REFUNDED';
  return 'STATUS_CHANGED';
}

/**
 * Every difference between what the feed knows of an order's items and what the provider shows now,
 * as changes made on the provider's side. An item the feed has never seen gets its first state
 * (`statusBefore` null), so the next reading has something to compare with.
 */
export function providerChanges(
  known: ReadonlyMap<string, KnownItem>,
  order: OrderModel,
  at: Date,
): ChangeInput[] {
  return order.items.flatMap(item => {
    const before = known.get(item.providerReference) ?? null;
    if (before && sameAs(before, item)) return [];
    const record = item.cancellation;
    const kind = kindOf(before, item);
    // The provider's time where it gives one: only a cancellation carries one (when it was cancelled).
    const cancelled = kind === 'CANCELLED' || kind === 'CANCELLED_BY_PROVIDER';
    return [
      {
        provider: item.provider,
        orderRef: item.orderRef,
        itemRef: item.providerReference,
        kind,
        source: 'PROVIDER' as const,
        actor: null,
        statusBefore: before?.status ?? null,
        statusAfter: item.status,
        providerStatus: item.providerStatus,
        refundState: refundStateOf(item),
        refund: record?.refund ?? null,
        fee: record?.fee ?? null,
        providerMessage: item.statusMessage,
        occurredAt: (cancelled ? record?.cancelledAt : null) ?? at,
        correlationId: null,
        journalId: null,
      },
    ];
  });
}
