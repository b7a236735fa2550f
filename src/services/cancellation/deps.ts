import type { Clock } from '../../domain/clock.js';
import type { Ledger } from '../../ledger/index.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../observability/metrics.js';
import type { SecurityEvents } from '../../observability/security-events.js';
import type { ProviderRegistry } from '../../providers/port.js';
import type { BookerCheck } from '../booker-check.js';
import type { OutcomeOutbox } from './outbox.js';

/** What cancelling needs beyond the request: built once at start-up, shared by every request. */
export interface CancellationDeps {
  readonly ledger: Ledger;
  readonly providers: ProviderRegistry;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly security: SecurityEvents;
  readonly bookerMatches: BookerCheck;
  readonly outbox: OutcomeOutbox;
  /** This process's id in the ledger's instance table: journal entries it takes on name it. */
  readonly instanceId: string;
  /** The per-order lock's lease (`CANCEL_LOCK_LEASE_MS`, default `LOCK_TTL_MS`). */
  readonly lockLeaseMs?: number;
  /** Told when a settled cancel may have changed items (live subscriptions poll them at once). */
  readonly itemsChanged?: (itemIds: readonly string[]) => void;
}
