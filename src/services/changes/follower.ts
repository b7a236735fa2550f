import type { BookingChangeModel, FeedPosition } from '../../domain/changes.js';
import type { ChangeStore } from '../../ledger/changes.js';
import type { FeedSignal } from '../../ledger/feed-signal.js';
import type { Logger } from '../../lib/logger.js';

export interface FollowerOptions {
  /** A read when nothing signalled: the safety net for a notification that never came. */
  readonly pollMs?: number;
  /** How soon to read again while changes are held back behind an open transaction. */
  readonly heldBackRetryMs?: number;
  readonly pageSize?: number;
}

type Handler = (changes: readonly BookingChangeModel[]) => void;

/**
 * Follows the feed from a position, in order, with no gap and no repeat: each read starts where the
 * last one ended, so a signal that was lost (a dropped LISTEN connection) only delays delivery until
 * the next signal or poll. Reads never overlap; a signal during a read makes one more read after it.
 */
export class FeedFollower {
  private position: FeedPosition = { tx: 0, seq: 0 };
  private readonly handlers = new Set<Handler>();
  private reading: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly pollMs: number;
  private readonly heldBackRetryMs: number;
  private readonly pageSize: number;

  constructor(
    private readonly store: ChangeStore,
    private readonly signal: FeedSignal,
    private readonly logger: Logger,
    options: FollowerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 2_000;
    this.heldBackRetryMs = options.heldBackRetryMs ?? 50;
    this.pageSize = options.pageSize ?? 200;
  }

  /** Starts after `from` (default: the feed's head now, for readers that want only what comes next). */
  async start(from?: FeedPosition): Promise<void> {
    this.position = from ?? (await this.store.head());
    this.unsubscribe = this.signal.subscribe(() => void this.wake());
    this.timer = setInterval(() => void this.wake(), this.pollMs);
    this.timer.unref();
  }

  onChanges(handler: Handler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** The last position delivered. */
  get at(): FeedPosition {
    return this.position;
  }

  /** Reads now (or once more after the read under way); resolves when caught up to what it could see. */
  wake(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = this.readAll().finally(() => {
      this.reading = null;
      if (this.again) {
        this.again = false;
        void this.wake();
      }
    });
    return this.reading;
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    this.timer = this.retry = null;
    await this.reading;
  }

  private async readAll(): Promise<void> {
    try {
      for (;;) {
        const page = await this.store.after(this.position, this.pageSize);
        const last = page.changes.at(-1);
        if (last) {
          this.position = last.position;
          this.deliver(page.changes);
        }
        if (page.heldBack) this.retrySoon();
        if (page.changes.length < this.pageSize) return;
      }
    } catch (error) {
      // The ledger is unreachable: the next signal or poll tries again from the same position.
      this.logger.warn({ err: error instanceof Error ? error.name : 'error' }, 'change feed read failed');
    }
  }

  private retrySoon(): void {
    if (this.retry || !this.timer) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.wake();
    }, this.heldBackRetryMs);
    this.retry.unref();
  }

  private deliver(changes: readonly BookingChangeModel[]): void {
    for (const handler of this.handlers) {
      try {
        handler(changes);
      } catch (error) {
        this.logger.error({ err: error instanceof Error ? error.name : 'error' }, 'change handler failed');
      }
    }
  }
}
