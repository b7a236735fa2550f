import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { Clock } from '../../domain/clock.js';
import type { OrderItemGlobalId } from '../../domain/ids.js';
import type { MoneyModel } from '../../domain/money.js';
import type { OrderItemModel, OrderModel } from '../../domain/order.js';
import type { Ledger } from '../../ledger/index.js';
import type { JournalEntry, JournalState } from '../../ledger/journal.js';
import type { OwnershipRecord } from '../../ledger/ownership.js';
import type { Logger } from '../../lib/logger.js';
import type { Loaders } from '../../loaders/index.js';
import type { Metrics } from '../../observability/metrics.js';
import type { SecurityEvents } from '../../observability/security-events.js';
import type { BookingProvider, ProviderRegistry } from '../../providers/port.js';
import type { BookerCheck } from '../booker-check.js';
import type { OutcomeOutbox } from './outbox.js';
import { serializeOutcome } from './snapshot.js';
import type { CancelOrderItemRequest } from './validate.js';

/**
 * A per-order lock is a lease of this length, renewed every third of it while its cancel runs, and
 * checked (fenced) right before the provider call. Once the call is journalled as SENT the lock is
 * never taken over, however old, until a read settles the outcome; so even a lease that lapses in a
 * stall cannot let a second request send. An unknown outcome holds the order for a day.
 */
export const LOCK_TTL_MS = 30_000;
export const UNKNOWN_HOLD_MS = 24 * 3_600_000;
export const RECHECK_AFTER_MS = 30_000;

export interface CancellationDeps {
  readonly ledger: Ledger;
  readonly providers: ProviderRegistry;
  readonly loaders: Loaders;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly security: SecurityEvents;
  readonly bookerMatches: BookerCheck;
  readonly outbox: OutcomeOutbox;
  /** This process's id in the ledger's instance table: journal entries it takes on name it. */
  readonly instanceId: string;
  /** The per-order lock's lease (`CANCEL_LOCK_LEASE_MS`, default `LOCK_TTL_MS`). */
  readonly lockLeaseMs?: number;
  /** Told when a settled cancel may have changed items (live subscriptions poll them at once). */
  readonly itemsChanged?: (itemIds: readonly string[]) => void;
}

/** One request's cancel of one item, once its idempotency key is claimed. */
export interface Attempt {
  readonly owner: OwnershipRecord;
  readonly entry: JournalEntry;
  readonly id: OrderItemGlobalId;
  readonly provider: BookingProvider;
  readonly request: CancelOrderItemRequest;
  readonly expectedRefund: MoneyModel | null;
}

/** The order an attempt's per-order lock guards. */
export const orderOf = (attempt: Attempt) => ({
  provider: attempt.id.provider,
  orderRef: attempt.id.orderRef,
});

/** The order as the provider has it now; with `owner`, a booker differing from the ledger's is not found. */
export async function freshOrder(
  deps: CancellationDeps,
  id: OrderItemGlobalId,
  owner?: OwnershipRecord,
): Promise<{ order: OrderModel; item: OrderItemModel } | null> {
  const key = { provider: id.provider, orderRef: id.orderRef };
  const order = await deps.loaders.order.clear(key).load(key);
  if (order && owner && !(await deps.bookerMatches(owner, order))) return null;
  const item = order?.items.find(i => i.providerReference === id.itemRef);
  return order && item ? { order, item } : null;
}

/** Moves the entry to `to`, storing `outcome` as the answer a same-key retry replays; returns it. */
export async function settleEntry<T extends CancellationOutcome | null>(
  deps: CancellationDeps,
  entry: JournalEntry,
  from: readonly JournalState[],
  to: JournalState,
  outcome: T,
): Promise<T> {
  await deps.ledger.journal.transition(entry.id, from, to, deps.clock.now(), {
    responseSnapshot: outcome ? serializeOutcome(outcome) : null,
    nextCheckAt: null,
  });
  return outcome;
}
