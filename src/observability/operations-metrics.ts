import { Gauge, type Registry } from 'prom-client';
import { withTimeout } from '../lib/with-timeout.js';

/** What the operations gauges read at scrape time (structural: metrics know no services). */
export interface OperationsSources {
  readonly live: { counts(): { subscriptions: number; items: number } };
  readonly outbox: { backlog(): number };
  readonly journal: { unsettledSummary(): Promise<{ count: number; oldest: Date | null }> };
  readonly clock: { now(): Date };
}

/** A scrape must answer when the ledger does not: its gauges keep their last value after this long. */
const LEDGER_SCRAPE_TIMEOUT_MS = 1_000;

/**
 * Live subscriptions, the journal outbox and unsettled cancellations, read when Prometheus scrapes
 * (no bookkeeping on the request path). The alerts in the README are written against these names.
 */
export function registerOperationsMetrics(registry: Registry, sources: OperationsSources): void {
  const registers = [registry];
  new Gauge({
    name: 'gateway_subscriptions_active',
    help: 'Open orderItemUpdated subscriptions on this instance.',
    registers,
    collect() {
      this.set(sources.live.counts().subscriptions);
    },
  });
  new Gauge({
    name: 'gateway_live_items_watched',
    help: 'Items polled for subscribers on this instance (one poll loop per item, whatever the subscribers).',
    registers,
    collect() {
      this.set(sources.live.counts().items);
    },
  });
  new Gauge({
    name: 'gateway_cancellation_outbox_pending',
    help: 'Cancellation outcomes given to clients but not yet written to the journal (retried in the background).',
    registers,
    collect() {
      this.set(sources.outbox.backlog());
    },
  });
  const oldest = new Gauge({
    name: 'gateway_cancellations_unsettled_oldest_age_seconds',
    help: 'Age of the oldest cancellation not yet settled (shared ledger: every replica reports the same); 0 when none.',
    registers,
  });
  new Gauge({
    name: 'gateway_cancellations_unsettled',
    help: 'Cancellations not yet settled in the journal (in flight, sent, or outcome unknown).',
    registers,
    async collect() {
      const summary = await withTimeout(sources.journal.unsettledSummary(), LEDGER_SCRAPE_TIMEOUT_MS).catch(
        () => null,
      );
      if (!summary) return;
      this.set(summary.count);
      const age = summary.oldest ? (sources.clock.now().getTime() - summary.oldest.getTime()) / 1000 : 0;
      oldest.set(Math.max(0, age));
    },
  });
}
