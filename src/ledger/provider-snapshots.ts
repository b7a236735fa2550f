import type { ProviderId } from '../domain/provider.js';
import type { LedgerDb } from './connect.js';

/** A snapshot as stored, with what the gateway recorded when it cancelled the booking. */
export interface StoredSnapshot {
  readonly snapshot: unknown;
  readonly cancelledAt: Date | null;
  readonly cancellation: unknown;
}

/**
 * What was booked, for providers whose API cannot read a booking back: their plugin hands the
 * snapshot over at registration and reads the booking from it afterwards, and records here that the
 * gateway cancelled it. Snapshots and cancellations are opaque JSON to the ledger; each plugin owns
 * the shape of its own.
 */
export function createProviderSnapshotStore(db: LedgerDb) {
  return {
    async insert(trx: LedgerDb, provider: ProviderId, reference: string, snapshot: unknown): Promise<void> {
      await trx
        .insertInto('provider_snapshot')
        .values({
          provider,
          reference,
          snapshot: JSON.stringify(snapshot),
          cancelled_at: null,
          cancellation: null,
        })
        .execute();
    },
    async get(provider: ProviderId, reference: string): Promise<StoredSnapshot | null> {
      const row = await db
        .selectFrom('provider_snapshot')
        .selectAll()
        .where('provider', '=', provider)
        .where('reference', '=', reference)
        .executeTakeFirst();
      if (!row) return null;
      return {
        snapshot: JSON.parse(row.snapshot) as unknown,
        cancelledAt: row.cancelled_at ? new Date(row.cancelled_at) : null,
        cancellation: row.cancellation ? (JSON.parse(row.cancellation) as unknown) : null,
      };
    },
    /** The first cancel recorded stands: a later one changes nothing. */
    async markCancelled(
      provider: ProviderId,
      reference: string,
      at: Date,
      cancellation: unknown,
    ): Promise<void> {
      await db
        .updateTable('provider_snapshot')
        .set({ cancelled_at: at.toISOString(), cancellation: JSON.stringify(cancellation) })
        .where('provider', '=', provider)
        .where('reference', '=', reference)
        .where('cancelled_at', 'is', null)
        .execute();
    },
  };
}

export type ProviderSnapshotStore = ReturnType<typeof createProviderSnapshotStore>;

/** One provider's snapshots: what the gateway hands that provider's plugin. */
export function snapshotsOf(store: ProviderSnapshotStore, provider: ProviderId) {
  return {
    get: (reference: string) => store.get(provider, reference),
    markCancelled: (reference: string, at: Date, cancellation: unknown) =>
      store.markCancelled(provider, reference, at, cancellation),
  };
}
