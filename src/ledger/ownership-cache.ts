import { LRUCache } from 'lru-cache';
import type { ProviderId } from '../domain/provider.js';
import { orderKey, type OrderRef } from '../domain/order.js';
import type { OwnershipRecord, OwnershipStore } from './ownership.js';

/**
 * The ownership records this replica has read, so that reading an order it has seen asks the
 * ledger nothing (issue #19: Kysely and SQLite were ~7 % of a single-order read). It stays right across
 * replicas because of what the ledger allows:
 * - owner, provider, reference, id and registration time are written once; nothing updates or
 *   deletes them;
 * - the booker fingerprint moves once, from null to a value, by compare-and-set. A replica holding
 *   the null tries to pin, loses, and re-reads with `find`, which refreshes what is kept here;
 * - a miss is never kept: another replica may register the order a moment later.
 */
export function cachingOwnership(store: OwnershipStore, max = 10_000): OwnershipStore {
  const records = new LRUCache<string, OwnershipRecord>({ max });
  /** Keys by ownership id, for a pin this replica wins (`pinBooker` names the record by id). */
  const keysById = new LRUCache<string, string>({ max });
  const remember = (record: OwnershipRecord | null) => {
    if (!record) return;
    const key = orderKey({ provider: record.provider, orderRef: record.providerReference });
    records.set(key, record);
    keysById.set(record.id, key);
  };

  return {
    ...store,

    async findMany(keys: readonly OrderRef[]): Promise<Array<OwnershipRecord | null>> {
      const answers = keys.map(k => records.get(orderKey(k)) ?? null);
      const missing = keys.filter((_, i) => answers[i] === null);
      if (missing.length === 0) return answers;
      const found = await store.findMany(missing);
      found.forEach(remember);
      let next = 0;
      return answers.map(answer => answer ?? found[next++] ?? null);
    },

    async find(provider: ProviderId, providerReference: string): Promise<OwnershipRecord | null> {
      const record = await store.find(provider, providerReference);
      remember(record);
      return record;
    },

    async pinBooker(id: string, fingerprint: string): Promise<boolean> {
      const pinned = await store.pinBooker(id, fingerprint);
      const key = keysById.get(id);
      const record = key === undefined ? undefined : records.get(key);
      if (pinned && key !== undefined && record)
        records.set(key, { ...record, bookerFingerprint: fingerprint });
      return pinned;
    },
  };
}
