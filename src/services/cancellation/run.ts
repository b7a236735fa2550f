import type { CancellationOutcome } from '../../domain/cancellation.js';
import { LOCK_TTL_MS, orderOf, settleEntry, type Attempt, type CancellationDeps } from './context.js';
import { preflight } from './preflight.js';
import { send } from './send.js';
import { settle, type Settled } from './settle.js';

/**
 * One claimed attempt, under the per-order lock: preflight (fresh read, early refusals), send (fenced,
 * exactly one provider call), settle (the answer on record). A lost answer is UNKNOWN: the order stays
 * locked until a read (a retry with the same key, or the reconciler) settles it.
 */
export async function run(deps: CancellationDeps, attempt: Attempt): Promise<CancellationOutcome> {
  const { journal } = deps.ledger;
  const { entry, id } = attempt;
  const leaseMs = deps.lockLeaseMs ?? LOCK_TTL_MS;
  if (!(await journal.lock(orderOf(attempt), entry.id, deps.clock.now(), leaseMs))) {
    // Another cancel of this order is running or unsettled: never a second provider call.
    await settleEntry(deps, entry, ['RECEIVED'], 'NOT_SENT', null);
    return { kind: 'in_progress', provider: id.provider };
  }
  let holdLock = false;
  // Renewed while this cancel runs, so a slow read does not lose the lock; the fence in `send` is
  // what makes losing it safe.
  const lease = setInterval(() => {
    void journal.renewLock(orderOf(attempt), entry.id, deps.clock.now(), leaseMs).catch(() => false);
  }, leaseMs / 3);
  lease.unref();
  try {
    const checked = await preflight(deps, attempt);
    if (!checked.go) return checked.outcome;
    const sent = await send(deps, attempt, checked.cleared, leaseMs);
    if (!sent.sent) return sent.outcome;
    // From here on the provider may have acted: nothing below may throw.
    const settled = await settle(deps, attempt, checked.cleared, sent.answer).catch(
      (error: unknown): Settled => {
        deps.logger.error(
          { journalId: entry.id, provider: id.provider, err: error instanceof Error ? error.name : 'error' },
          'cancellation outcome could not be settled after sending',
        );
        return { outcome: { kind: 'outcome_unknown', provider: id.provider }, holdLock: true };
      },
    );
    holdLock = settled.holdLock;
    return settled.outcome;
  } finally {
    clearInterval(lease);
    // A lock that cannot be released now lapses with its lease; the answer stands either way.
    if (!holdLock) await journal.unlock(orderOf(attempt), entry.id).catch(() => undefined);
  }
}
