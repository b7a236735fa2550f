import type { Pool } from 'pg';
import { createChangeStore, feedChannel, type ChangeStore } from './changes.js';
import { FeedListener } from './feed-listener.js';
import { FeedSignal } from './feed-signal.js';
import { createLeaseStore, type LeaseStore } from './leases.js';
import { createWebhookStore, type WebhookStore } from './webhooks.js';
import { createWatchStore, type WatchStore } from './watches.js';
import { connectLedger, type LedgerConnection, type LedgerDb, type LedgerTimeouts } from './connect.js';
import { createInstanceStore, type InstanceStore } from './instances.js';
import { createItemNoteStore } from './item-notes.js';
import { tracedMethods } from '../observability/tracing.js';
import { createJournal, type Journal } from './journal.js';
import { cachingItemNotes, type CachingItemNoteStore } from './item-notes-cache.js';
import { cachingOwnership } from './ownership-cache.js';
import { createOwnershipStore, type OwnershipStore } from './ownership.js';
import { createProviderSnapshotStore, type ProviderSnapshotStore } from './provider-snapshots.js';
import { guardStore } from './unavailable.js';

export { LedgerUnavailableError } from './unavailable.js';
export { snapshotsOf } from './provider-snapshots.js';

export interface Ledger {
  readonly backend: LedgerConnection['backend'];
  readonly ownership: OwnershipStore;
  /** What was booked, for providers that cannot read a booking back (`snapshotsOf` scopes it to one). */
  readonly snapshots: ProviderSnapshotStore;
  readonly journal: Journal;
  readonly instances: InstanceStore;
  /** Kept per order on this replica (`item-notes-cache.ts`): the change feed forgets what moved. */
  readonly itemNotes: CachingItemNoteStore;
  /** The change feed (append-only); `feedSignal` says it may have advanced. */
  readonly changes: ChangeStore;
  readonly feedSignal: FeedSignal;
  /** The watcher's schedule of tracked orders. */
  readonly watches: WatchStore;
  /** Named leases (one process at a time per name). */
  readonly leases: LeaseStore;
  /** Webhook endpoints' feed positions and deliveries. */
  readonly webhooks: WebhookStore;
  /**
   * On PostgreSQL: LISTEN for other replicas' changes (raising `feedSignal`) until the ledger closes.
   * On SQLite (one process) there is nobody else, and this does nothing.
   */
  listenForChanges(onError?: (error: Error) => void): void;
  /**
   * Runs `write` in one transaction (its state moves and the changes they cause commit together);
   * followers in this process are told after the commit.
   */
  transact<T>(write: (trx: LedgerDb) => Promise<T>): Promise<T>;
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
  const { db, backend, pool, schema } = await connectLedger(options);
  const feedSignal = new FeedSignal();
  const channel = feedChannel(schema ?? 'public');
  const changes = createChangeStore(db, backend, channel);
  let listener: FeedListener | null = null;
  // Every store answers a database fault with LedgerUnavailableError, never the driver's own error.
  const probe = guardStore({
    ping: async (): Promise<void> => {
      await db.selectFrom('order_ownership').select('id').limit(1).execute();
    },
    transact: async <T>(write: (trx: LedgerDb) => Promise<T>): Promise<T> => {
      const result = await db.transaction().execute(write);
      feedSignal.raise();
      return result;
    },
  });
  return {
    backend,
    // Outside the guard: a record this replica has read is answered without touching the database.
    ownership: cachingOwnership(guardStore(createOwnershipStore(db))),
    snapshots: guardStore(createProviderSnapshotStore(db)),
    // The cancel's ledger steps as spans: claiming the key, the per-order lock, journal moves.
    journal: tracedMethods(
      guardStore(
        createJournal(db, { append: (trx, c, at) => changes.append(trx, c, at), signal: feedSignal }),
      ),
      'ledger',
      ['claim', 'lock', 'unlock', 'transition'],
      {
        'db.system.name': backend === 'postgres' ? 'postgresql' : 'sqlite',
      },
    ),
    instances: guardStore(createInstanceStore(db)),
    // Outside the guard too: a warm read's notes cost no query; the feed keeps them current.
    itemNotes: cachingItemNotes(guardStore(createItemNoteStore(db))),
    changes: guardStore(changes),
    feedSignal,
    watches: guardStore(createWatchStore(db, backend)),
    leases: guardStore(createLeaseStore(db)),
    webhooks: guardStore(createWebhookStore(db)),
    listenForChanges(onError) {
      if (backend !== 'postgres' || !options.databaseUrl || listener) return;
      listener = new FeedListener(options.databaseUrl, channel, feedSignal, onError);
    },
    sharedPool: pool,
    ping: probe.ping,
    transact: probe.transact,
    async close() {
      await listener?.close();
      await db.destroy();
    },
  };
}
