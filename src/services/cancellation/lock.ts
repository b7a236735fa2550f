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

/**
 * One attempt's hold on its order's lock, from taking it to releasing it. It is the one place that
 * releases the lock for its attempt; `release` is idempotent, so whoever ends the attempt (the run
 * on an early stop, the outbox once the provider's answer is on record) simply calls it.
 */
export class OrderLockHold {
  private renewal: NodeJS.Timeout | null = null;
  private released = false;

  constructor(
    private readonly journal: Journal,
    private readonly clock: Clock,
    private readonly order: OrderRef,
    private readonly entryId: string,
    private readonly leaseMs: number,
  ) {}

  /** Takes the lock and renews it every third of its lease while held; false when another holds it. */
  async take(): Promise<boolean> {
    if (!(await this.journal.lock(this.order, this.entryId, this.clock.now(), this.leaseMs))) return false;
    this.renewal = setInterval(() => {
      void this.renew().catch(() => false);
    }, this.leaseMs / 3);
    this.renewal.unref();
    return true;
  }

  /** The fence before a provider call: extends the lease only while this attempt still holds it. */
  renew(): Promise<boolean> {
    return this.journal.renewLock(this.order, this.entryId, this.clock.now(), this.leaseMs);
  }

  /** Stops renewing: from here the lock lapses with its lease unless released first. */
  stopRenewing(): void {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = null;
  }

  /** Keeps the order locked until `until` (an unknown outcome: only a read may settle it). */
  async keepUntil(until: Date): Promise<void> {
    this.stopRenewing();
    await this.journal.extendLock(this.order, this.entryId, until);
  }

  /** Releases the lock, once; a lock that cannot be released now lapses with its lease. */
  async release(): Promise<void> {
    this.stopRenewing();
    if (this.released) return;
    this.released = true;
    await this.journal.unlock(this.order, this.entryId).catch(() => undefined);
  }
}
