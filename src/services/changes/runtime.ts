import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ChangeKind } from '../../domain/changes.js';
import type { Clock } from '../../domain/clock.js';
import { orderItemId } from '../../domain/ids.js';
import type { ProviderId } from '../../domain/provider.js';
import type { Ledger } from '../../ledger/index.js';
import type { Logger } from '../../lib/logger.js';
import type { Loaders } from '../../loaders/index.js';
import { FeedFollower } from './follower.js';
import { readObserver } from './observer.js';
import { ChangeRecorder } from './recorder.js';
import type { WatchSchedule } from './schedule.js';
import { Watcher, type WatchBudget } from './watcher.js';

/**
 * Changes a live subscriber can see (the item's status or cancellation moved). A request, a refusal,
 * a failure or a lost answer leave the item as it was: no re-read for them (and none that could run
 * ahead of the answer's own record).
 */
const SHOWN: ReadonlySet<ChangeKind> = new Set([
  'CANCELLATION_PENDING',
  'CANCELLED',
  'OUTCOME_SETTLED',
  'CANCELLED_BY_PROVIDER',
  'REFUND_STARTED',
  'REFUNDED',
  'STATUS_CHANGED',
]);

export interface ChangesSettings extends WatchSchedule {
  /** Provider reads the watchers of all replicas may make per provider per minute. */
  readonly readsPerMinute: number;
  /** How often each replica looks for due orders (default 1 s). */
  readonly roundMs?: number;
  /** How long a replica holds the orders it claimed (default 60 s). */
  readonly leaseMs?: number;
}

/** Reads per minute per provider, from one shared limiter (PostgreSQL: every replica's; SQLite: this one's). */
export function watchBudget(limiter: RateLimiterAbstract): WatchBudget {
  return {
    async left(provider) {
      const used = await limiter.get(provider).catch(() => null);
      return Math.max(0, limiter.points - (used?.consumedPoints ?? 0));
    },
    async spend(provider, reads) {
      await limiter.consume(provider, reads).catch(() => undefined);
    },
  };
}

/**
 * The life of a booking around the cancel, in one place: the recorder (provider-side changes), the
 * observer that lets ordinary reads record what they see, the watcher that re-reads what can still
 * change, and the follower that pushes every change in the feed (this replica's and the others') to
 * live subscribers and keeps what the recorder knows current.
 */
export function createChanges(deps: {
  readonly ledger: Ledger;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly instanceId: string;
  readonly settings: ChangesSettings;
  readonly budget: WatchBudget;
  readonly providers: () => readonly ProviderId[];
  /** Loaders that do not report back to the observer (the watcher records what it reads itself). */
  readonly quietLoaders: () => Loaders;
  readonly itemsChanged: (itemIds: readonly string[]) => void;
}) {
  const { ledger, clock, logger, settings } = deps;
  const recorder = new ChangeRecorder({ ledger, clock, schedule: settings });
  const follower = new FeedFollower(ledger.changes, ledger.feedSignal, logger);
  follower.onChanges(changes => {
    // Whatever moved an order may have moved its notes (a cancel's answer, on any replica): first,
    // so that nothing after it can leave them kept.
    ledger.itemNotes.forgetOrders(changes);
    recorder.learn(changes);
    const items = changes.flatMap(c =>
      c.itemRef && SHOWN.has(c.kind) ? [orderItemId(c.provider, c.orderRef, c.itemRef)] : [],
    );
    if (items.length > 0) deps.itemsChanged(items);
  });
  const watcher = new Watcher({
    ledger,
    recorder,
    clock,
    logger,
    instanceId: deps.instanceId,
    providers: deps.providers,
    newLoaders: deps.quietLoaders,
    budget: deps.budget,
    ...(settings.leaseMs ? { leaseMs: settings.leaseMs } : {}),
  });
  return {
    recorder,
    watcher,
    follower,
    observe: readObserver(recorder, logger),
    async start(roundMs = settings.roundMs ?? 1_000): Promise<void> {
      ledger.listenForChanges(error =>
        logger.warn(
          { err: { name: error.name, message: error.message } },
          'change feed listener lost; reconnecting',
        ),
      );
      await follower.start();
      watcher.start(roundMs);
    },
    async stop(): Promise<void> {
      await watcher.stop();
      await follower.stop();
    },
  };
}

export type Changes = ReturnType<typeof createChanges>;
