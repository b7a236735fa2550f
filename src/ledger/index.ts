import { createBokunBookingStore, type BokunBookingStore } from './bokun-bookings.js';
import { connectLedger, type LedgerConnection } from './connect.js';
import { createJournal, type Journal } from './journal.js';
import { createOwnershipStore, type OwnershipStore } from './ownership.js';

export interface Ledger {
  readonly backend: LedgerConnection['backend'];
  readonly ownership: OwnershipStore;
  readonly bokunBookings: BokunBookingStore;
  readonly journal: Journal;
  /** A cheap round trip, for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openLedger(options: { databaseUrl: string | null; dataDir: string }): Promise<Ledger> {
  const { db, backend } = await connectLedger(options);
  return {
    backend,
    ownership: createOwnershipStore(db),
    bokunBookings: createBokunBookingStore(db),
    journal: createJournal(db),
    ping: async () => {
      await db.selectFrom('order_ownership').select('id').limit(1).execute();
    },
    close: () => db.destroy(),
  };
}
