import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { ProviderCancelOutcome } from '../../providers/port.js';
import { endWithoutSending, type Attempt } from './attempt.js';
import type { CancellationDeps } from './deps.js';
import { customerCancel, requested } from './history.js';
import type { OrderLockHold } from './lock.js';
import type { Cleared } from './preflight.js';

export type Sent =
  | { readonly sent: true; readonly answer: ProviderCancelOutcome }
  | { readonly sent: false; readonly outcome: CancellationOutcome };

/**
 * The one provider call. Fenced first: only the lock's current holder may send, and only once its
 * entry moved RECEIVED → SENT. A provider that throws is an unknown outcome, never a failure.
 */
export async function send(
  deps: CancellationDeps,
  attempt: Attempt,
  cleared: Cleared,
  hold: OrderLockHold,
): Promise<Sent> {
  const { entry, id, request } = attempt;
  const inProgress: Sent = { sent: false, outcome: { kind: 'in_progress', provider: id.provider } };
  // If the lease lapsed and another request took the lock, that one decides; this one sent nothing.
  if (!(await hold.renew())) {
    await endWithoutSending(deps, entry, 'NOT_SENT', null);
    return inProgress;
  }
  const now = deps.clock.now();
  // The customer's request enters the booking's history with the move that sends it.
  const changes = requested(customerCancel(attempt, now), cleared.order, cleared.item, cleared.quote);
  const intent = { countAttempt: true, holderInstance: deps.instanceId, changes };
  if (!(await deps.ledger.journal.transition(entry.id, ['RECEIVED'], 'SENT', now, intent))) return inProgress;
  const answer = await attempt.provider
    .cancel({
      order: cleared.order,
      item: cleared.item,
      reason: request.reason,
      note: request.note ?? null,
      journalId: entry.id,
    })
    .catch((error: unknown) => ({
      kind: 'unknown' as const,
      cause: error instanceof Error ? error.name : 'error',
    }));
  deps.logger.info(
    { journalId: entry.id, provider: id.provider, answer: answer.kind },
    'provider answered a cancel',
  );
  return { sent: true, answer };
}
