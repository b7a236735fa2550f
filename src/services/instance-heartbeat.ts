import { randomUUID } from 'node:crypto';
import type { Clock } from '../domain/clock.js';
import type { Ledger } from '../ledger/index.js';
import type { Logger } from '../lib/logger.js';

export interface InstanceHeartbeat {
  readonly id: string;
  stop(): Promise<void>;
}

/**
 * This process in the ledger's instance table, with a heartbeat every 2 s. Another process takes a
 * heartbeat older than 6 s (the reconciler's `deadAfterMs`) as proof this one is gone; a clean stop
 * deletes the row so its rows are settled at once.
 */
export async function startInstanceHeartbeat(
  ledger: Ledger,
  clock: Clock,
  logger: Logger,
): Promise<InstanceHeartbeat> {
  const id = randomUUID();
  await ledger.instances.register(id, clock.now());
  await ledger.instances.prune(clock.now(), 86_400_000).catch(() => undefined);
  // Journal entries and watch leases name this id: operators find the process that held them.
  logger.info({ instanceId: id }, 'gateway instance registered');
  const beat = setInterval(() => {
    void ledger.instances.heartbeat(id, clock.now()).catch(() => {
      logger.warn({ instanceId: id }, 'instance heartbeat could not be written');
    });
  }, 2_000);
  beat.unref();
  return {
    id,
    async stop(): Promise<void> {
      clearInterval(beat);
      await ledger.instances.remove(id).catch(() => undefined);
    },
  };
}
