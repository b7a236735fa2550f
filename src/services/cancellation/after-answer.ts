import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { OrderItemModel, OrderModel } from '../../domain/order.js';
import type { LedgerDb } from '../../ledger/connect.js';
import { noteOutcome } from '../item-notes.js';
import type { CancellationDeps } from './deps.js';

/**
 * The notes reads complete the provider's data with (`item-notes.ts`), written in the transaction of
 * the journal move that records the answer: a reader never sees the answer without them.
 */
export const notesFor =
  (
    deps: Pick<CancellationDeps, 'ledger'>,
    order: OrderModel,
    item: OrderItemModel,
    outcome: CancellationOutcome,
    at: Date,
  ) =>
  (trx: LedgerDb): Promise<void> =>
    noteOutcome(deps.ledger.itemNotes, order, item, outcome, at, trx);

/** Live subscribers on this replica see the change now (other replicas learn it from the feed). */
export function nudgeLive(
  deps: Pick<CancellationDeps, 'itemsChanged'>,
  item: OrderItemModel,
  outcome: CancellationOutcome,
): void {
  deps.itemsChanged?.([item.id, ...(outcome.kind === 'cancelled' ? outcome.cancelledItemIds : [])]);
}
