import { SlotPace } from './slot-pace.js';

/**
 * Why a call was refused before it was sent. None of them is the provider's answer, so none may open
 * its breaker, spend its retry budget or be reported as the provider being down.
 * - `expected_wait`: the queue ahead at the provider's current pace leaves no chance of an answer
 *   within the call's deadline, so it is refused at once instead of waiting to time out;
 * - `deadline`: the deadline passed while the call waited;
 * - `queue_full`: the memory bound on waiting calls was reached.
 */
export type ShedReason = 'expected_wait' | 'deadline' | 'queue_full';

const REASON_TEXT: Record<ShedReason, string> = {
  expected_wait: 'not sent: the queue ahead at the provider pace exceeds the deadline',
  deadline: 'not sent: the deadline passed while waiting for a slot',
  queue_full: 'not sent: too many calls waiting for a slot',
};

export class SlotRefused extends Error {
  constructor(readonly reason: ShedReason) {
    super(REASON_TEXT[reason]);
  }
}

/** Queue events for metrics; must not throw. */
export interface SlotObserver {
  /** A call started (+1) or stopped (-1) waiting for a slot. */
  queued(change: 1 | -1): void;
  /** A call that had to wait got its slot after this long. */
  waited(seconds: number): void;
}

/**
 * What the deadline bounds: a read's whole answer (`answer`), or only the start of a call that, once
 * sent, is deliberately not cut short (`start`: a cancel, whose outcome would become unknown).
 */
export type DeadlineOf = 'answer' | 'start';

export interface FairSlotsOptions {
  /** Calls in flight at once, over all buckets. */
  readonly capacity: number;
  /** Calls waiting at once, over all buckets: a bound on memory, not meant to be reached. */
  readonly maxQueued: number;
  readonly observer?: SlotObserver;
}

interface Bucket {
  readonly key: string;
  inFlight: number;
  readonly waiting: Waiter[];
}

interface Waiter {
  readonly bucket: Bucket;
  /** Arrival order, to break ties between buckets oldest first. */
  readonly seq: number;
  readonly deadline: number;
  readonly bounds: DeadlineOf;
  readonly since: number;
  readonly timer: NodeJS.Timeout;
  readonly grant: () => void;
  readonly refuse: (error: SlotRefused) => void;
}

/**
 * A concurrency limit for one provider that shares its slots fairly between buckets (one per GraphQL
 * request) and bounds each wait by the caller's deadline, not by a small queue length.
 *
 * - Fair: a freed slot goes to the waiting bucket with the fewest calls in flight (oldest first on a
 *   tie), so a request needing 2 calls is served before the rest of one needing 50, and requests
 *   with backlogs take turns. A request alone may use every slot.
 * - Deadline-bounded: a waiter leaves the queue when its deadline passes and its task never runs.
 * - Shedding on the provider's pace only (`SlotPace`): with every slot taken, a call whose expected
 *   wait (the calls ahead of it, in rounds of the time a call holds its slot), plus its own call
 *   when its answer is due by the deadline, would end past that deadline is refused at once; so is
 *   a read granted a slot with less time left than one call. With a fast provider the expected wait
 *   stays far below any deadline, so only a slow one sheds. A free slot is always taken, so the
 *   pace keeps being measured and a provider that recovers is seen.
 */
