import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { Clock } from '../../domain/clock.js';
import type { Journal, JournalState, TransitionPatch } from '../../ledger/journal.js';
import type { OrderLockRef } from '../../ledger/order-locks.js';
import type { Logger } from '../../lib/logger.js';

/** A journal write that records what a provider already answered, with the answer the client got. */
export interface OutcomeWrite {
  readonly entryId: string;
  readonly from: readonly JournalState[];
  readonly to: JournalState;
  readonly patch: TransitionPatch;
  /** Released once the write lands (the lock is held until the outcome is on record). */
  readonly lock: OrderLockRef | null;
  /** What the client was told; a same-key retry gets it back while the write is still pending. */
  readonly outcome: CancellationOutcome | null;
}

/**
 * The small in-process outbox for outcomes the provider already gave: when the journal cannot take
 * one (connection lost, statement cancelled, database stalled), the client still gets the truth, and
 * the write is retried in the background until it lands. If the process dies first, the row stays
 * SENT and the reconciler settles it by reading the provider, never by sending again.
 */
export function createOutcomeOutbox(
  deps: { readonly journal: Journal; readonly clock: Clock; readonly logger: Logger },
  options: { readonly retryMs?: number } = {},
) {
  const retryMs = options.retryMs ?? 1_000;
  const pending = new Map<string, OutcomeWrite>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> | null = null;

  async function land(write: OutcomeWrite): Promise<void> {
    await deps.journal.transition(write.entryId, write.from, write.to, deps.clock.now(), write.patch);
    if (write.lock) await deps.journal.unlock(write.lock, write.entryId);
  }

  async function flushAll(): Promise<void> {
    for (const write of [...pending.values()]) {
      try {
        await land(write);
        pending.delete(write.entryId);
        deps.logger.info(
          { journalId: write.entryId, state: write.to },
          'pending cancellation outcome recorded',
        );
      } catch {
        // Still unreachable: the next round tries again.
      }
    }
    if (pending.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  }

  function flush(): Promise<void> {
    flushing ??= flushAll().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  return {
    /** Writes now; when the journal cannot take it, keeps it and retries. True when it landed now. */
    async record(write: OutcomeWrite): Promise<boolean> {
      try {
        await land(write);
        return true;
      } catch {
        pending.set(write.entryId, write);
        deps.logger.warn(
          { journalId: write.entryId, state: write.to },
          'cancellation outcome could not be recorded yet; retrying in the background',
        );
        timer ??= setInterval(() => void flush(), retryMs);
        timer.unref();
        return false;
      }
    },
    /** The answer already given for an entry whose write is still pending, if any. */
    pendingOutcome(entryId: string): CancellationOutcome | null {
      return pending.get(entryId)?.outcome ?? null;
    },
    get size(): number {
      return pending.size;
    },
    flush,
    /** One last attempt at shutdown; what is still pending is left for the reconciler. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
}

export type OutcomeOutbox = ReturnType<typeof createOutcomeOutbox>;
