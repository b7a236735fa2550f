import type { CancellationOutcome } from '../../domain/cancellation.js';
import { decodeIdOfType } from '../../providers/ids.js';
import { TERMINAL_STATES } from '../../ledger/journal.js';
import type { RequestScope } from '../scope.js';
import type { Attempt } from './attempt.js';
import type { CancellationDeps } from './deps.js';
import { run } from './run.js';
import { resolveUnknown } from './settle.js';
import { reviveOutcome } from './snapshot.js';
import { validateRequest, type CancelOrderItemRequest } from './validate.js';
import { cancelOrderItems, type CancelOrderItemsRequest } from './batch/service.js';
import { capabilityOf } from './batch/plan.js';
import { quoteCancellation, type OrderCancellationQuoteModel } from './batch/quote.js';
import type { CancellabilityModel } from '../../domain/cancellability.js';
import type { OrderItemModel, OrderModel } from '../../domain/order.js';
import type { BatchCancellationOutcome } from '../../domain/cancellation.js';

export type { CancelOrderItemRequest } from './validate.js';
export type { CancelOrderItemsRequest } from './batch/service.js';
export type { OrderCancellationQuoteModel } from './batch/quote.js';
export type { CancellationDeps } from './deps.js';
export { LOCK_TTL_MS, RECHECK_AFTER_MS, UNKNOWN_HOLD_MS } from './lock.js';

type Checked = Extract<ReturnType<typeof validateRequest>, { ok: true }>;

/**
 * Who may cancel, before anything is recorded: a valid request, an item the caller owns (a foreign
 * one gets the same answer as a missing one), an enabled provider (every provider takes every reason).
 */
async function admit(
  deps: CancellationDeps,
  scope: RequestScope,
  request: CancelOrderItemRequest,
  checked: Checked,
) {
  const id = decodeIdOfType(request.orderItemId, 'OrderItem');
  if (!id) return { kind: 'not_found' } as const;
  const owner = await deps.ledger.ownership.find(id.provider, id.orderRef);
  if (!owner) return { kind: 'not_found' } as const;
  if (owner.customerId !== scope.caller.customerId) {
    deps.security.report('foreign_cancel_denied', { provider: id.provider, ownershipId: owner.id });
    return { kind: 'not_found' } as const;
  }
  const provider = deps.providers.get(id.provider);
  if (!provider)
    return {
      kind: 'provider_unavailable',
      provider: id.provider,
      detail: null,
      retryAfterSeconds: null,
    } as const;
  const claim = await deps.ledger.journal.claim(
    {
      customerId: scope.caller.customerId,
      idempotencyKey: request.idempotencyKey,
      fingerprint: checked.fingerprint,
      provider: id.provider,
      orderRef: id.orderRef,
      itemRef: id.itemRef,
    },
    deps.clock.now(),
    deps.instanceId,
  );
  const attempt: Attempt = {
    scope,
    owner,
    entry: claim.entry,
    id,
    provider,
    request,
    expectedRefund: checked.expectedRefund,
  };
  return { kind: 'admitted', claimed: claim.kind === 'claimed', attempt } as const;
}

/** A key seen before: the same answer again, or the unsettled attempt taken up where it stopped. */
async function replay(
  deps: CancellationDeps,
  attempt: Attempt,
  fingerprint: string,
): Promise<CancellationOutcome> {
  const { entry, id } = attempt;
  if (entry.fingerprint !== fingerprint) return { kind: 'key_reused' };
  // Answered already, but the journal has not taken it yet: the same answer again.
  const pending = deps.outbox.pendingOutcome(entry.id);
  if (pending) return pending;
  if (TERMINAL_STATES.includes(entry.state) && entry.responseSnapshot)
    return reviveOutcome(entry.responseSnapshot);
  if (entry.state === 'UNKNOWN') return resolveUnknown(deps, attempt, null, () => run(deps, attempt));
  const retake = { holderInstance: deps.instanceId };
  if (
    entry.state === 'NOT_SENT' &&
    (await deps.ledger.journal.transition(entry.id, ['NOT_SENT'], 'RECEIVED', deps.clock.now(), retake))
  )
    return run(deps, attempt);
  return { kind: 'in_progress', provider: id.provider };
}

/**
 * `cancelOrderItem` (DESIGN §5): validation → ownership → idempotency claim → `run` (per-order lock,
 * preflight, exactly one provider call, settle), or the replay of an earlier attempt with the same key.
 */
export function createCancellationService(deps: CancellationDeps) {
  async function cancelOrderItem(
    scope: RequestScope,
    request: CancelOrderItemRequest,
  ): Promise<CancellationOutcome> {
    const checked = validateRequest(request);
    if (!checked.ok) return checked.outcome;
    const admitted = await admit(deps, scope, request, checked);
    if (admitted.kind !== 'admitted') return admitted;
    return admitted.claimed
      ? run(deps, admitted.attempt)
      : replay(deps, admitted.attempt, checked.fingerprint);
  }

  return {
    /** Never throws for expected failures: every ending is a `CancellationOutcome`. */
    async cancelOrderItem(
      scope: RequestScope,
      request: CancelOrderItemRequest,
    ): Promise<CancellationOutcome> {
      const outcome = await cancelOrderItem(scope, request);
      const provider = decodeIdOfType(request.orderItemId, 'OrderItem')?.provider ?? 'NONE';
      deps.metrics.cancellation(provider, outcome.kind);
      return outcome;
    },

    /** `Order.cancellationQuote`: what `cancelOrderItems` with exactly these items would return now. */
    quote(
      order: OrderModel,
      itemIds: readonly string[],
      options: {
        readonly acceptWholeOrder: boolean;
        readonly verdictOf: (item: OrderItemModel) => Promise<CancellabilityModel>;
      },
    ): Promise<OrderCancellationQuoteModel> {
      const capability = capabilityOf(deps.providers.get(order.provider) ?? {});
      return quoteCancellation(order, itemIds, { ...options, capability });
    },

    /** `cancelOrderItems`: never throws for expected failures; each item's ending is counted. */
    async cancelOrderItems(
      scope: RequestScope,
      request: CancelOrderItemsRequest,
    ): Promise<BatchCancellationOutcome> {
      const outcome = await cancelOrderItems(deps, scope, request);
      const provider = decodeIdOfType(request.orderItemIds[0] ?? '', 'OrderItem')?.provider ?? 'NONE';
      const kinds = outcome.kind === 'results' ? outcome.results.map(r => r.kind) : [outcome.kind];
      for (const kind of kinds) deps.metrics.cancellation(provider, kind);
      return outcome;
    },
  };
}

export type CancellationService = ReturnType<typeof createCancellationService>;
