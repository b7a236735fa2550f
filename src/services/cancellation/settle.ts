import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { RefundQuoteModel } from '../../domain/cancellability.js';
import { isCancelledStatus, type OrderItemModel, type OrderModel } from '../../domain/order.js';
import type { JournalState, TransitionPatch } from '../../ledger/journal.js';
import { assertNever } from '../../lib/assert-never.js';
import type { ProviderCancelOutcome } from '../../providers/port.js';
import {
  freshOrder,
  orderOf,
  RECHECK_AFTER_MS,
  UNKNOWN_HOLD_MS,
  type Attempt,
  type CancellationDeps,
} from './context.js';
import { cancelledOutcome, quoteAsBooked, refusalOutcome } from './decide.js';
import type { Cleared } from './preflight.js';
import { serializeOutcome } from './snapshot.js';
import { noteOutcome } from '../item-notes.js';

export interface Settled {
  readonly outcome: CancellationOutcome;
  /** True while the outcome is not on record (outbox) or unknown: the lock must stay. */
  readonly holdLock: boolean;
}

/**
 * Records what the provider answered. Every write here records a fact about the provider, so it goes
 * through the outbox: when the journal cannot take it now, the client still gets the truth and the
 * lock is kept until the write lands.
 */
export async function settle(
  deps: CancellationDeps,
  attempt: Attempt,
  cleared: Cleared,
  answer: ProviderCancelOutcome,
): Promise<Settled> {
  // `replayed: false`: nothing was applied, so no snapshot is kept and a same-key retry may try again.
  const record = async (outcome: CancellationOutcome, to: JournalState, replayed = true, patch = {}) => {
    const landed = await recordAnswer(deps, attempt, to, replayed ? outcome : null, patch);
    return { outcome, holdLock: !landed };
  };
  switch (answer.kind) {
    case 'accepted': {
      const verified = await freshOrder(deps, attempt.id).catch(() => null);
      const item = verified?.item ?? { ...cleared.item, status: 'CANCELLATION_PENDING' as const };
      const outcome = cancelledOutcome(cleared.order, item, deps.clock.now(), cleared.quote, answer);
      return noted(
        deps,
        cleared,
        await record(outcome, 'SUCCEEDED', true, { providerRequestId: answer.providerRequestId }),
      );
    }
    case 'refused': {
      return noted(deps, cleared, await record(refusalOutcome(answer, cleared.item), 'REFUSED'));
    }
    case 'unavailable': {
      const { detail, retryAfterSeconds } = answer;
      const outcome: CancellationOutcome = {
        kind: 'provider_unavailable',
        provider: attempt.id.provider,
        detail,
        retryAfterSeconds,
      };
      return record(outcome, 'NOT_SENT', false);
    }
    case 'unknown':
      return { outcome: await settleUnknown(deps, attempt, cleared.quote), holdLock: true };
    default:
      return assertNever(answer);
  }
}

/**
 * Notes the answer for reads once it is on record. A failed note is logged and never fails the
 * cancel; when the journal could not take the answer either, the ledger is in trouble: no note.
 */
async function noted(deps: CancellationDeps, cleared: Cleared, settled: Settled): Promise<Settled> {
  if (!settled.holdLock) await noteAnswer(deps, cleared.order, cleared.item, settled.outcome);
  nudgeLive(deps, cleared.item, settled.outcome);
  return settled;
}

/** What reads complete the provider's data with (`item-notes.ts`); logged when it cannot be written. */
async function noteAnswer(
  deps: CancellationDeps,
  order: OrderModel,
  item: OrderItemModel,
  outcome: CancellationOutcome,
): Promise<void> {
  await noteOutcome(deps.ledger.itemNotes, order, item, outcome, deps.clock.now()).catch((error: unknown) =>
    deps.logger.warn(
      { provider: item.provider, cause: error instanceof Error ? error.name : 'unknown' },
      'item note not written',
    ),
  );
}

/** Live subscribers see the change now rather than at their next scheduled poll. */
function nudgeLive(deps: CancellationDeps, item: OrderItemModel, outcome: CancellationOutcome): void {
  deps.itemsChanged?.([item.id, ...(outcome.kind === 'cancelled' ? outcome.cancelledItemIds : [])]);
}

/** Like `settleEntry`, through the outbox. Landed: the caller releases the lock; pending: the outbox does. */
function recordAnswer(
  deps: CancellationDeps,
  attempt: Attempt,
  to: JournalState,
  outcome: CancellationOutcome | null,
  patch: TransitionPatch,
): Promise<boolean> {
  return deps.outbox.record({
    entryId: attempt.entry.id,
    from: ['SENT'],
    to,
    patch: { responseSnapshot: outcome ? serializeOutcome(outcome) : null, nextCheckAt: null, ...patch },
    lock: orderOf(attempt),
    outcome,
  });
}

/** A lost answer: the order stays locked for a day, and a read settles it now if it can. */
async function settleUnknown(
  deps: CancellationDeps,
  attempt: Attempt,
  quote: RefundQuoteModel | null,
): Promise<CancellationOutcome> {
  const { journal } = deps.ledger;
  const now = deps.clock.now();
  const { entry, id } = attempt;
  await journal
    .extendLock(orderOf(attempt), entry.id, new Date(now.getTime() + UNKNOWN_HOLD_MS))
    .catch(() => undefined);
  const moved = await journal
    .transition(entry.id, ['SENT'], 'UNKNOWN', now, {
      nextCheckAt: new Date(now.getTime() + RECHECK_AFTER_MS),
    })
    .catch(() => false);
  // Not recorded as UNKNOWN: the row stays SENT (its lock is never taken over) for the reconciler.
  if (!moved) return { kind: 'outcome_unknown', provider: id.provider };
  return resolveUnknown(deps, attempt, quote, null);
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
  const { journal } = deps.ledger;
  const { entry, id } = attempt;
  const read = await freshOrder(deps, id).catch(() => null);
  if (read && isCancelledStatus(read.item.status)) {
    // The provider's own figures where it states them (Booking.com, imin), else the quote.
    const outcome = cancelledOutcome(
      read.order,
      read.item,
      deps.clock.now(),
      quote ?? quoteAsBooked([read.item], entry.createdAt),
      read.item.cancellation,
    );
    const patch = { responseSnapshot: serializeOutcome(outcome), nextCheckAt: null };
    if (await journal.transition(entry.id, ['UNKNOWN'], 'SUCCEEDED', deps.clock.now(), patch)) {
      await journal.unlock(orderOf(attempt), entry.id);
      // Reads then show the refund, fee and time this answer gives (Musement states none of them).
      await noteAnswer(deps, read.order, read.item, outcome);
    }
    nudgeLive(deps, read.item, outcome);
    return outcome;
  }
  const retake = { nextCheckAt: null, holderInstance: deps.instanceId };
  if (
    read &&
    resend &&
    (await journal.transition(entry.id, ['UNKNOWN'], 'RECEIVED', deps.clock.now(), retake))
  )
    return resend();
  return { kind: 'outcome_unknown', provider: id.provider };
}
