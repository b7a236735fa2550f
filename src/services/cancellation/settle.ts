import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { OrderModel } from '../../domain/order.js';
import type { RefundQuoteModel } from '../../domain/cancellability.js';
import type { JournalState, TransitionPatch } from '../../ledger/journal.js';
import { assertNever } from '../../lib/assert-never.js';
import type { ProviderCancelOutcome } from '../../providers/port.js';
import { notesFor, nudgeLive } from './after-answer.js';
import { readFresh, type Attempt } from './attempt.js';
import { cancelsWholeOrder, changesOf, type Call, type Member } from './call.js';
import { cancelledOutcome, refusalOutcome } from './decide.js';
import { answered, customerCancel } from './history.js';
import type { CancellationDeps } from './deps.js';
import { RECHECK_AFTER_MS, UNKNOWN_HOLD_MS, type LockHold } from './lock.js';
import { settleByReading } from './settle-by-reading.js';
import { serializeOutcome } from './snapshot.js';

export interface Settled {
  readonly outcome: CancellationOutcome;
  /** False while the answer is not on record yet (it waits in the outbox). */
  readonly onRecord: boolean;
}

/**
 * Records what the provider answered, for every entry of the call (one answer settles them all).
 * Every write here records a fact about the provider, so it goes through the outbox, which from here
 * owns the lock: when the journal cannot take the answer now, the client still gets the truth, and
 * the lock is released once the write lands. Returns one `Settled` per member, in order.
 */
export async function settle(
  deps: CancellationDeps,
  call: Call,
  answer: ProviderCancelOutcome,
  hold: LockHold,
): Promise<Settled[]> {
  switch (answer.kind) {
    case 'accepted': {
      const [lead] = call.members;
      const { loaders } = lead.attempt.scope;
      const verified = await readFresh(deps.bookerMatches, loaders, lead.attempt.id, null).catch(() => null);
      // A call's own figures are its items' when it stands for one cancellation: one item, or a whole order.
      const figures = call.members.length === 1 || cancelsWholeOrder(call) ? answer : null;
      const patch = { providerRequestId: answer.providerRequestId };
      return Promise.all(
        call.members.map(async member => {
          const { item: cleared } = member.cleared;
          const read = verified?.order.items.find(i => i.providerReference === cleared.providerReference);
          const item = read ?? { ...cleared, status: 'CANCELLATION_PENDING' as const };
          const outcome = cancelledOutcome(call.order, item, deps.clock.now(), member.cleared.quote, figures);
          const after = verified?.order ?? null;
          return noted(
            deps,
            member,
            await record(deps, call, member, hold, outcome, 'SUCCEEDED', patch, after),
          );
        }),
      );
    }
    case 'refused':
      return Promise.all(
        call.members.map(async member => {
          const outcome = refusalOutcome(answer, member.cleared.item);
          return noted(deps, member, await record(deps, call, member, hold, outcome, 'REFUSED'));
        }),
      );
    case 'unavailable': {
      const { detail, retryAfterSeconds } = answer;
      return Promise.all(
        call.members.map(member => {
          const provider = member.attempt.id.provider;
          const outcome = { kind: 'provider_unavailable', provider, detail, retryAfterSeconds } as const;
          // Nothing was applied: no snapshot is kept, so a same-key retry may try again.
          return record(deps, call, member, hold, outcome, 'NOT_SENT', {}, null, false);
        }),
      );
    }
    case 'unknown': {
      await hold.keepUntil(new Date(deps.clock.now().getTime() + UNKNOWN_HOLD_MS)).catch(() => undefined);
      const settled: Settled[] = [];
      for (const member of call.members)
        settled.push({ outcome: await settleUnknown(deps, call, member), onRecord: true });
      return settled;
    }
    default:
      return assertNever(answer);
  }
}

/** One member's answer to the journal, with its changes and notes, through the outbox. */
async function record(
  deps: CancellationDeps,
  call: Call,
  member: Member,
  hold: LockHold,
  outcome: CancellationOutcome,
  to: JournalState,
  patch: TransitionPatch = {},
  after: OrderModel | null = null,
  replayed = true,
): Promise<Settled> {
  const { attempt, cleared } = member;
  const ctx = customerCancel(attempt, deps.clock.now());
  const changes = changesOf(call, member, answered(ctx, outcome, call.order, cleared.item, after));
  const stored = replayed ? outcome : null;
  const alongside = stored ? notesFor(deps, call.order, cleared.item, stored, ctx.at) : undefined;
  const onRecord = await recordAnswer(deps, attempt, hold, to, stored, { ...patch, changes, alongside });
  return { outcome, onRecord };
}

/** Live subscribers are told at once (the notes went in with the answer). */
function noted(deps: CancellationDeps, member: Member, settled: Settled): Settled {
  nudgeLive(deps, member.cleared.item, settled.outcome);
  return settled;
}

/** The answer to the journal through the outbox, which releases the lock once it has landed. */
function recordAnswer(
  deps: CancellationDeps,
  attempt: Attempt,
  hold: LockHold,
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

/** A lost answer (the order is already held for a day): recorded as UNKNOWN, then a read settles it now if it can. */
async function settleUnknown(
  deps: CancellationDeps,
  call: Call,
  member: Member,
): Promise<CancellationOutcome> {
  const now = deps.clock.now();
  const { attempt, cleared } = member;
  const unknown = { kind: 'outcome_unknown', provider: attempt.id.provider } as const;
  const ctx = customerCancel(attempt, now);
  const changes = changesOf(call, member, answered(ctx, unknown, call.order, cleared.item, null));
  const nextCheckAt = new Date(now.getTime() + RECHECK_AFTER_MS);
  const moved = await deps.ledger.journal
    .transition(attempt.entry.id, ['SENT'], 'UNKNOWN', now, { nextCheckAt, changes })
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
