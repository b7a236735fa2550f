import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { OrderItemModel, OrderModel } from '../../domain/order.js';
import { noteOutcome } from '../item-notes.js';
import type { CancellationDeps } from './deps.js';

type Deps = Pick<CancellationDeps, 'ledger' | 'clock' | 'logger' | 'itemsChanged'>;

/**
 * What follows an answer on record: reads complete the provider's data with it (`item-notes.ts`),
 * best effort and logged when it cannot be written; live subscribers see the change now rather than
 * at their next scheduled poll.
 */
export async function afterAnswer(
  deps: Deps,
  order: OrderModel,
  item: OrderItemModel,
  outcome: CancellationOutcome,
  options: { note: boolean },
): Promise<void> {
  if (options.note)
    await noteOutcome(deps.ledger.itemNotes, order, item, outcome, deps.clock.now()).catch((error: unknown) =>
      deps.logger.warn(
        { provider: item.provider, cause: error instanceof Error ? error.name : 'unknown' },
        'item note not written',
      ),
    );
  deps.itemsChanged?.([item.id, ...(outcome.kind === 'cancelled' ? outcome.cancelledItemIds : [])]);
}
