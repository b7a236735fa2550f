import type { CancellationOutcome, WholeRequestRefusal } from '../../../domain/cancellation.js';
import { evaluateCancellability } from '../../../domain/cancellability.js';
import { add, equals, type MoneyModel } from '../../../domain/money.js';
import type { OrderItemModel, OrderModel } from '../../../domain/order.js';
import { mapConcurrent } from '../../../lib/concurrent.js';
import { endWithoutSending, readOrderFresh, type Attempt } from '../attempt.js';
import type { Call, Member } from '../call.js';
import type { CancellationDeps } from '../deps.js';
import { answered, customerCancel } from '../history.js';
import { BatchLockHold, LOCK_TTL_MS, type LockHold } from '../lock.js';
import { settleOrUnknown } from '../run.js';
import { send } from '../send.js';
import { attemptAt, type BatchAttempt } from './attempt.js';
import { capabilityOf, planBatch, type BatchPlan } from './plan.js';

/**
 * At most this many of one request's provider calls run at once (a provider that cancels one item
 * per call): the HTTP layer's per-provider slots (`PROVIDER_MAX_CONCURRENT`) bound them across the
 * gateway; this keeps one customer's request from taking them all.
 */
export const CALLS_AT_ONCE = 4;

/** What this request's items cancelled earlier came to (a same-key retry), for the total the customer was shown. */
export interface Prior {
  readonly refund: MoneyModel | null;
  /** False when one of them has no known refund: the total cannot be checked then. */
  readonly known: boolean;
}

/** Each run item's outcome, by its position in the request (a whole-request refusal is every item's). */
export type BatchRunResult = ReadonlyMap<number, CancellationOutcome>;

interface Step {
  readonly position: number;
  readonly attempt: Attempt;
}

/**
 * Runs the request's items at `positions` (all of them, or those a retry takes up again) under one
 * lock of their order: one fresh read, the refusals it implies, then as few provider calls as the
 * provider allows, each exactly once, each item settled by its call's answer.
 */
export async function runBatch(
  deps: CancellationDeps,
  batch: BatchAttempt,
  positions: readonly number[],
  prior: Prior,
): Promise<BatchRunResult> {
  const steps = positions.map(position => {
    const entry = batch.entries[position];
    if (!entry) throw new RangeError(`No journal entry at position ${position}.`);
    return { position, attempt: attemptAt(batch, position, entry) };
  });
  const [lead, ...others] = steps;
  if (!lead) return new Map();
  const lease = deps.lockLeaseMs ?? LOCK_TTL_MS;
  const hold = new BatchLockHold(deps.ledger.journal, deps.clock, lead.attempt.id, batch.batchId, lease);
  if (!(await hold.take())) {
    // Another cancel of this order is running or unsettled: nothing is sent, a retry may start again.
    for (const { attempt } of steps) await endWithoutSending(deps, attempt.entry, 'NOT_SENT', null);
    return every(steps, { kind: 'in_progress', provider: lead.attempt.id.provider });
  }
  try {
    return await runLocked(deps, batch, [lead, ...others], hold, prior);
  } finally {
    // Every call has answered (or is on its way to the reconciler): the last entry to settle frees the lock.
    hold.stopRenewing();
    await hold.release();
  }
}

