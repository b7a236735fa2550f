import type { LedgerDb } from './connect.js';

/**
 * Bókun booking snapshots: the plugin API cannot read a booking back, so what was booked (and whether
 * the gateway cancelled it) lives here. Snapshots are opaque JSON to the ledger; the Bókun adapter owns
 * their shape.
 */
export function createBokunBookingStore(db: LedgerDb) {
  return {
    async insert(trx: LedgerDb, confirmationCode: string, snapshot: unknown): Promise<void> {
      await trx
        .insertInto('bokun_booking')
        .values({
          confirmation_code: confirmationCode,
          snapshot: JSON.stringify(snapshot),
          cancelled_at: null,
          cancellation: null,
        })
        .execute();
    },
    async get(
      confirmationCode: string,
    ): Promise<{ snapshot: unknown; cancelledAt: Date | null; cancellation: unknown } | null> {
      const row = await db
        .selectFrom('bokun_booking')
        .selectAll()
        .where('confirmation_code', '=', confirmationCode)
        .executeTakeFirst();
      if (!row) return null;
      return {
        snapshot: JSON.parse(row.snapshot) as unknown,
        cancelledAt: row.cancelled_at ? new Date(row.cancelled_at) : null,
        cancellation: row.cancellation ? (JSON.parse(row.cancellation) as unknown) : null,
      };
    },
    async markCancelled(confirmationCode: string, at: Date, cancellation: unknown): Promise<void> {
      await db
        .updateTable('bokun_booking')
        .set({ cancelled_at: at.toISOString(), cancellation: JSON.stringify(cancellation) })
        .where('confirmation_code', '=', confirmationCode)
        .where('cancelled_at', 'is', null)
        .execute();
    },
  };
}

export type BokunBookingStore = ReturnType<typeof createBokunBookingStore>;
