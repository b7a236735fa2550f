import type { Caller } from '../../auth/tokens.js';
import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { Clock } from '../../domain/clock.js';
import { decodeIdOfType, type OrderItemGlobalId } from '../../domain/ids.js';
import type { MoneyModel } from '../../domain/money.js';
import { isCancelledStatus, type OrderItemModel, type OrderModel } from '../../domain/order.js';
import type { Ledger } from '../../ledger/index.js';
import type { OwnershipRecord } from '../../ledger/ownership.js';
import type { Metrics } from '../../observability/metrics.js';
import type { SecurityEvents } from '../../observability/security-events.js';
import type { BookerCheck } from '../booker-check.js';
import {
  TERMINAL_STATES,
  type JournalEntry,
  type JournalState,
  type TransitionPatch,
} from '../../ledger/journal.js';
import { assertNever } from '../../lib/assert-never.js';
import type { Logger } from '../../lib/logger.js';
import type { Loaders } from '../../loaders/index.js';
import type { BookingProvider, ProviderRegistry } from '../../providers/port.js';
import { cancelledOutcome, earlyRefusal, itemsCovered, quoteFor, refusalOutcome } from './decide.js';
import { reviveOutcome, serializeOutcome } from './snapshot.js';
import { validateRequest, type CancelOrderItemRequest } from './validate.js';
import type { OutcomeOutbox } from './outbox.js';

export type { CancelOrderItemRequest } from './validate.js';

/**
 * A per-order lock is a lease of this length, renewed every third of it while its cancel runs, and
 * checked (fenced) right before the provider call. Once the call is journalled as SENT the lock is
 * never taken over, however old, until a read settles the outcome; so even a lease that lapses in a
 * stall cannot let a second request send. An unknown outcome holds the item for a day.
 */
export const LOCK_TTL_MS = 30_000;
export const UNKNOWN_HOLD_MS = 24 * 3_600_000;
export const RECHECK_AFTER_MS = 30_000;

export interface CancellationDeps {
  readonly ledger: Ledger;
  readonly providers: ProviderRegistry;
  readonly loaders: Loaders;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly security: SecurityEvents;
  readonly bookerMatches: BookerCheck;
  readonly outbox: OutcomeOutbox;
  /** This process's id in the ledger's instance table: journal entries it takes on name it. */
  readonly instanceId: string;
  /** The per-order lock's lease (`CANCEL_LOCK_LEASE_MS`, default `LOCK_TTL_MS`). */
  readonly lockLeaseMs?: number;
}

interface Attempt {
  readonly owner: OwnershipRecord;
  readonly entry: JournalEntry;
  readonly id: OrderItemGlobalId;
  readonly provider: BookingProvider;
  readonly request: CancelOrderItemRequest;
  readonly expectedRefund: MoneyModel | null;
}

export const lockKeyOf = (id: { provider: string; orderRef: string }) => `${id.provider}|${id.orderRef}`;

/**
 * `cancelOrderItem` (DESIGN §5): ownership → idempotency claim → per-order lock → fresh read → early
 * refusals → journalled intent → exactly one provider call → verification. A lost answer is UNKNOWN:
 * the item stays locked until a read (a retry with the same key, or the reconciler) settles it.
 */
