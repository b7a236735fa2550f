import type { Config } from './config.js';
import type { Clock } from './domain/clock.js';
import type { Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import type { Loaders } from './loaders/index.js';
import type { StartedProviders } from './providers/start.js';
import { createCallerLimiter } from './rate-limit.js';
import { createChanges, watchBudget, type Changes } from './services/changes/runtime.js';
import type { LiveItems } from './services/live-items.js';

/** The change feed's moving parts for this process, wired to its ledger, providers and live hub. */
export async function startChanges(
  parts: { config: Config; ledger: Ledger; providers: StartedProviders; clock: Clock; logger: Logger },
  instanceId: string,
  live: LiveItems,
  quietLoaders: () => Loaders,
): Promise<Changes> {
  const { config, ledger, clock, logger } = parts;
  // One budget for all replicas on PostgreSQL: the provider sees the sum.
  const limiter = await createCallerLimiter(config.watch.readsPerMinute, ledger.sharedPool, 'watch');
  return createChanges({
    ledger,
    clock,
    logger,
    instanceId,
    settings: config.watch,
    budget: watchBudget(limiter),
    providers: () => [...parts.providers.registry.keys()],
    quietLoaders,
    itemsChanged: ids => live.nudge(ids),
  });
}
