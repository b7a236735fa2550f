import { Gauge, type Registry } from 'prom-client';

/** What the operations gauges read at scrape time; each source is cheap or bounded. */
export interface OperationsSources {
  readonly live: () => { subscriptions: number; items: number };
  readonly outboxBacklog: () => number;
  readonly unsettled: () => Promise<{ count: number; oldest: Date | null }>;
  readonly now: () => Date;
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
      this.set(sources.live().subscriptions);
    },
  });
  new Gauge({
    name: 'gateway_live_items_watched',
    help: 'Items polled for subscribers on this instance (one poll loop per item, whatever the subscribers).',
    registers,
    collect() {
      this.set(sources.live().items);
    },
  });
  new Gauge({
    name: 'gateway_cancellation_outbox_pending',
    help: 'Cancellation outcomes given to clients but not yet written to the journal (retried in the background).',
    registers,
    collect() {
      this.set(sources.outboxBacklog());
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
      const summary = await withTimeout(sources.unsettled(), LEDGER_SCRAPE_TIMEOUT_MS);
      if (!summary) return;
      this.set(summary.count);
      const age = summary.oldest ? (sources.now().getTime() - summary.oldest.getTime()) / 1000 : 0;
      oldest.set(Math.max(0, age));
    },
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>(resolve => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([work.catch(() => null), late]).finally(() => clearTimeout(timer));
}
