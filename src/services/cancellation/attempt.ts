import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { ChangeInput } from '../../domain/changes.js';
import type { OrderItemGlobalId } from '../../domain/ids.js';
import type { MoneyModel } from '../../domain/money.js';
import type { ItemRef, OrderItemModel, OrderModel, OrderRef } from '../../domain/order.js';
import type { JournalEntry, JournalState } from '../../ledger/journal.js';
import type { OwnershipRecord } from '../../ledger/ownership.js';
import type { Loaders } from '../../loaders/index.js';
import type { BookingProvider } from '../../providers/port.js';
import type { BookerCheck } from '../booker-check.js';
import type { RequestScope } from '../scope.js';
import type { CancellationDeps } from './deps.js';
import { serializeOutcome } from './snapshot.js';
import type { CancelOrderItemRequest } from './validate.js';

/** One request's cancel of one item, once its idempotency key is claimed. */
export interface Attempt {
  readonly scope: RequestScope;
  readonly owner: OwnershipRecord;
  readonly entry: JournalEntry;
  readonly id: OrderItemGlobalId;
  readonly provider: BookingProvider;
  readonly request: CancelOrderItemRequest;
  readonly expectedRefund: MoneyModel | null;
}

/**
 * The order as the provider has it now (the request's loader, its cache cleared first); with `owner`,
 * a booker differing from the ledger's reads as not found (null), as does an order that is gone.
 */
export async function readOrderFresh(
  bookerMatches: BookerCheck,
  loaders: Loaders,
  ref: OrderRef,
  owner: OwnershipRecord | null,
): Promise<OrderModel | null> {
  const key = { provider: ref.provider, orderRef: ref.orderRef };
  const order = await loaders.order.clear(key).load(key);
  if (order && owner && !(await bookerMatches(owner, order))) return null;
  return order;
}

/** `readOrderFresh` and the item in it; null when the order or the item is gone. */
export async function readFresh(
  bookerMatches: BookerCheck,
  loaders: Loaders,
  ref: ItemRef,
  owner: OwnershipRecord | null,
): Promise<{ order: OrderModel; item: OrderItemModel } | null> {
  const order = await readOrderFresh(bookerMatches, loaders, ref, owner);
  const item = order?.items.find(i => i.providerReference === ref.itemRef);
  return order && item ? { order, item } : null;
}

/**
 * Ends an attempt that sent nothing: moves its entry to `to`, storing `outcome` as the answer a
 * same-key retry replays (none: the retry may start over), with the changes an early refusal records
 * in the booking's history; returns it.
 */
export async function endWithoutSending<T extends CancellationOutcome | null>(
  deps: CancellationDeps,
  entry: JournalEntry,
  to: JournalState,
  outcome: T,
  changes?: readonly ChangeInput[],
): Promise<T> {
  await deps.ledger.journal.transition(entry.id, ['RECEIVED'], to, deps.clock.now(), {
    responseSnapshot: outcome ? serializeOutcome(outcome) : null,
    nextCheckAt: null,
    ...(changes ? { changes } : {}),
  });
  return outcome;
}
