import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { ProviderCancelOutcome } from '../../providers/port.js';
import { endWithoutSending, type Attempt } from './attempt.js';
import { singleCall, type Call } from './call.js';
import type { CancellationDeps } from './deps.js';
import { LOCK_TTL_MS, OrderLockHold, type LockHold } from './lock.js';
import { preflight } from './preflight.js';
import { send } from './send.js';
import { settle, type Settled } from './settle.js';

/**
 * One claimed attempt, under the per-order lock: preflight (fresh read, early refusals), send (fenced,
 * exactly one provider call), settle (the answer on record). A lost answer is UNKNOWN: the order stays
 * locked until a read (a retry with the same key, or the reconciler) settles it.
 */
export async function run(deps: CancellationDeps, attempt: Attempt): Promise<CancellationOutcome> {
  const { entry, id } = attempt;
  const hold = new OrderLockHold(
    deps.ledger.journal,
    deps.clock,
    id,
    entry.id,
    deps.lockLeaseMs ?? LOCK_TTL_MS,
  );
  if (!(await hold.take())) {
    // Another cancel of this order is running or unsettled: never a second provider call.
    await endWithoutSending(deps, entry, 'NOT_SENT', null);
    return { kind: 'in_progress', provider: id.provider };
  }
  // Once the provider may have acted, the lock is settle's (and the outbox's) to release, not ours.
  let sent = false;
  try {
    const checked = await preflight(deps, attempt);
    if (!checked.go) return checked.outcome;
    const call = singleCall(attempt, checked.cleared);
    const called = await send(deps, call, hold);
    if (!called.sent) return called.outcome;
    sent = true;
    // From here on the provider may have acted: nothing below may throw.
    const [settled] = await settleOrUnknown(deps, call, called.answer, hold);
    return settled?.outcome ?? { kind: 'outcome_unknown', provider: id.provider };
  } finally {
    hold.stopRenewing();
    if (!sent) await hold.release();
  }
}

/**
 * `settle`, for code past the provider call: it never throws. A settlement that failed leaves the
 * entries SENT for the reconciler, and the client is told the outcome is unknown, which it is.
 */
export function settleOrUnknown(
  deps: CancellationDeps,
  call: Call,
  answer: ProviderCancelOutcome,
  hold: LockHold,
): Promise<Settled[]> {
  return settle(deps, call, answer, hold).catch((error: unknown): Settled[] => {
    const [lead] = call.members;
    deps.logger.error(
      {
        journalId: lead.attempt.entry.id,
        provider: lead.attempt.id.provider,
        err: error instanceof Error ? error.name : 'error',
      },
      'cancellation outcome could not be settled after sending',
    );
    return call.members.map(({ attempt }) => ({
      outcome: { kind: 'outcome_unknown', provider: attempt.id.provider },
      onRecord: false,
    }));
  });
}
