import { Counter, Gauge, type Registry } from 'prom-client';
import { withTimeout } from '../lib/with-timeout.js';

/** What the webhook gauges read at scrape time (structural: metrics know no services). */
export interface WebhookSources {
  statuses(): Promise<
    ReadonlyArray<{
      id: string;
      oldestPendingAt: Date | null;
      dead: number;
      pending: number;
      disabledAt: Date | null;
    }>
  >;
  readonly clock: { now(): Date };
}

const SCRAPE_TIMEOUT_MS = 1_000;

/**
 * Webhook deliveries by endpoint (its id, never its URL) and outcome; read at scrape time: the age of
 * the oldest change not yet delivered, pending and dead letters per endpoint, and whether it is off.
 */
export function registerWebhookMetrics(registry: Registry) {
  const registers = [registry];
  const deliveries = new Counter({
    name: 'gateway_webhook_deliveries_total',
    help: 'Webhook delivery attempts by endpoint and outcome (delivered, retry, dead, gone).',
    labelNames: ['endpoint', 'outcome'] as const,
    registers,
  });
  return {
    delivered(endpoint: string, outcome: string): void {
      deliveries.inc({ endpoint, outcome });
    },
    watch(sources: WebhookSources): void {
      const gauge = (name: string, help: string) =>
        new Gauge({ name, help, labelNames: ['endpoint'] as const, registers });
      const dead = gauge(
        'gateway_webhook_dead_letters',
        'Changes given up for an endpoint (redeliverable by operators).',
      );
      const pending = gauge('gateway_webhook_pending', 'Changes waiting for delivery to an endpoint.');
      const off = gauge(
        'gateway_webhook_endpoint_disabled',
        '1 when the endpoint answered 410 Gone and is off.',
      );
      new Gauge({
        name: 'gateway_webhook_oldest_undelivered_age_seconds',
        help: 'Age of the oldest change not yet delivered to an endpoint; 0 when none. Alert when it grows.',
        labelNames: ['endpoint'] as const,
        registers,
        async collect() {
          const all = await withTimeout(sources.statuses(), SCRAPE_TIMEOUT_MS).catch(() => null);
          for (const s of all ?? []) {
            const age = s.oldestPendingAt
              ? (sources.clock.now().getTime() - s.oldestPendingAt.getTime()) / 1000
              : 0;
            this.set({ endpoint: s.id }, Math.max(0, age));
            dead.set({ endpoint: s.id }, s.dead);
            pending.set({ endpoint: s.id }, s.pending);
            off.set({ endpoint: s.id }, s.disabledAt ? 1 : 0);
          }
        },
      });
    },
  };
}
