import { LRUCache } from 'lru-cache';
import type { OrderModel } from '../domain/order.js';
import type { Logger } from '../lib/logger.js';
import type { Metrics } from './metrics.js';

/**
 * Counts every item a provider sent with a status we cannot map (FR-08: shown as UNKNOWN, never
 * cancellable, alert on the metric) and every optional field a tolerant read had to degrade to null,
 * and logs each distinct raw value or field once so the log stays quiet during a burst while still
 * naming what a mapping is missing for.
 */
export function unknownValueWatcher(metrics: Metrics, logger: Logger): (order: OrderModel) => void {
  const reported = new LRUCache<string, true>({ max: 500 });
  const once = (key: string, log: () => void) => {
    if (reported.has(key)) return;
    reported.set(key, true);
    log();
  };
  return order => {
    for (const item of order.items) {
      if (item.status !== 'UNKNOWN') continue;
      metrics.unknownValue(order.provider, 'status');
      const raw = (item.providerStatus ?? '').slice(0, 80);
      once(`${order.provider}|status|${raw}`, () =>
        logger.warn(
          { provider: order.provider, providerStatus: raw },
          'provider status has no mapping; shown as UNKNOWN',
        ),
      );
    }
    for (const field of order.degradedFields ?? []) {
      metrics.unknownValue(order.provider, field);
      once(`${order.provider}|field|${field}`, () =>
        logger.warn({ provider: order.provider, field }, 'malformed optional provider field read as null'),
      );
    }
  };
}
