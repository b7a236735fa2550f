import type { LedgerDb } from './connect.js';

/**
 * Named leases: one process at a time holds a name (a webhook endpoint's delivery, say) until its
 * lease runs out, renewing it while it works. A holder that dies (kill -9) stops renewing, and after
 * `ttlMs` another process takes the name over. Every step is one compare-and-set statement.
 */
export function createLeaseStore(db: LedgerDb) {
  return {
    /** Takes `name` if it is free, expired, or already this owner's; true when `owner` now holds it. */
    async acquire(name: string, owner: string, at: Date, ttlMs: number): Promise<boolean> {
      const expiresAt = new Date(at.getTime() + ttlMs).toISOString();
      await db
        .insertInto('lease')
        .values({ name, owner, expires_at: expiresAt })
        .onConflict(oc =>
          oc
            .column('name')
            .doUpdateSet({ owner, expires_at: expiresAt })
            .where(eb =>
              eb.or([eb('lease.owner', '=', owner), eb('lease.expires_at', '<', at.toISOString())]),
            ),
        )
        .execute();
      const row = await db.selectFrom('lease').select('owner').where('name', '=', name).executeTakeFirst();
      return row?.owner === owner;
    },

    /** Extends the lease while `owner` still holds it unexpired; false means it was lost. */
    async renew(name: string, owner: string, at: Date, ttlMs: number): Promise<boolean> {
      const result = await db
        .updateTable('lease')
        .set({ expires_at: new Date(at.getTime() + ttlMs).toISOString() })
        .where('name', '=', name)
        .where('owner', '=', owner)
        .where('expires_at', '>=', at.toISOString())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async release(name: string, owner: string): Promise<void> {
      await db.deleteFrom('lease').where('name', '=', name).where('owner', '=', owner).execute();
    },
  };
}

export type LeaseStore = ReturnType<typeof createLeaseStore>;
