import type { Pool } from 'pg';
import { createBokunBookingStore, type BokunBookingStore } from './bokun-bookings.js';
import { connectLedger, type LedgerConnection, type LedgerTimeouts } from './connect.js';
import { createInstanceStore, type InstanceStore } from './instances.js';
import { createItemNoteStore, type ItemNoteStore } from './item-notes.js';
import { tracedMethods } from '../observability/tracing.js';
import { createJournal, type Journal } from './journal.js';
import { cachingOwnership } from './ownership-cache.js';
import { createOwnershipStore, type OwnershipStore } from './ownership.js';
import { guardStore } from './unavailable.js';

export { LedgerUnavailableError } from './unavailable.js';

export interface Ledger {
  readonly backend: LedgerConnection['backend'];
  readonly ownership: OwnershipStore;
  readonly bokunBookings: BokunBookingStore;
  readonly journal: Journal;
  readonly instances: InstanceStore;
  readonly itemNotes: ItemNoteStore;
  /** Set when the ledger is PostgreSQL: the pool other shared state (the rate limiter) can use. */
  readonly sharedPool: Pool | null;
  /** A cheap round trip, for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openLedger(options: {
  databaseUrl: string | null;
  dataDir: string;
  timeouts?: LedgerTimeouts;
  onConnectionError?: (error: Error) => void;
}): Promise<Ledger> {
  const { db, backend, pool } = await connectLedger(options);
  // Every store answers a database fault with LedgerUnavailableError, never the driver's own error.
  const probe = guardStore({
    ping: async (): Promise<void> => {
      await db.selectFrom('order_ownership').select('id').limit(1).execute();
    },
  });
  return {
    backend,
    // Outside the guard: a record this replica has read is answered without touching the database.
    ownership: cachingOwnership(guardStore(createOwnershipStore(db))),
    bokunBookings: guardStore(createBokunBookingStore(db)),
    // The cancel's ledger steps as spans: claiming the key, the per-order lock, journal moves.
    journal: tracedMethods(
      guardStore(createJournal(db)),
      'ledger',
      ['claim', 'lock', 'unlock', 'transition'],
      {
        'db.system.name': backend === 'postgres' ? 'postgresql' : 'sqlite',
      },
    ),
    instances: guardStore(createInstanceStore(db)),
    itemNotes: guardStore(createItemNoteStore(db)),
    sharedPool: pool,
    ping: probe.ping,
    close: () => db.destroy(),
  };
}