export function createCancellationService(deps: CancellationDeps) {
  const { ledger, clock, logger } = deps;
  const journal = ledger.journal;

  /** The order as the provider has it now; with `owner`, a booker differing from the ledger's is not found. */
  async function freshOrder(
    id: OrderItemGlobalId,
    owner?: OwnershipRecord,
  ): Promise<{ order: OrderModel; item: OrderItemModel } | null> {
    const key = { provider: id.provider, orderRef: id.orderRef };
    const order = await deps.loaders.order.clear(key).load(key);
    if (order && owner && !(await deps.bookerMatches(owner, order))) return null;
    const item = order?.items.find(i => i.providerReference === id.itemRef);
    return order && item ? { order, item } : null;
  }

  /** Moves the entry to `to`, storing `outcome` as the answer a same-key retry replays; returns it. */
  async function settle<T extends CancellationOutcome | null>(
    entry: JournalEntry,
    from: readonly JournalState[],
    to: JournalState,
    outcome: T,
  ): Promise<T> {
    await journal.transition(entry.id, from, to, clock.now(), {
      responseSnapshot: outcome ? serializeOutcome(outcome) : null,
      nextCheckAt: null,
    });
    return outcome;
  }

  /**
   * Sends the cancel once and records what the provider answered. Every journal write here records
   * a fact about the provider, so it goes through the outbox: when the journal cannot take it now, the
   * client still gets the truth and the lock is kept until the write lands.
   */
  async function afterSend(
    attempt: Attempt,
    order: OrderModel,
    item: OrderItemModel,
    quote: ReturnType<typeof quoteFor>,
  ): Promise<{ outcome: CancellationOutcome; holdLock: boolean }> {
    const { entry, id, provider, request } = attempt;
    const lockKey = lockKeyOf(id);
    const answer = await provider
      .cancel({ order, item, reason: request.reason, note: request.note ?? null, journalId: entry.id })
      .catch((error: unknown) => ({
        kind: 'unknown' as const,
        cause: error instanceof Error ? error.name : 'error',
      }));
    logger.info(
      { journalId: entry.id, provider: id.provider, answer: answer.kind },
      'provider answered a cancel',
    );
    // Like `settle`, but through the outbox: the answer is stored as the snapshot a same-key retry
    // replays. Landed: the caller releases the lock. Pending: the outbox releases it once it lands.
    const record = async (
      to: JournalState,
      outcome: CancellationOutcome | null,
      patch: TransitionPatch = {},
    ) => {
      const landed = await deps.outbox.record({
        entryId: entry.id,
        from: ['SENT'],
        to,
        patch: { responseSnapshot: outcome ? serializeOutcome(outcome) : null, nextCheckAt: null, ...patch },
        lockKey,
        outcome,
      });
      return { holdLock: !landed };
    };
    switch (answer.kind) {
      case 'accepted': {
        const verified = await freshOrder(id).catch(() => null);
        const outcome = cancelledOutcome(
          order,
          verified?.item ?? { ...item, status: 'CANCELLATION_PENDING' },
          clock.now(),
          quote,
          answer,
        );
        const { holdLock } = await record('SUCCEEDED', outcome, {
          providerRequestId: answer.providerRequestId,
        });
        return { outcome, holdLock };
      }
      case 'refused': {
        const outcome = refusalOutcome(answer, item);
        const { holdLock } = await record('REFUSED', outcome);
        return { outcome, holdLock };
      }
      case 'unavailable': {
        const outcome: CancellationOutcome = {
          kind: 'provider_unavailable',
          provider: id.provider,
          detail: answer.detail,
          retryAfterSeconds: answer.retryAfterSeconds,
        };
        const { holdLock } = await record('NOT_SENT', null);
        return { outcome, holdLock };
      }
      case 'unknown': {
        await journal
          .extendLock(lockKey, entry.id, new Date(clock.now().getTime() + UNKNOWN_HOLD_MS))
          .catch(() => undefined);
        const moved = await journal
          .transition(entry.id, ['SENT'], 'UNKNOWN', clock.now(), {
            nextCheckAt: new Date(clock.now().getTime() + RECHECK_AFTER_MS),
          })
          .catch(() => false);
        // Not recorded as UNKNOWN: the row stays SENT (its lock is never taken over) for the reconciler.
        if (!moved) return { outcome: { kind: 'outcome_unknown', provider: id.provider }, holdLock: true };
        return { outcome: await resolveUnknown(attempt, quote, false), holdLock: true };
      }
      default:
        return assertNever(answer);
    }
  }

  async function run(attempt: Attempt): Promise<CancellationOutcome> {
    const { entry, id, request } = attempt;
    const lockKey = lockKeyOf(id);
    const leaseMs = deps.lockLeaseMs ?? LOCK_TTL_MS;
    if (!(await journal.lock(lockKey, entry.id, clock.now(), leaseMs))) {
      // Another cancel of this order is running or unsettled: never a second provider call.
      await settle(entry, ['RECEIVED'], 'NOT_SENT', null);
      return { kind: 'in_progress', provider: id.provider };
    }
    let holdLock = false;
    // Renewed while this cancel runs, so a slow read does not lose the lock; the fence below is what
    // makes losing it safe.
    const lease = setInterval(() => {
      void journal.renewLock(lockKey, entry.id, clock.now(), leaseMs).catch(() => false);
    }, leaseMs / 3);
    lease.unref();
    try {
      let read;
      try {
        read = await freshOrder(id, attempt.owner);
      } catch {
        await settle(entry, ['RECEIVED'], 'NOT_SENT', null);
        return { kind: 'provider_unavailable', provider: id.provider, detail: null, retryAfterSeconds: null };
      }
      if (!read) return await settle(entry, ['RECEIVED'], 'ANSWERED', { kind: 'not_found' } as const);
      const { order, item } = read;
      const now = clock.now();
      const refusal = earlyRefusal(order, item, now, {
        acceptWholeOrder: request.acceptWholeOrder === true,
        expectedRefund: attempt.expectedRefund,
      });
      if (refusal) return await settle(entry, ['RECEIVED'], 'ANSWERED', refusal);
      const quote = quoteFor(itemsCovered(order, item), now);

      // Fencing: only the lock's current holder may send. If the lease lapsed and another request took
      // it, that one decides; this one sent nothing and says so.
      if (!(await journal.renewLock(lockKey, entry.id, clock.now(), leaseMs))) {
        await settle(entry, ['RECEIVED'], 'NOT_SENT', null);
        return { kind: 'in_progress', provider: id.provider };
      }
      if (
        !(await journal.transition(entry.id, ['RECEIVED'], 'SENT', now, {
          countAttempt: true,
          holderInstance: deps.instanceId,
        }))
      ) {
        return { kind: 'in_progress', provider: id.provider };
      }
      // From here on the provider may have acted: nothing below may throw, and a journal write that
      // fails goes to the outbox while the client is told what the provider said.
      try {
        const settled = await afterSend(attempt, order, item, quote);
        holdLock = settled.holdLock;
        return settled.outcome;
      } catch (error) {
        holdLock = true;
        logger.error(
          { journalId: entry.id, provider: id.provider, err: error instanceof Error ? error.name : 'error' },
          'cancellation outcome could not be settled after sending',
        );
        return { kind: 'outcome_unknown', provider: id.provider };
      }
    } finally {
      clearInterval(lease);
      // A lock that cannot be released now lapses with its lease; the answer stands either way.
      if (!holdLock) await journal.unlock(lockKey, entry.id).catch(() => undefined);
    }
  }

  /**
   * An unknown outcome: read the provider. Cancelled → success. Not cancelled → on a client retry
   * (`resend`), send again through the normal path, which re-checks the window first.
   */
  async function resolveUnknown(
    attempt: Attempt,
    quote: ReturnType<typeof quoteFor>,
    resend: boolean,
  ): Promise<CancellationOutcome> {
    const { entry, id } = attempt;
    const read = await freshOrder(id).catch(() => null);
    if (read && isCancelledStatus(read.item.status)) {
      const outcome = cancelledOutcome(
        read.order,
        read.item,
        clock.now(),
        quote ?? quoteFor([read.item], entry.createdAt),
        null,
      );
      if (
        await journal.transition(entry.id, ['UNKNOWN'], 'SUCCEEDED', clock.now(), {
          responseSnapshot: serializeOutcome(outcome),
          nextCheckAt: null,
        })
      ) {
        await journal.unlock(lockKeyOf(id), entry.id);
      }
      return outcome;
    }
    if (
      read &&
      resend &&
      (await journal.transition(entry.id, ['UNKNOWN'], 'RECEIVED', clock.now(), {
        nextCheckAt: null,
        holderInstance: deps.instanceId,
      }))
    ) {
      return run(attempt);
    }
    return { kind: 'outcome_unknown', provider: id.provider };
  }

  async function cancelOrderItem(
    caller: Caller,
    request: CancelOrderItemRequest,
  ): Promise<CancellationOutcome> {
    const checked = validateRequest(request);
    if (!checked.ok) return checked.outcome;
    const id = decodeIdOfType(request.orderItemId, 'OrderItem');
    if (!id) return { kind: 'not_found' };
    // Ownership before anything else: a foreign item gets the same answer as a missing one.
    const owner = await ledger.ownership.find(id.provider, id.orderRef);
    if (!owner) return { kind: 'not_found' };
    if (owner.customerId !== caller.customerId) {
      deps.security.report('foreign_cancel_denied', { provider: id.provider, ownershipId: owner.id });
      return { kind: 'not_found' };
    }
    const provider = deps.providers.get(id.provider);
    if (!provider)
      return { kind: 'provider_unavailable', provider: id.provider, detail: null, retryAfterSeconds: null };
    if (provider.unsupportedReasons?.has(request.reason)) {
      return {
        kind: 'invalid',
        field: 'reason',
        message: 'This provider does not accept that cancellation reason.',
        provider: id.provider,
      };
    }

    const claim = await journal.claim(
      {
        customerId: caller.customerId,
        idempotencyKey: request.idempotencyKey,
        fingerprint: checked.fingerprint,
        provider: id.provider,
        orderRef: id.orderRef,
        itemRef: id.itemRef,
      },
      clock.now(),
      deps.instanceId,
    );
    const attempt: Attempt = {
      owner,
      entry: claim.entry,
      id,
      provider,
      request,
      expectedRefund: checked.expectedRefund,
    };
    if (claim.kind === 'claimed') return run(attempt);

    const entry = claim.entry;
    if (entry.fingerprint !== checked.fingerprint) return { kind: 'key_reused' };
    // Answered already, but the journal has not taken it yet: the same answer again.
    const pending = deps.outbox.pendingOutcome(entry.id);
    if (pending) return pending;
    if (TERMINAL_STATES.includes(entry.state) && entry.responseSnapshot)
      return reviveOutcome(entry.responseSnapshot);
    if (entry.state === 'UNKNOWN') return resolveUnknown(attempt, null, true);
    if (
      entry.state === 'NOT_SENT' &&
      (await journal.transition(entry.id, ['NOT_SENT'], 'RECEIVED', clock.now(), {
        holderInstance: deps.instanceId,
      }))
    )
      return run(attempt);
    return { kind: 'in_progress', provider: id.provider };
  }

  return {
    /** Never throws for expected failures: every ending is a `CancellationOutcome`. */
    async cancelOrderItem(caller: Caller, request: CancelOrderItemRequest): Promise<CancellationOutcome> {
      const outcome = await cancelOrderItem(caller, request);
      const provider = decodeIdOfType(request.orderItemId, 'OrderItem')?.provider ?? 'NONE';
      deps.metrics.cancellation(provider, outcome.kind);
      return outcome;
    },
  };
}

export type CancellationService = ReturnType<typeof createCancellationService>;
