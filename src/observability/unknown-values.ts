import { LRUCache } from 'lru-cache';
import type { OrderModel } from '../domain/order.js';
import type { Logger } from '../lib/logger.js';
import type { Metrics } from './metrics.js';

/**
 * Counts every item a provider sent with a status we cannot map (FR-08: shown as UNKNOWN, never
 * cancellable, alert on the metric), and logs each distinct raw value once so the log stays quiet
 * during a burst while still naming the value a mapping is missing for.
 */
export function unknownValueWatcher(metrics: Metrics, logger: Logger): (order: OrderModel) => void {
  const reported = new LRUCache<string, true>({ max: 500 });
  return order => {
    for (const item of order.items) {
      if (item.status !== 'UNKNOWN') continue;
      metrics.unknownValue(order.provider, 'status');
      const raw = (item.providerStatus ?? '').slice(0, 80);
      const key = `${order.provider}|${raw}`;
      if (reported.has(key)) continue;
      reported.set(key, true);
      logger.warn(
        { provider: order.provider, providerStatus: raw },
        'provider status has no mapping; shown as UNKNOWN',
      );
    }
  };
}
