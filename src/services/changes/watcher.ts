import type { Clock } from '../../domain/clock.js';
import type { OrderModel } from '../../domain/order.js';
import type { ProviderId } from '../../domain/provider.js';
import type { Ledger } from '../../ledger/index.js';
import type { Logger } from '../../lib/logger.js';
import type { Loaders } from '../../loaders/index.js';
import type { ChangeRecorder } from './recorder.js';

/** The per-provider budget of watch reads, for all replicas: what is left now, and what was spent. */
export interface WatchBudget {
  left(provider: ProviderId): Promise<number>;
  spend(provider: ProviderId, reads: number): Promise<void>;
}

export interface WatcherDeps {
  readonly ledger: Pick<Ledger, 'watches'>;
  readonly recorder: ChangeRecorder;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly instanceId: string;
  readonly providers: () => readonly ProviderId[];
  /** Loaders that do not report back to the recorder (the watcher records what it reads itself). */
  readonly newLoaders: () => Loaders;
  readonly budget: WatchBudget;
  /** How long a replica holds the orders it claimed (default 60 s): a dead one's are due again after it. */
  readonly leaseMs?: number;
  /** Orders claimed per provider per round (default 50). */
  readonly batch?: number;
}

/**
 * Re-reads tracked bookings that can still change, spread over the replicas: each round claims due
 * orders per provider (leases in the ledger, never the same order twice at once), within the
 * provider's budget, reads them through one batch of loaders, and records what differs.
 */
export class Watcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly deps: WatcherDeps) {}

  /** One round over every provider; concurrent callers share it. Resolves with what it recorded. */
  round(): Promise<void> {
    this.running ??= this.roundOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(everyMs = 1_000): void {
    this.timer = setInterval(() => void this.round(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async roundOnce(): Promise<void> {
    await Promise.all(
      this.deps
        .providers()
        .map(provider =>
          this.check(provider).catch((error: unknown) =>
            this.deps.logger.warn(
              { provider, err: error instanceof Error ? error.name : 'error' },
              'watch round failed; retrying',
            ),
          ),
        ),
    );
  }

  private async check(provider: ProviderId): Promise<void> {
    const { ledger, clock, instanceId, recorder } = this.deps;
    const limit = Math.min(this.deps.batch ?? 50, await this.deps.budget.left(provider));
    if (limit <= 0) return;
    const claimed = await ledger.watches.claim(
      provider,
      instanceId,
      clock.now(),
      this.deps.leaseMs ?? 60_000,
      limit,
    );
    if (claimed.length === 0) return;
    // Only the reads made count against the budget (replicas claiming at once may overspend a batch).
    await this.deps.budget.spend(provider, claimed.length);
    const readAt = clock.now();
    const loaders = this.deps.newLoaders();
    const answers = await loaders.order.loadMany(claimed);
    await Promise.all(
      claimed.map((watch, i) => {
        const answer = answers[i];
        const read: OrderModel | null | Error =
          answer instanceof Error || !answer ? (answer ?? null) : answer;
        return recorder.record(watch, read, readAt, instanceId);
      }),
    );
  }
}
