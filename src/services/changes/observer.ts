import { orderKey, type OrderModel } from '../../domain/order.js';
import type { Logger } from '../../lib/logger.js';
import type { ChangeRecorder } from './recorder.js';

/**
 * Ordinary reads that see a difference record it too: an order read for a customer whose items this
 * replica does not know in that state is recorded in the background (never delaying the answer),
 * one recording per order at a time. An order it knows as is costs nothing.
 */
export function readObserver(recorder: ChangeRecorder, logger: Logger) {
  const inFlight = new Set<string>();
  return (order: OrderModel, readStartedAt: Date): void => {
    if (recorder.knowsAsIs(order)) return;
    const key = orderKey({ provider: order.provider, orderRef: order.providerReference });
    if (inFlight.has(key)) return;
    inFlight.add(key);
    const ref = { provider: order.provider, orderRef: order.providerReference };
    void recorder
      .record(ref, order, readStartedAt, null)
      .catch((error: unknown) =>
        logger.warn(
          { provider: order.provider, err: error instanceof Error ? error.name : 'error' },
          'read not recorded',
        ),
      )
      .finally(() => inFlight.delete(key));
  };
}
