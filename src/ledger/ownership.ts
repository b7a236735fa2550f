import { randomUUID } from 'node:crypto';
import { orderKey, type OrderRef } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import type { LedgerDb } from './connect.js';
import { customerOrders } from './customer-orders.js';
import { COLUMNS, toRecord, type OwnershipRecord } from './ownership-row.js';

export type { OwnershipRecord } from './ownership-row.js';

export type RegisterOutcome =
  | { readonly kind: 'created'; readonly record: OwnershipRecord }
  | { readonly kind: 'existing'; readonly record: OwnershipRecord }
  | { readonly kind: 'foreign' };

/** Recording ownership (once, atomically), and pinning the booker a provider names. */
function ownershipRecords(db: LedgerDb) {
  return {
    /**
     * Records ownership atomically (a unique constraint, not check-then-insert). `beforeCommit` runs in
     * the same transaction when the row is new, so a provider's snapshot is stored with it or not at all.
     */
    async register(
      customerId: string,
      provider: ProviderId,
      providerReference: string,
      at: Date,
      onCreate?: (trx: LedgerDb) => Promise<void>,
      bookerFingerprint: string | null = null,
    ): Promise<RegisterOutcome> {
      return db.transaction().execute(async trx => {
        const inserted = await trx
          .insertInto('order_ownership')
          .values({
            id: randomUUID(),
            customer_id: customerId,
            provider,
            provider_reference: providerReference,
            registered_at: at.toISOString(),
            booker_fingerprint: bookerFingerprint,
          })
          .onConflict(oc => oc.columns(['provider', 'provider_reference']).doNothing())
          .returning(COLUMNS)
          .executeTakeFirst();
        if (inserted) {
          await onCreate?.(trx);
          return { kind: 'created', record: toRecord(inserted) };
        }
        const existing = await trx
          .selectFrom('order_ownership')
          .select(COLUMNS)
          .where('provider', '=', provider)
          .where('provider_reference', '=', providerReference)
          .executeTakeFirstOrThrow();
        return existing.customer_id === customerId
          ? { kind: 'existing', record: toRecord(existing) }
          : { kind: 'foreign' };
      });
    },

    /** Pins the booker on first sight (compare-and-set: a concurrent pin of another booker loses). */
    async pinBooker(id: string, fingerprint: string): Promise<boolean> {
      const result = await db
        .updateTable('order_ownership')
        .set({ booker_fingerprint: fingerprint })
        .where('id', '=', id)
        .where('booker_fingerprint', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

/** Bound parameters per `findMany` query: far under SQLite's and PostgreSQL's limits. */
const FIND_MANY_CHUNK = 500;

/** Many `find`s in one query per provider (and per chunk), answered in the keys' order. */
async function findMany(db: LedgerDb, keys: readonly OrderRef[]): Promise<Array<OwnershipRecord | null>> {
  const found = new Map<string, OwnershipRecord>();
  const byProvider = new Map<ProviderId, Set<string>>();
  for (const key of keys)
    byProvider.set(key.provider, (byProvider.get(key.provider) ?? new Set()).add(key.orderRef));
  for (const [provider, distinct] of byProvider) {
    const refs = [...distinct];
    for (let i = 0; i < refs.length; i += FIND_MANY_CHUNK) {
      const rows = await db
        .selectFrom('order_ownership')
        .select(COLUMNS)
        .where('provider', '=', provider)
        .where('provider_reference', 'in', refs.slice(i, i + FIND_MANY_CHUNK))
        .execute();
      for (const row of rows)
        found.set(orderKey({ provider, orderRef: row.provider_reference }), toRecord(row));
    }
  }
  return keys.map(key => found.get(orderKey(key)) ?? null);
}

/** Looking up orders' owners: one, or many in one query per provider. */
function ownerLookups(db: LedgerDb) {
  const selectOwnership = () => db.selectFrom('order_ownership').select(COLUMNS);

  return {
    async find(provider: ProviderId, providerReference: string): Promise<OwnershipRecord | null> {
      const row = await selectOwnership()
        .where('provider', '=', provider)
        .where('provider_reference', '=', providerReference)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    findMany: (keys: readonly OrderRef[]) => findMany(db, keys),
  };
}

/** Who owns which provider order: the gateway's answer to "may this caller see or cancel it?". */
export function createOwnershipStore(db: LedgerDb) {
  return { ...ownershipRecords(db), ...ownerLookups(db), ...customerOrders(db) };
}

export type OwnershipStore = ReturnType<typeof createOwnershipStore>;
