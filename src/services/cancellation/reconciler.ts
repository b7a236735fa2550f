import type { Clock } from '../../domain/clock.js';
import { isCancelledStatus } from '../../domain/order.js';
import type { Ledger } from '../../ledger/index.js';
import type { JournalEntry } from '../../ledger/journal.js';
import type { Logger } from '../../lib/logger.js';
import type { ProviderRegistry } from '../../providers/port.js';
import { cancelledOutcome, quoteAsBooked } from './decide.js';
import { serializeOutcome } from './snapshot.js';
import { noteOutcome } from '../item-notes.js';

export interface ReconcilerOptions {
  /** A RECEIVED or SENT row older than this belongs to a request that died (crash, restart). */
  readonly staleAfterMs?: number;
  /**
   * A holder process whose heartbeat is older than this is gone (killed, crashed): its RECEIVED or
   * SENT rows are settled at once, whatever their age. Rows of live processes keep `staleAfterMs`.
   */
  readonly deadAfterMs?: number;
  readonly maxBackoffMs?: number;
}

export interface ReconcileReport {
  readonly examined: number;
  readonly succeeded: number;
  readonly notApplied: number;
  readonly deferred: number;
}

type ReconcilerDeps = {
  ledger: Ledger;
  providers: ProviderRegistry;
  clock: Clock;
  logger: Logger;
  /** This process: its own rows are never taken for a dead holder's. */
  instanceId?: string;
};

type Settings = Required<ReconcilerOptions>;

/** Settles one row by reading the provider; never by sending again. */
async function settleOne(
  deps: ReconcilerDeps,
  settings: Settings,
  entry: JournalEntry,
  now: Date,
  deadHolders: ReadonlySet<string>,
): Promise<'succeeded' | 'notApplied' | 'deferred' | 'skipped'> {
  const { staleAfterMs, maxBackoffMs } = settings;
  const { journal } = deps.ledger;
  const young = now.getTime() - entry.updatedAt.getTime() < staleAfterMs;
  const holderGone = entry.holderInstance !== null && deadHolders.has(entry.holderInstance);
  if ((entry.state === 'RECEIVED' || entry.state === 'SENT') && young && !holderGone) return 'skipped';
  const release = () => journal.unlock(entry, entry.id);
  if (entry.state === 'RECEIVED') {
    // Died before sending: nothing reached the provider.
    if (await journal.transition(entry.id, ['RECEIVED'], 'NOT_SENT', now, { nextCheckAt: null }))
      await release();
    return 'notApplied';
  }
  const provider = deps.providers.get(entry.provider);
  const [order] = provider ? await provider.loadOrders([entry.orderRef]).catch(() => [null]) : [null];
  if (!order || order instanceof Error) {
    const backoff = Math.min(
      maxBackoffMs,
      2 ** Math.min(20, Math.floor((now.getTime() - entry.createdAt.getTime()) / staleAfterMs)) * 1_000,
    );
    await journal.reschedule(entry.id, entry.state, now, new Date(now.getTime() + backoff));
    return 'deferred';
  }
  const item = order.items.find(i => i.providerReference === entry.itemRef);
  if (item && isCancelledStatus(item.status)) {
    // The provider's own figures where it states them, else what the terms gave when it was asked.
    const quote = quoteAsBooked([item], entry.createdAt);
    const outcome = cancelledOutcome(order, item, now, quote, item.cancellation);
    if (
      await journal.transition(entry.id, [entry.state], 'SUCCEEDED', now, {
        responseSnapshot: serializeOutcome(outcome),
        nextCheckAt: null,
      })
    ) {
      await release();
      // Reads then agree with the answer a same-key retry replays (refund, fee, time).
      await noteOutcome(deps.ledger.itemNotes, order, item, outcome, now).catch(() =>
        deps.logger.warn({ provider: entry.provider }, 'item note not written'),
      );
    }
    return 'succeeded';
  }
  if (await journal.transition(entry.id, [entry.state], 'NOT_SENT', now, { nextCheckAt: null }))
    await release();
  return 'notApplied';
}

/** One pass over the rows due: a dead holder's rows at once, the rest once stale. */
async function reconcilePass(deps: ReconcilerDeps, settings: Settings): Promise<ReconcileReport> {
  const { journal } = deps.ledger;
  const now = deps.clock.now();
  const due = await journal.unsettled(now, 200);
  const holders = [
    ...new Set(
      due.flatMap(e => (e.holderInstance && e.holderInstance !== deps.instanceId ? [e.holderInstance] : [])),
    ),
  ];
  const deadHolders = await deps.ledger.instances.deadAmong(holders, now, settings.deadAfterMs);
  const counts = { examined: due.length, succeeded: 0, notApplied: 0, deferred: 0 };
  for (const entry of due) {
    const result = await settleOne(deps, settings, entry, now, deadHolders);
    if (result !== 'skipped') counts[result] += 1;
  }
  if (counts.succeeded + counts.notApplied + counts.deferred > 0)
    deps.logger.info(counts, 'reconciled cancellation journal');
  return counts;
}

/**
 * Brings every non-terminal journal row to a terminal state by reading the provider, never by
 * sending again: cancelled at the provider → SUCCEEDED (with the answer a same-key retry replays);
 * not cancelled → NOT_SENT (a same-key retry re-checks and may send once). Unreadable → retried later
 * with backoff.
 */
export function createReconciler(deps: ReconcilerDeps, options: ReconcilerOptions = {}) {
  const settings: Settings = {
    staleAfterMs: options.staleAfterMs ?? 30_000,
    deadAfterMs: options.deadAfterMs ?? 6_000,
    maxBackoffMs: options.maxBackoffMs ?? 3_600_000,
  };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<ReconcileReport> | null = null;

  return {
    /** One pass; concurrent callers share it. */
    reconcileOnce(): Promise<ReconcileReport> {
      running ??= reconcilePass(deps, settings).finally(() => {
        running = null;
      });
      return running;
    },
    start(intervalMs = 30_000): void {
      void this.reconcileOnce().catch(error => deps.logger.error({ err: error }, 'reconciler pass failed'));
      timer = setInterval(() => {
        void this.reconcileOnce().catch(error => deps.logger.error({ err: error }, 'reconciler pass failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

export type Reconciler = ReturnType<typeof createReconciler>;
