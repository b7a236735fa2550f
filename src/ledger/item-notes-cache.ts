import { LRUCache } from 'lru-cache';
import { orderKey, type OrderRef } from '../domain/order.js';
import type { ItemNote, ItemNoteStore } from './item-notes.js';

export interface ItemNotesCacheOptions {
  /** Orders kept (each with its items' notes, or none). */
  readonly max?: number;
  /** How long a kept answer is trusted without any forget: the bound on staleness if the feed stalls. */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

/** The notes store, and the way the change feed (and a settled cancel) tells it an order moved. */
export interface CachingItemNoteStore extends ItemNoteStore {
  /** These orders' notes may have changed: the next read asks the ledger. */
  forgetOrders(orders: readonly OrderRef[]): void;
}

/**
 * The item notes this replica has read, per order, so a warm read of an item's cancellability or
 * cancellation asks the ledger nothing. It stays right because a note changes only when a cancel's
 * answer is recorded, in the transaction of the journal move that appends the order's change to the
 * feed:
 * - a write through this store forgets the order at once, and the settled cancel forgets it again
 *   once its answer has committed (`forgetOrders`, before the answer reaches the client);
 * - every change the feed delivers, this replica's and every other's (LISTEN/NOTIFY, or the
 *   follower's poll), forgets its order: another replica's note is seen within the feed's latency;
 * - a read that was in flight when any order was forgotten keeps nothing, since it may predate the
 *   write;
 * - nothing is trusted longer than `ttlMs` (60 s), should the feed stall.
 */
export function cachingItemNotes(
  store: ItemNoteStore,
  options: ItemNotesCacheOptions = {},
): CachingItemNoteStore {
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const kept = new LRUCache<string, { readonly notes: ItemNote[]; readonly at: number }>({
    max: options.max ?? 10_000,
  });
  // Bumped by every forget: a read that saw it change while in flight does not keep its answer.
  let generation = 0;
  const forget = (orders: readonly OrderRef[]) => {
    generation += 1;
    for (const ref of orders) kept.delete(orderKey(ref));
  };
  const fresh = (key: string): ItemNote[] | null => {
    const entry = kept.get(key);
    if (!entry) return null;
    if (now() - entry.at < ttlMs) return entry.notes;
    kept.delete(key);
    return null;
  };

  return {
    ...store,
    forgetOrders: forget,

    async forOrders(provider, orderRefs) {
      const hits: ItemNote[] = [];
      const missing: string[] = [];
      for (const orderRef of orderRefs) {
        const notes = fresh(orderKey({ provider, orderRef }));
        if (notes) hits.push(...notes);
        else missing.push(orderRef);
      }
      if (missing.length === 0) return hits;
      const started = generation;
      const read = await store.forOrders(provider, missing);
      if (generation === started) {
        const at = now();
        for (const orderRef of missing)
          kept.set(orderKey({ provider, orderRef }), {
            notes: read.filter(n => n.orderRef === orderRef),
            at,
          });
      }
      return [...hits, ...read];
    },

    async cancelled(key, cancellation, trx) {
      forget([key]);
      await store.cancelled(key, cancellation, trx);
    },

    async refused(key, refusal, trx) {
      forget([key]);
      await store.refused(key, refusal, trx);
    },
  };
}
