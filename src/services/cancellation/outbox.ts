import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { Clock } from '../../domain/clock.js';
import type { Journal, JournalState, TransitionPatch } from '../../ledger/journal.js';
import type { Logger } from '../../lib/logger.js';

/** A journal write that records what a provider already answered, with the answer the client got. */
export interface OutcomeWrite {
  readonly entryId: string;
  readonly from: readonly JournalState[];
  readonly to: JournalState;
  readonly patch: TransitionPatch;
  /** Releases the attempt's order lock: called once the write has landed, now or later. */
  readonly release: () => Promise<void>;
  /** What the client was told; a same-key retry gets it back while the write is still pending. */
  readonly outcome: CancellationOutcome | null;
}

/**
 * The small in-process outbox for outcomes the provider already gave: when the journal cannot take
 * one (connection lost, statement cancelled, database stalled), the client still gets the truth, and
 * the write is retried in the background until it lands. If the process dies first, the row stays
 * SENT and the reconciler settles it by reading the provider, never by sending again.
 */
export class OutcomeOutbox {
  private readonly pending = new Map<string, OutcomeWrite>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private readonly retryMs: number;

  constructor(
    private readonly deps: { readonly journal: Journal; readonly clock: Clock; readonly logger: Logger },
    options: { readonly retryMs?: number } = {},
  ) {
    this.retryMs = options.retryMs ?? 1_000;
  }

  /** Writes now; when the journal cannot take it, keeps it and retries. True when it landed now. */
  async record(write: OutcomeWrite): Promise<boolean> {
    try {
      await this.land(write);
      return true;
    } catch {
      this.pending.set(write.entryId, write);
      this.deps.logger.warn(
        { journalId: write.entryId, state: write.to },
        'cancellation outcome could not be recorded yet; retrying in the background',
      );
      this.timer ??= setInterval(() => void this.flush(), this.retryMs);
      this.timer.unref();
      return false;
    }
  }

  /** Outcomes given to clients but not yet in the journal (`/metrics`). */
  backlog(): number {
    return this.pending.size;
  }

  /** The answer already given for an entry whose write is still pending, if any. */
  pendingOutcome(entryId: string): CancellationOutcome | null {
    return this.pending.get(entryId)?.outcome ?? null;
  }

  get size(): number {
    return this.pending.size;
  }

  flush(): Promise<void> {
    this.flushing ??= this.flushAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** One last attempt at shutdown; what is still pending is left for the reconciler. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  private async land(write: OutcomeWrite): Promise<void> {
    const { journal, clock } = this.deps;
    await journal.transition(write.entryId, write.from, write.to, clock.now(), write.patch);
    await write.release();
  }

  private async flushAll(): Promise<void> {
    for (const write of [...this.pending.values()]) {
      try {
        await this.land(write);
        this.pending.delete(write.entryId);
        this.deps.logger.info(
          { journalId: write.entryId, state: write.to },
          'pending cancellation outcome recorded',
        );
      } catch {
        // Still unreachable: the next round tries again.
      }
    }
    if (this.pending.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}

export function createOutcomeOutbox(
  deps: { readonly journal: Journal; readonly clock: Clock; readonly logger: Logger },
  options: { readonly retryMs?: number } = {},
): OutcomeOutbox {
  return new OutcomeOutbox(deps, options);
}
