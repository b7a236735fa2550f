import type { JournalEntry } from '../../ledger/journal.js';
import type { Loaders } from '../../loaders/index.js';
import type { CancellationDeps } from './deps.js';
import type { ChangeInput } from '../../domain/changes.js';
import type { ChangeContext } from './history.js';
import { settleByReading, settledChanges } from './settle-by-reading.js';

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

type ReconcilerDeps = Pick<
  CancellationDeps,
  'ledger' | 'clock' | 'logger' | 'bookerMatches' | 'itemsChanged'
> & {
  /** Fresh loaders for each pass: the reconciler reads as the gateway itself, never from a cache. */
  readonly newLoaders: () => Loaders;
  /** This process: its own rows are never taken for a dead holder's. */
  readonly instanceId?: string;
};

type Settings = Required<ReconcilerOptions>;
type Result = 'succeeded' | 'notApplied' | 'deferred' | 'skipped';

/** Settles one row by reading the provider (`settleByReading`, as a same-key retry does); never by sending again. */
async function settleOne(
  deps: ReconcilerDeps,
  settings: Settings,
  loaders: Loaders,
  entry: JournalEntry,
  deadHolders: ReadonlySet<string>,
): Promise<Result> {
  const { staleAfterMs, maxBackoffMs } = settings;
  const { journal } = deps.ledger;
  const now = deps.clock.now();
  const young = now.getTime() - entry.updatedAt.getTime() < staleAfterMs;
  const holderGone = entry.holderInstance !== null && deadHolders.has(entry.holderInstance);
  if ((entry.state === 'RECEIVED' || entry.state === 'SENT') && young && !holderGone) return 'skipped';
  const notApplied = async (changes?: readonly ChangeInput[]): Promise<Result> => {
    const patch = { nextCheckAt: null, ...(changes ? { changes } : {}) };
    if (await journal.transition(entry.id, [entry.state], 'NOT_SENT', now, patch))
      await journal.releaseFor(entry);
    return 'notApplied';
  };
  // Died before sending: nothing reached the provider, and nothing enters the booking's history.
  if (entry.state === 'RECEIVED') return notApplied();
  const ctx: ChangeContext = {
    source: 'RECONCILER',
    actor: null,
    correlationId: null,
    journalId: entry.id,
    at: now,
  };
  const owner = await deps.ledger.ownership.find(entry.provider, entry.orderRef);
  const settled = await settleByReading(deps, ctx, loaders, entry, entry.state, owner, null);
  if (settled.kind === 'cancelled') return 'succeeded';
  if (settled.kind === 'not_cancelled')
    return notApplied(await settledChanges(deps, ctx, settled, null, entry));
  const backoff = Math.min(
    maxBackoffMs,
    2 ** Math.min(20, Math.floor((now.getTime() - entry.createdAt.getTime()) / staleAfterMs)) * 1_000,
  );
  await journal.reschedule(entry.id, entry.state, now, new Date(now.getTime() + backoff));
  return 'deferred';
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
  const loaders = deps.newLoaders();
  for (const entry of due) {
    const result = await settleOne(deps, settings, loaders, entry, deadHolders);
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
