import type { Clock } from '../../domain/clock.js';
import type { OrderRef } from '../../domain/order.js';
import type { Journal } from '../../ledger/journal.js';

/**
 * A per-order lock is a lease of this length, renewed every third of it while its cancel runs, and
 * checked (fenced) right before the provider call. Once the call is journalled as SENT the lock is
 * never taken over, however old, until a read settles the outcome; so even a lease that lapses in a
 * stall cannot let a second request send. An unknown outcome holds the order for a day.
 */
export const LOCK_TTL_MS = 30_000;
export const UNKNOWN_HOLD_MS = 24 * 3_600_000;
export const RECHECK_AFTER_MS = 30_000;

/** What a cancel's steps may do with its order's lock. */
export interface LockHold {
  /** The fence before a provider call: extends the lease only while this hold still has the lock. */
  renew(): Promise<boolean>;
  /** Stops renewing: from here the lock lapses with its lease unless released first. */
  stopRenewing(): void;
  /** Keeps the order locked until `until` (an unknown outcome: only a read may settle it). */
  keepUntil(until: Date): Promise<void>;
  /** Releases the lock (idempotent); a lock that cannot be released now lapses with its lease. */
  release(): Promise<void>;
}

/**
 * One attempt's hold on its order's lock, from taking it to releasing it. It is the one place that
 * releases the lock for its attempt; `release` is idempotent, so whoever ends the attempt (the run
 * on an early stop, the outbox once the provider's answer is on record) simply calls it.
 */
export class OrderLockHold implements LockHold {
  private renewal: NodeJS.Timeout | null = null;
  protected released = false;
  /** Set by `keepUntil`: renewing never shortens the hold below it. */
  private keptUntil: Date | null = null;

  /** `holder`: the journal entry's id, or the batch id a `cancelOrderItems` request's entries share. */
  constructor(
    protected readonly journal: Journal,
    private readonly clock: Clock,
    protected readonly order: OrderRef,
    protected readonly holder: string,
    private readonly leaseMs: number,
  ) {}

  /** Takes the lock and renews it every third of its lease while held; false when another holds it. */
  async take(): Promise<boolean> {
    if (!(await this.journal.lock(this.order, this.holder, this.clock.now(), this.leaseMs))) return false;
    this.renewal = setInterval(() => {
      void this.renew().catch(() => false);
    }, this.leaseMs / 3);
    this.renewal.unref();
    return true;
  }

  renew(): Promise<boolean> {
    const now = this.clock.now();
    const kept = this.keptUntil ? this.keptUntil.getTime() - now.getTime() : 0;
    return this.journal.renewLock(this.order, this.holder, now, Math.max(this.leaseMs, kept));
  }

  stopRenewing(): void {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = null;
  }

  async keepUntil(until: Date): Promise<void> {
    this.stopRenewing();
    this.keptUntil = until;
    await this.journal.extendLock(this.order, this.holder, until);
  }

  async release(): Promise<void> {
    this.stopRenewing();
    if (this.released) return;
    this.released = true;
    await this.journal.unlock(this.order, this.holder).catch(() => undefined);
  }
}

/**
 * A `cancelOrderItems` request's hold: one lock for the order, held by the batch id, while its
 * provider calls run (several at once, for a provider that cancels one item per call). Each call's steps see `shared`, which cannot
 * stop the renewing (that is the request's to do when every call is done); a release lets the lock
 * go only once none of the batch's entries is still under way, so the last call to settle frees it,
 * and an unknown outcome keeps it until a read settles that entry (`journal.releaseFor`).
 */
export class BatchLockHold extends OrderLockHold {
  readonly shared: LockHold = {
    renew: () => this.renew(),
    stopRenewing: () => undefined,
    keepUntil: until => this.keepUntil(until),
    release: () => this.release(),
  };

  override async release(): Promise<void> {
    if (this.released) return;
    this.released = await this.journal.unlockWhenSettled(this.order, this.holder).catch(() => false);
  }
}
