import type { Expression, ExpressionBuilder } from 'kysely';
import { orderKey, type OrderRef } from '../domain/order.js';
import type { LedgerDb } from './connect.js';
import type { JournalEntry } from './journal-entry.js';
import type { LedgerTables } from './schema.js';

// One cancel per order at a time (whole-order providers cancel siblings too): a lock is keyed by its
// order. Its holder is a journal entry's id (`cancelOrderItem`), or the batch id its entries share
// (`cancelOrderItems`): every entry of the batch then counts as the holder's.

/** The holder's entries that may have reached the provider (SENT or UNKNOWN), or that are in `states`. */
function holderEntries(
  eb: ExpressionBuilder<LedgerTables, 'cancellation_lock'>,
  holder: Expression<string> | string,
  states: readonly string[],
) {
  return eb
    .selectFrom('cancellation_journal')
    .select('cancellation_journal.id')
    .where(inner =>
      inner.or([
        inner('cancellation_journal.id', '=', holder),
        inner('cancellation_journal.batch_id', '=', holder),
      ]),
    )
    .where('cancellation_journal.state', 'in', states);
}

const mayHaveSent = (
  eb: ExpressionBuilder<LedgerTables, 'cancellation_lock'>,
  holder: Expression<string> | string,
) => holderEntries(eb, holder, ['SENT', 'UNKNOWN']);

/** Taking and renewing a lock: the fence before any provider call. */
function takeLocks(db: LedgerDb) {
  return {
    /**
     * Takes the per-order lock (re-entrant for its holder); false when someone else holds it. An expired
     * lease is taken over only while its holder has sent nothing: a holder whose entry is SENT or
     * UNKNOWN may have reached the provider, so its lock stays until that outcome is settled by a read.
     */
    async lock(order: OrderRef, journalId: string, at: Date, ttlMs: number): Promise<boolean> {
      await db
        .deleteFrom('cancellation_lock')
        .where('lock_key', '=', orderKey(order))
        .where('expires_at', '<', at.toISOString())
        .where(eb => eb.not(eb.exists(mayHaveSent(eb, eb.ref('cancellation_lock.journal_id')))))
        .execute();
      await db
        .insertInto('cancellation_lock')
        .values({
          lock_key: orderKey(order),
          journal_id: journalId,
          expires_at: new Date(at.getTime() + ttlMs).toISOString(),
        })
        .onConflict(oc => oc.column('lock_key').doNothing())
        .execute();
      const holder = await db
        .selectFrom('cancellation_lock')
        .select('journal_id')
        .where('lock_key', '=', orderKey(order))
        .executeTakeFirst();
      return holder?.journal_id === journalId;
    },

    /**
     * The fencing check before a provider call, and the lease's renewal: extends the lease only while
     * this entry still holds it unexpired. False means the lock was lost (taken over after expiry), and
     * nothing may be sent.
     */
    async renewLock(order: OrderRef, journalId: string, at: Date, ttlMs: number): Promise<boolean> {
      const result = await db
        .updateTable('cancellation_lock')
        .set({ expires_at: new Date(at.getTime() + ttlMs).toISOString() })
        .where('lock_key', '=', orderKey(order))
        .where('journal_id', '=', journalId)
        .where('expires_at', '>=', at.toISOString())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

/** Whether a cancel of the order is under way (its lock held, or kept for an outcome not yet known). */
function lockReads(db: LedgerDb) {
  return {
    async cancelUnderWay(order: OrderRef, at: Date, trx: LedgerDb = db): Promise<boolean> {
      const row = await trx
        .selectFrom('cancellation_lock')
        .select(eb => [
          'cancellation_lock.expires_at',
          eb.exists(mayHaveSent(eb, eb.ref('cancellation_lock.journal_id'))).as('sent'),
        ])
        .where('cancellation_lock.lock_key', '=', orderKey(order))
        .executeTakeFirst();
      return row !== undefined && (row.expires_at >= at.toISOString() || Boolean(row.sent));
    },
  };
}

/** Holding a lock past its lease, and releasing it. */
function releaseLocks(db: LedgerDb) {
  const unlock = async (order: OrderRef, journalId: string): Promise<void> => {
    await db
      .deleteFrom('cancellation_lock')
      .where('lock_key', '=', orderKey(order))
      .where('journal_id', '=', journalId)
      .execute();
  };
  const unlockWhenSettled = async (order: OrderRef, batchId: string): Promise<boolean> => {
    const result = await db
      .deleteFrom('cancellation_lock')
      .where('lock_key', '=', orderKey(order))
      .where('journal_id', '=', batchId)
      .where(eb => eb.not(eb.exists(holderEntries(eb, batchId, ['RECEIVED', 'SENT', 'UNKNOWN']))))
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  };
  return {
    /** Keeps the lock while an outcome is unknown, so no other request can send a second cancel. */
    async extendLock(order: OrderRef, journalId: string, until: Date): Promise<void> {
      await db
        .updateTable('cancellation_lock')
        .set({ expires_at: until.toISOString() })
        .where('lock_key', '=', orderKey(order))
        .where('journal_id', '=', journalId)
        .execute();
    },

    /** Releases the lock only if this entry holds it. */
    unlock,

    /**
     * Releases a batch's lock once none of its entries is still under way (RECEIVED, SENT or
     * UNKNOWN): whichever entry settles last releases it. True when it was released now.
     */
    unlockWhenSettled,

    /** Releases what an entry's cancel held, once settled: its own lock, or its batch's when it was the last. */
    async releaseFor(entry: Pick<JournalEntry, 'id' | 'batchId' | 'provider' | 'orderRef'>): Promise<void> {
      if (entry.batchId) await unlockWhenSettled(entry, entry.batchId);
      else await unlock(entry, entry.id);
    },
  };
}

/**
 * The per-order cancellation locks: a lease held by one journal entry, renewed while its cancel runs
 * and checked (fenced) right before the provider call.
 */
export function createOrderLocks(db: LedgerDb) {
  return { ...takeLocks(db), ...lockReads(db), ...releaseLocks(db) };
}
