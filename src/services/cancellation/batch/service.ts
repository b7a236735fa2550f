import type { BatchCancellationOutcome, CancellationOutcome } from '../../../domain/cancellation.js';
import type { ProviderId } from '../../../domain/provider.js';
import type { RequestScope } from '../../scope.js';
import type { CancellationDeps } from '../deps.js';
import type { BatchAttempt } from './attempt.js';
import { appliesAtomically, capabilityOf } from './plan.js';
import { replayBatch } from './replay.js';
import { validateBatch, type CancelOrderItemsRequest } from './request.js';
import { composeResult } from './result.js';
import { runBatch } from './run.js';

export type { CancelOrderItemsRequest } from './request.js';

/**
 * `cancelOrderItems`: validation → ownership of the order → one idempotency claim for the request
 * (an entry per item) → `runBatch` (one lock, one read, as few provider calls as the provider
 * allows), or the replay of an earlier request with the same key.
 */
export async function cancelOrderItems(
  deps: CancellationDeps,
  scope: RequestScope,
  request: CancelOrderItemsRequest,
): Promise<BatchCancellationOutcome> {
  const checked = validateBatch(request);
  if (!checked.ok) return checked.outcome;
  const { ids } = checked;
  const [first] = ids;
  if (!first) return { kind: 'not_found' };
  const owner = await deps.ledger.ownership.find(first.provider, first.orderRef);
  if (!owner) return { kind: 'not_found' };
  if (owner.customerId !== scope.caller.customerId) {
    deps.security.report('foreign_cancel_denied', { provider: first.provider, ownershipId: owner.id });
    return { kind: 'not_found' };
  }
  const provider = deps.providers.get(first.provider);
  if (!provider) return providerOff(first.provider, ids.length);
  const claim = await deps.ledger.journal.claimBatch(
    {
      customerId: scope.caller.customerId,
      idempotencyKey: request.idempotencyKey,
      fingerprint: checked.fingerprint,
      provider: first.provider,
      orderRef: first.orderRef,
      itemRefs: ids.map(id => id.itemRef),
    },
    deps.clock.now(),
    deps.instanceId,
  );
  const batchId = claim.entries[0]?.batchId;
  // The key went to a `cancelOrderItem` request: another request, whatever it named.
  if (!batchId) return { kind: 'key_reused' };
  const batch: BatchAttempt = {
    scope,
    owner,
    provider,
    request,
    ids,
    entries: claim.entries,
    batchId,
    expectedRefund: checked.expectedRefund,
  };
  if (claim.kind === 'existing') return replayBatch(deps, batch, checked.fingerprint);
  const ran = await runBatch(deps, batch, allPositions(ids.length), { refund: null, known: true });
  const outcomes = allPositions(ids.length).map(
    (position): CancellationOutcome => ran.get(position) ?? { kind: 'in_progress', provider: provider.id },
  );
  return composeResult(outcomes, appliesAtomically(capabilityOf(provider), ids.length));
}

const allPositions = (count: number): number[] => Array.from({ length: count }, (_, position) => position);

/** The provider is not running here: every item is refused for that, nothing recorded. */
function providerOff(provider: ProviderId, count: number): BatchCancellationOutcome {
  const off: CancellationOutcome = {
    kind: 'provider_unavailable',
    provider,
    detail: null,
    retryAfterSeconds: null,
  };
  return composeResult(
    allPositions(count).map(() => off),
    true,
  );
}
