import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { OrderModel } from '../../domain/order.js';
import type { RefundQuoteModel } from '../../domain/cancellability.js';
import type { JournalState, TransitionPatch } from '../../ledger/journal.js';
import { assertNever } from '../../lib/assert-never.js';
import type { ProviderCancelOutcome } from '../../providers/port.js';
import { notesFor, nudgeLive } from './after-answer.js';
import { readFresh, type Attempt } from './attempt.js';
import { cancelledOutcome, refusalOutcome } from './decide.js';
import { answered, customerCancel } from './history.js';
import type { CancellationDeps } from './deps.js';
import { RECHECK_AFTER_MS, UNKNOWN_HOLD_MS, type OrderLockHold } from './lock.js';
import type { Cleared } from './preflight.js';
import { settleByReading } from './settle-by-reading.js';
import { serializeOutcome } from './snapshot.js';

export interface Settled {
  readonly outcome: CancellationOutcome;
  /** False while the answer is not on record yet (it waits in the outbox). */
  readonly onRecord: boolean;
}

/**
 * Records what the provider answered. Every write here records a fact about the provider, so it goes
 * through the outbox, which from here owns the lock: when the journal cannot take the answer now, the
 * client still gets the truth, and the lock is released once the write lands.
 */
export async function settle(
  deps: CancellationDeps,
  attempt: Attempt,
  cleared: Cleared,
  answer: ProviderCancelOutcome,
  hold: OrderLockHold,
): Promise<Settled> {
  const ctx = customerCancel(attempt, deps.clock.now());
  // `replayed: false`: nothing was applied, so no snapshot is kept and a same-key retry may try again.
  const record = async (
    outcome: CancellationOutcome,
    to: JournalState,
    replayed = true,
    patch: TransitionPatch = {},
    after: OrderModel | null = null,
  ): Promise<Settled> => {
    const changes = answered(ctx, outcome, cleared.order, cleared.item, after);
    const stored = replayed ? outcome : null;
    const alongside = stored ? notesFor(deps, cleared.order, cleared.item, stored, ctx.at) : undefined;
    const onRecord = await recordAnswer(deps, attempt, hold, to, stored, { ...patch, changes, alongside });
    return { outcome, onRecord };
  };
  switch (answer.kind) {
    case 'accepted': {
      const { loaders } = attempt.scope;
      const verified = await readFresh(deps.bookerMatches, loaders, attempt.id, null).catch(() => null);
      const item = verified?.item ?? { ...cleared.item, status: 'CANCELLATION_PENDING' as const };
      const outcome = cancelledOutcome(cleared.order, item, deps.clock.now(), cleared.quote, answer);
      const patch = { providerRequestId: answer.providerRequestId };
      const after = verified?.order ?? null;
      return noted(deps, cleared, await record(outcome, 'SUCCEEDED', true, patch, after));
    }
    case 'refused':
      return noted(deps, cleared, await record(refusalOutcome(answer, cleared.item), 'REFUSED'));
    case 'unavailable': {
      const { detail, retryAfterSeconds } = answer;
      const provider = attempt.id.provider;
      return record({ kind: 'provider_unavailable', provider, detail, retryAfterSeconds }, 'NOT_SENT', false);
    }
    case 'unknown':
      return { outcome: await settleUnknown(deps, attempt, cleared, hold), onRecord: true };
    default:
      return assertNever(answer);
  }
}

/** Live subscribers are told at once (the notes went in with the answer). */
function noted(deps: CancellationDeps, cleared: Cleared, settled: Settled): Settled {
  nudgeLive(deps, cleared.item, settled.outcome);
  return settled;
}

/** The answer to the journal through the outbox, which releases the lock once it has landed. */
function recordAnswer(
  deps: CancellationDeps,
  attempt: Attempt,
  hold: OrderLockHold,
  to: JournalState,
  outcome: CancellationOutcome | null,
  patch: TransitionPatch,
): Promise<boolean> {
  hold.stopRenewing();
  return deps.outbox.record({
    entryId: attempt.entry.id,
    from: ['SENT'],
    to,
    patch: { responseSnapshot: outcome ? serializeOutcome(outcome) : null, nextCheckAt: null, ...patch },
    release: () => hold.release(),
    outcome,
  });
}

/** A lost answer: the order stays locked for a day, and a read settles it now if it can. */
async function settleUnknown(
  deps: CancellationDeps,
  attempt: Attempt,
  cleared: Cleared,
  hold: OrderLockHold,
): Promise<CancellationOutcome> {
  const now = deps.clock.now();
  const { entry, id } = attempt;
  const unknown = { kind: 'outcome_unknown', provider: id.provider } as const;
  await hold.keepUntil(new Date(now.getTime() + UNKNOWN_HOLD_MS)).catch(() => undefined);
  const changes = answered(customerCancel(attempt, now), unknown, cleared.order, cleared.item, null);
  const nextCheckAt = new Date(now.getTime() + RECHECK_AFTER_MS);
  const moved = await deps.ledger.journal
    .transition(entry.id, ['SENT'], 'UNKNOWN', now, { nextCheckAt, changes })
    .catch(() => false);
  // Not recorded as UNKNOWN: the row stays SENT (its lock is never taken over) for the reconciler.
  if (!moved) return unknown;
  return resolveUnknown(deps, attempt, cleared.quote, null);
}

/**
 * An unknown outcome: read the provider. Cancelled → success. Not cancelled → on a client retry
 * (`resend` given), send again through the normal path, which re-checks the window first.
 */
export async function resolveUnknown(
  deps: CancellationDeps,
  attempt: Attempt,
  quote: RefundQuoteModel | null,
  resend: (() => Promise<CancellationOutcome>) | null,
): Promise<CancellationOutcome> {
  const { entry, id, scope, owner } = attempt;
  const ctx = customerCancel(attempt, deps.clock.now());
  const settled = await settleByReading(deps, ctx, scope.loaders, entry, 'UNKNOWN', owner, quote);
  if (settled.kind === 'cancelled') return settled.outcome;
  const retake = { nextCheckAt: null, holderInstance: deps.instanceId };
  if (
    settled.kind === 'not_cancelled' &&
    resend &&
    (await deps.ledger.journal.transition(entry.id, ['UNKNOWN'], 'RECEIVED', deps.clock.now(), retake))
  )
    return resend();
  return { kind: 'outcome_unknown', provider: id.provider };
}