export class FairSlots {
  private inFlight = 0;
  private queued = 0;
  private seq = 0;
  private readonly pace = new SlotPace();
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: FairSlotsOptions) {}

  /** Runs `task` in a slot of bucket `key`, waiting for one until `deadline` (epoch ms) at most. */
  async run<T>(
    key: string,
    deadline: number,
    task: () => Promise<T>,
    bounds: DeadlineOf = 'answer',
  ): Promise<T> {
    const bucket = this.bucket(key);
    if (this.inFlight < this.options.capacity) this.take(bucket);
    else await this.enqueue(bucket, deadline, bounds);
    const held = this.pace.start();
    try {
      return await task();
    } finally {
      this.pace.end(held);
      this.release(bucket);
    }
  }

  /** What is held and waiting now (tests check nothing leaks). */
  stats(): { inFlight: number; queued: number; buckets: number; holdMs: number | null } {
    const { inFlight, queued } = this;
    return { inFlight, queued, buckets: this.buckets.size, holdMs: this.pace.averageHoldMs };
  }

  private bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { key, inFlight: 0, waiting: [] };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private take(bucket: Bucket): void {
    this.inFlight++;
    bucket.inFlight++;
  }

  private enqueue(bucket: Bucket, deadline: number, bounds: DeadlineOf): Promise<void> {
    const remaining = deadline - Date.now();
    const refusal: ShedReason | null =
      this.queued >= this.options.maxQueued
        ? 'queue_full'
        : remaining <= 0
          ? 'deadline'
          : this.expectedMs(bucket, bounds) > remaining
            ? 'expected_wait'
            : null;
    if (refusal) {
      this.dropIfIdle(bucket);
      return Promise.reject(new SlotRefused(refusal));
    }
    return new Promise<void>((grant, refuse) => {
      const waiter: Waiter = {
        bucket,
        seq: this.seq++,
        deadline,
        bounds,
        since: Date.now(),
        timer: setTimeout(() => this.expire(waiter), remaining),
        grant,
        refuse,
      };
      bucket.waiting.push(waiter);
      this.queued++;
      this.options.observer?.queued(1);
    });
  }

  /**
   * Time until a new call of `bucket` would start: the calls served before it (its own bucket's
   * waiters, and about as many from each other bucket, as turns alternate) in rounds of `capacity`
   * slot-hold times; plus its own call when its answer is due by the deadline. Zero until a first
   * call has been timed.
   */
  private expectedMs(bucket: Bucket, bounds: DeadlineOf): number {
    const perCall = this.pace.forQueued();
    if (perCall === null) return 0;
    const mine = bucket.waiting.length;
    let ahead = mine;
    for (const other of this.buckets.values())
      if (other !== bucket) ahead += Math.min(other.waiting.length, mine + 1);
    return ((ahead + 1) / this.options.capacity + (bounds === 'answer' ? 1 : 0)) * perCall;
  }

  private release(bucket: Bucket): void {
    this.inFlight--;
    bucket.inFlight--;
    this.dropIfIdle(bucket);
    this.grantNext();
  }

  private grantNext(): void {
    while (this.inFlight < this.options.capacity) {
      const bucket = this.nextBucket();
      const waiter = bucket?.waiting.shift();
      if (!bucket || !waiter) return;
      this.leaveQueue(waiter);
      // Too little time left for even one call at the provider's current pace: sending it would only
      // time out at the provider's expense (its breaker counts timeouts), so it is refused unsent.
      const perCall = this.pace.forGrant();
      if (waiter.bounds === 'answer' && perCall !== null && waiter.deadline - Date.now() < perCall) {
        this.dropIfIdle(bucket);
        waiter.refuse(new SlotRefused('expected_wait'));
        continue;
      }
      this.take(bucket);
      this.options.observer?.waited((Date.now() - waiter.since) / 1000);
      waiter.grant();
    }
  }

  /** The waiting bucket with the fewest calls in flight; on a tie, the one waiting longest. */
  private nextBucket(): Bucket | undefined {
    let best: Bucket | undefined;
    for (const bucket of this.buckets.values()) {
      const head = bucket.waiting[0];
      if (!head) continue;
      const bestHead = best?.waiting[0];
      if (
        !best ||
        !bestHead ||
        bucket.inFlight < best.inFlight ||
        (bucket.inFlight === best.inFlight && head.seq < bestHead.seq)
      )
        best = bucket;
    }
    return best;
  }

  private expire(waiter: Waiter): void {
    const { waiting } = waiter.bucket;
    const index = waiting.indexOf(waiter);
    if (index < 0) return;
    waiting.splice(index, 1);
    this.leaveQueue(waiter);
    this.dropIfIdle(waiter.bucket);
    waiter.refuse(new SlotRefused('deadline'));
  }

  private leaveQueue(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.queued--;
    this.options.observer?.queued(-1);
  }

  private dropIfIdle(bucket: Bucket): void {
    if (bucket.inFlight === 0 && bucket.waiting.length === 0) this.buckets.delete(bucket.key);
  }
}
