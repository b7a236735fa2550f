import type { LedgerDb } from './connect.js';

/**
 * Gateway processes sharing this ledger. Each registers at start, renews its heartbeat every few
 * seconds and deletes its row on a clean stop. A process whose row is gone, or whose heartbeat is
 * older than `deadAfterMs`, is provably not running a cancel: the rows it held can be settled at once.
 */
export function createInstanceStore(db: LedgerDb) {
  return {
    async register(id: string, at: Date): Promise<void> {
      await db
        .insertInto('gateway_instance')
        .values({ id, started_at: at.toISOString(), heartbeat_at: at.toISOString() })
        .execute();
    },
    async heartbeat(id: string, at: Date): Promise<void> {
      await db
        .updateTable('gateway_instance')
        .set({ heartbeat_at: at.toISOString() })
        .where('id', '=', id)
        .execute();
    },
    async remove(id: string): Promise<void> {
      await db.deleteFrom('gateway_instance').where('id', '=', id).execute();
    },
    /** Of `ids`, those whose process is gone (no row, or a heartbeat older than `deadAfterMs`). */
    async deadAmong(ids: readonly string[], at: Date, deadAfterMs: number): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const live = await db
        .selectFrom('gateway_instance')
        .select('id')
        .where('id', 'in', ids)
        .where('heartbeat_at', '>=', new Date(at.getTime() - deadAfterMs).toISOString())
        .execute();
      const alive = new Set(live.map(row => row.id));
      return new Set(ids.filter(id => !alive.has(id)));
    },
    /** Rows of processes dead for a long time, so the table stays small. */
    async prune(at: Date, olderThanMs: number): Promise<void> {
      await db
        .deleteFrom('gateway_instance')
        .where('heartbeat_at', '<', new Date(at.getTime() - olderThanMs).toISOString())
        .execute();
    },
  };
}

export type InstanceStore = ReturnType<typeof createInstanceStore>;
