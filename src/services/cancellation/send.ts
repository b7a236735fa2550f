import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { ProviderCancelOutcome } from '../../providers/port.js';
import { endWithoutSending } from './attempt.js';
import { changesOf, type Call } from './call.js';
import type { CancellationDeps } from './deps.js';
import { customerCancel, requested } from './history.js';
import type { LockHold } from './lock.js';

export type Sent =
  | { readonly sent: true; readonly answer: ProviderCancelOutcome }
  | { readonly sent: false; readonly outcome: CancellationOutcome };

/**
 * The one provider call. Fenced first: only the lock's current holder may send, and only once every
 * entry of the call moved RECEIVED → SENT (together, or none did). A provider that throws is an
 * unknown outcome, never a failure.
 */
export async function send(deps: CancellationDeps, call: Call, hold: LockHold): Promise<Sent> {
  const [lead] = call.members;
  const { id, request } = lead.attempt;
  const inProgress: Sent = { sent: false, outcome: { kind: 'in_progress', provider: id.provider } };
  // If the lease lapsed and another request took the lock, that one decides; this one sent nothing.
  if (!(await hold.renew())) {
    for (const { attempt } of call.members) await endWithoutSending(deps, attempt.entry, 'NOT_SENT', null);
    return inProgress;
  }
  const now = deps.clock.now();
  // The customer's request enters the booking's history with the move that sends it.
  const moves = call.members.map(member => {
    const { attempt, cleared } = member;
    const asked = requested(customerCancel(attempt, now), call.order, cleared.item, cleared.quote);
    const changes = changesOf(call, member, asked);
    return { id: attempt.entry.id, patch: { countAttempt: true, holderInstance: deps.instanceId, changes } };
  });
  const { journal } = deps.ledger;
  const [first] = moves;
  const moved =
    moves.length === 1 && first
      ? await journal.transition(first.id, ['RECEIVED'], 'SENT', now, first.patch)
      : await journal.transitionAll(moves, ['RECEIVED'], 'SENT', now);
  if (!moved) return inProgress;
  const answer = await lead.attempt.provider
    .cancel({
      order: call.order,
      item: lead.cleared.item,
      items: call.members.map(m => m.cleared.item),
      reason: request.reason,
      note: request.note ?? null,
      journalId: lead.attempt.entry.id,
    })
    .catch((error: unknown) => ({
      kind: 'unknown' as const,
      cause: error instanceof Error ? error.name : 'error',
    }));
  deps.logger.info(
    { journalId: lead.attempt.entry.id, items: moves.length, provider: id.provider, answer: answer.kind },
    'provider answered a cancel',
  );
  return { sent: true, answer };
}