async function runLocked(
  deps: CancellationDeps,
  batch: BatchAttempt,
  steps: readonly [Step, ...Step[]],
  hold: BatchLockHold,
  prior: Prior,
): Promise<BatchRunResult> {
  const provider = batch.provider.id;
  let order: OrderModel | null;
  try {
    order = await readOrderFresh(deps.bookerMatches, batch.scope.loaders, steps[0].attempt.id, batch.owner);
  } catch {
    for (const { attempt } of steps) await endWithoutSending(deps, attempt.entry, 'NOT_SENT', null);
    return every(steps, { kind: 'provider_unavailable', provider, detail: null, retryAfterSeconds: null });
  }
  const items = steps.map(s => order?.items.find(i => i.providerReference === s.attempt.id.itemRef));
  if (!order || items.some(i => !i)) return refuseAll(deps, steps, order, items, { kind: 'not_found' });
  const found = items as OrderItemModel[];
  const now = deps.clock.now();
  const plan = planBatch(order, found, item => evaluateCancellability(item, now), {
    acceptWholeOrder: batch.request.acceptWholeOrder === true,
    capability: capabilityOf(batch.provider),
  });
  const changed = totalChanged(batch.expectedRefund, prior, plan);
  if (changed) return refuseAll(deps, steps, order, found, changed);
  const outcomes = new Map<number, CancellationOutcome>();
  for (const [index, step] of steps.entries()) {
    const refusal = plan.refusals[index];
    const item = found[index];
    if (!refusal || !item) continue;
    const changes = answered(customerCancel(step.attempt, now), refusal, order, item, null);
    outcomes.set(
      step.position,
      await endWithoutSending(deps, step.attempt.entry, 'ANSWERED', refusal, changes),
    );
  }
  const wholeOrder =
    capabilityOf(batch.provider).cancelsWholeOrders ||
    found.some(i => i.cancellationPolicy?.scope === 'ORDER');
  const context = { plan, wholeOrder, at: now };
  const calls = plan.calls.map(positions => callOf(order, found, steps, positions, context));
  const answers = await mapConcurrent(calls, CALLS_AT_ONCE, call => sendAndSettle(deps, call, hold.shared));
  calls.forEach((call, index) =>
    call.members.forEach((member, m) => {
      const outcome = answers[index]?.[m];
      const step = steps.find(s => s.attempt === member.attempt);
      if (step && outcome) outcomes.set(step.position, outcome);
    }),
  );
  return outcomes;
}

/** The total refund differs from what the customer was shown: the whole request is refused, nothing sent. */
function totalChanged(
  expected: MoneyModel | null,
  prior: Prior,
  plan: BatchPlan,
): Extract<WholeRequestRefusal, { kind: 'refund_changed' }> | null {
  if (!expected || !plan.quote || !prior.known) return null;
  const now = plan.quote.refund;
  if (prior.refund && prior.refund.currency !== now.currency) return null;
  const current = prior.refund ? add(prior.refund, now) : now;
  if (equals(expected, current)) return null;
  const provider = plan.covered[0]?.provider;
  return provider ? { kind: 'refund_changed', provider, expected, current } : null;
}

/**
 * One provider call for the items at `positions` (indexes into `steps`). A whole order's items
 * share its quote, as in `cancelOrderItem`; several items of one call each keep their own.
 */
function callOf(
  order: OrderModel,
  items: readonly OrderItemModel[],
  steps: readonly Step[],
  positions: readonly number[],
  context: { readonly plan: BatchPlan; readonly wholeOrder: boolean; readonly at: Date },
): Call {
  const members = positions.map((index): Member => {
    const item = items[index];
    const step = steps[index];
    if (!item || !step) throw new RangeError(`No item at index ${index} of the plan.`);
    const own = evaluateCancellability(item, context.at);
    const quote = context.wholeOrder ? context.plan.quote : own.cancellable ? own.quote : null;
    return { attempt: step.attempt, cleared: { order, item, quote } };
  });
  const [first, ...rest] = members;
  if (!first) throw new RangeError('A provider call names at least one item.');
  return { members: [first, ...rest], order };
}

/** Sends one call and settles its items; never throws once the provider may have acted. */
async function sendAndSettle(
  deps: CancellationDeps,
  call: Call,
  hold: LockHold,
): Promise<CancellationOutcome[]> {
  const called = await send(deps, call, hold).catch(() => null);
  if (!called) {
    const provider = call.members[0].attempt.id.provider;
    return call.members.map(
      () => ({ kind: 'provider_unavailable', provider, detail: null, retryAfterSeconds: null }) as const,
    );
  }
  if (!called.sent) return call.members.map(() => called.outcome);
  const settled = await settleOrUnknown(deps, call, called.answer, hold);
  return settled.map(s => s.outcome);
}

/** Every item answered the same whole-request refusal, on record, with the history it implies. */
async function refuseAll(
  deps: CancellationDeps,
  steps: readonly Step[],
  order: OrderModel | null,
  items: ReadonlyArray<OrderItemModel | undefined>,
  refusal: WholeRequestRefusal,
): Promise<BatchRunResult> {
  const now = deps.clock.now();
  for (const [index, { attempt }] of steps.entries()) {
    const item = items[index];
    const changes = order && item ? answered(customerCancel(attempt, now), refusal, order, item, null) : [];
    await endWithoutSending(deps, attempt.entry, 'ANSWERED', refusal, changes);
  }
  return new Map(steps.map(s => [s.position, refusal]));
}

const every = (steps: readonly Step[], outcome: CancellationOutcome): BatchRunResult =>
  new Map(steps.map(s => [s.position, outcome]));
