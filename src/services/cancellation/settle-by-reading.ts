import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { ChangeInput } from '../../domain/changes.js';
import type { RefundQuoteModel } from '../../domain/cancellability.js';
import { isCancelledStatus, type OrderItemModel, type OrderModel } from '../../domain/order.js';
import type { JournalEntry, JournalState } from '../../ledger/journal.js';
import type { OwnershipRecord } from '../../ledger/ownership.js';
import type { Loaders } from '../../loaders/index.js';
import { notesFor, nudgeLive } from './after-answer.js';
import { readFresh } from './attempt.js';
import { ownsChange } from './call.js';
import { cancelledOutcome, quoteAsBooked } from './decide.js';
import { settled, type ChangeContext } from './history.js';
import type { CancellationDeps } from './deps.js';
import { serializeOutcome } from './snapshot.js';

export type ReadingSettlement =
  /** Cancelled at the provider: the entry is SUCCEEDED (unless another settled it first), the lock released. */
  | { readonly kind: 'cancelled'; readonly outcome: CancellationOutcome }
  /** The provider shows it not cancelled: the caller decides (send again, or NOT_SENT). */
  | { readonly kind: 'not_cancelled'; readonly order: OrderModel; readonly item: OrderItemModel }
  /** No answer to read (the provider failed, the order is gone, or its booker is not the ledger's). */
  | { readonly kind: 'unreadable' };

type Deps = Pick<CancellationDeps, 'ledger' | 'clock' | 'logger' | 'bookerMatches' | 'itemsChanged'>;

/**
 * Settles an entry whose outcome is not known (its answer was lost, or its process died) by reading
 * the provider, never by sending again. One path for a same-key retry and the reconciler alike:
 * the same loaders, the same booker check, the same answer on record.
 */
export async function settleByReading(
  deps: Deps,
  ctx: ChangeContext,
  loaders: Loaders,
  entry: JournalEntry,
  from: JournalState,
  owner: OwnershipRecord | null,
  quote: RefundQuoteModel | null,
): Promise<ReadingSettlement> {
  const read = await readFresh(deps.bookerMatches, loaders, entry, owner).catch(() => null);
  if (!read) return { kind: 'unreadable' };
  if (!isCancelledStatus(read.item.status)) return { kind: 'not_cancelled', ...read };
  const { journal } = deps.ledger;
  const now = deps.clock.now();
  // The provider's own figures where it states them, else what the terms gave when it was asked.
  const terms = quote ?? quoteAsBooked([read.item], entry.createdAt);
  const outcome = cancelledOutcome(read.order, read.item, now, terms, read.item.cancellation);
  const patch = { responseSnapshot: serializeOutcome(outcome), nextCheckAt: null };
  const changes = await settledChanges(deps, ctx, read, outcome, entry);
  // Reads then agree with the answer a same-key retry replays (refund, fee, time).
  const alongside = notesFor(deps, read.order, read.item, outcome, now);
  const moved = await journal.transition(entry.id, [from], 'SUCCEEDED', now, {
    ...patch,
    changes,
    alongside,
  });
  if (moved) await journal.releaseFor(entry);
  nudgeLive(deps, read.item, outcome);
  return { kind: 'cancelled', outcome };
}

/**
 * The history of a settlement: each item the cancel took, from the status the feed last knew of it
 * to what the provider shows now. Without the feed's answer, the status is not known before. An
 * entry of a `cancelOrderItems` request records its own item (its siblings record theirs), and the
 * first entry its call sent also the items a whole-order cancel took that no sibling asked for.
 */
export async function settledChanges(
  deps: Pick<Deps, 'ledger'>,
  ctx: ChangeContext,
  read: { order: OrderModel; item: OrderItemModel },
  outcome: CancellationOutcome | null,
  entry: Pick<JournalEntry, 'batchId'>,
): Promise<ChangeInput[]> {
  const known = await deps.ledger.changes.latestByItem(read.item).catch(() => null);
  const taken =
    outcome?.kind === 'cancelled'
      ? read.order.items.filter(i => outcome.cancelledItemIds.includes(i.id))
      : [];
  const items = await ownItems(deps, taken.length > 0 ? taken : [read.item], read.item, entry);
  return items.flatMap(i => settled(ctx, i, known?.get(i.providerReference)?.statusAfter ?? null, outcome));
}

/**
 * The items whose settlement this entry records: for an entry of a `cancelOrderItems` request, its
 * own item and those its call took along that it owns (`ownsChange`), the call being the batch's
 * entries that were sent (a refused entry was never part of it).
 */
async function ownItems(
  deps: Pick<Deps, 'ledger'>,
  items: readonly OrderItemModel[],
  own: OrderItemModel,
  entry: Pick<JournalEntry, 'batchId'>,
): Promise<readonly OrderItemModel[]> {
  if (!entry.batchId || items.length <= 1) return items;
  const sent = (await deps.ledger.journal.byBatch(entry.batchId)).filter(e => e.attempts > 0);
  const asked = sent.map(e => e.itemRef);
  return items.filter(i => i.id === own.id || ownsChange(asked, own.providerReference, i.providerReference));
}
