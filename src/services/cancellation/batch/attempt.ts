import type { OrderItemGlobalId } from '../../../domain/ids.js';
import { orderItemId } from '../../../domain/ids.js';
import type { MoneyModel } from '../../../domain/money.js';
import type { JournalEntry } from '../../../ledger/journal.js';
import type { OwnershipRecord } from '../../../ledger/ownership.js';
import type { BookingProvider } from '../../../providers/port.js';
import type { RequestScope } from '../../scope.js';
import type { Attempt } from '../attempt.js';
import type { CancelOrderItemsRequest } from './request.js';

/** One `cancelOrderItems` request once its key is claimed: its items and their journal entries, in request order. */
export interface BatchAttempt {
  readonly scope: RequestScope;
  readonly owner: OwnershipRecord;
  readonly provider: BookingProvider;
  readonly request: CancelOrderItemsRequest;
  readonly ids: readonly OrderItemGlobalId[];
  readonly entries: readonly JournalEntry[];
  /** The batch id the entries share, which also holds the order's lock. */
  readonly batchId: string;
  /** The total the customer was shown, when given. */
  readonly expectedRefund: MoneyModel | null;
}

/** The request's item at `position` as a one-item attempt, for the steps `cancelOrderItem` shares. */
export function attemptAt(batch: BatchAttempt, position: number, entry: JournalEntry): Attempt {
  const id = batch.ids[position];
  if (!id) throw new RangeError(`No item at position ${position} of the request.`);
  const { request } = batch;
  return {
    scope: batch.scope,
    owner: batch.owner,
    entry,
    id,
    provider: batch.provider,
    request: {
      orderItemId: orderItemId(id.provider, id.orderRef, id.itemRef),
      reason: request.reason,
      note: request.note ?? null,
      idempotencyKey: entry.idempotencyKey,
      acceptWholeOrder: request.acceptWholeOrder ?? null,
    },
    // The total is checked for the request as a whole (run.ts), never per item.
    expectedRefund: null,
  };
}
