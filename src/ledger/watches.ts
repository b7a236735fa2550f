import { sql, type Selectable } from 'kysely';
import type { OrderRef } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import type { LedgerDb } from './connect.js';
import type { LedgerTables } from './schema.js';

export interface Watch extends OrderRef {
  readonly failures: number;
  readonly lastCheckedAt: Date | null;
}

const toWatch = (row: Selectable<LedgerTables['booking_watch']>): Watch => ({
  provider: row.provider as ProviderId,
  orderRef: row.order_ref,
  failures: Number(row.failures),
  lastCheckedAt: row.last_checked_at ? new Date(row.last_checked_at) : null,
});

/**
 * The watcher's schedule of tracked orders. Work is spread over replicas by leases in the ledger:
 * `claim` takes due rows no one holds (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so replicas
 * claiming at once never take the same row), and a holder that dies (kill -9) stops renewing, so its
 * rows fall due again once the lease has run out. A check's result is written with `lockForCheck`
 * held in the same transaction as the changes it records, so a change is never written twice.
 */
function schedule(db: LedgerDb, postgres: boolean) {
  return {
    /** A newly registered order: due at once (its first check sets the baseline of every item). */
    async insert(trx: LedgerDb, ref: OrderRef, at: Date): Promise<void> {
      await trx
        .insertInto('booking_watch')
        .values({ provider: ref.provider, order_ref: ref.orderRef, next_check_at: at.toISOString() })
        .onConflict(oc => oc.columns(['provider', 'order_ref']).doNothing())
        .execute();
    },

    /** Leases up to `limit` of the provider's due orders to `owner` for `leaseMs`. */
    async claim(
      provider: ProviderId,
      owner: string,
      at: Date,
      leaseMs: number,
      limit: number,
    ): Promise<Watch[]> {
      if (limit <= 0) return [];
      const now = at.toISOString();
      const due = db
        .selectFrom('booking_watch')
        .select('order_ref')
        .where('provider', '=', provider)
        .where('next_check_at', '<=', now)
        .where(eb => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('next_check_at')
        .limit(limit);
      const rows = await db
        .updateTable('booking_watch')
        .set({ lease_owner: owner, lease_until: new Date(at.getTime() + leaseMs).toISOString() })
        .where('provider', '=', provider)
        .where('order_ref', 'in', postgres ? due.forUpdate().skipLocked() : due)
        .returningAll()
        .execute();
      return rows.map(toWatch);
    },

    /** Brings an order's next check forward (a read saw something it could not record itself). */
    async dueNow(ref: OrderRef, at: Date): Promise<void> {
      await db
        .updateTable('booking_watch')
        .set({ next_check_at: at.toISOString() })
        .where('provider', '=', ref.provider)
        .where('order_ref', '=', ref.orderRef)
        .where('next_check_at', '>', at.toISOString())
        .execute();
    },
  };
}

/** A check's own writes, in the transaction that records its changes. */
function checks(postgres: boolean) {
  return {
    /**
     * Inside a check's transaction: the order's row, locked (PostgreSQL) so that a watcher and a read
     * recording the same order take turns. With `owner`, null unless that owner still holds the lease.
     */
    async lockForCheck(trx: LedgerDb, ref: OrderRef, owner: string | null): Promise<Watch | null> {
      let query = trx
        .selectFrom('booking_watch')
        .selectAll()
        .where('provider', '=', ref.provider)
        .where('order_ref', '=', ref.orderRef);
      if (postgres) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      if (!row || (owner !== null && row.lease_owner !== owner)) return null;
      return toWatch(row);
    },

    /** The check is done: when the order is next due (null: no more), the lease given back. */
    async checked(
      trx: LedgerDb,
      ref: OrderRef,
      at: Date,
      next: Date | null,
      outcome: { failed: boolean },
    ): Promise<void> {
      await trx
        .updateTable('booking_watch')
        .set(eb => ({
          next_check_at: next?.toISOString() ?? null,
          lease_owner: null,
          lease_until: null,
          last_checked_at: at.toISOString(),
          failures: outcome.failed ? eb('failures', '+', 1) : sql<number>`0`,
        }))
        .where('provider', '=', ref.provider)
        .where('order_ref', '=', ref.orderRef)
        .execute();
    },
  };
}

export function createWatchStore(db: LedgerDb, backend: 'sqlite' | 'postgres') {
  const postgres = backend === 'postgres';
  return { ...schedule(db, postgres), ...checks(postgres) };
}

export type WatchStore = ReturnType<typeof createWatchStore>;
