import type { BatchCancellationOutcome, CancellationOutcome } from '../../../domain/cancellation.js';
import { add, type MoneyModel } from '../../../domain/money.js';

type Cancelled = Extract<CancellationOutcome, { kind: 'cancelled' }>;

/**
 * The accepted cancellations among `outcomes`, each once: the items of a whole-order cancel all
 * report the same cancellation (the order's refund), so it counts once.
 */
export function distinctCancellations(outcomes: readonly CancellationOutcome[]): Cancelled[] {
  const seen = new Map<string, Cancelled>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'cancelled') continue;
    const key = [...outcome.cancelledItemIds].sort().join('\n');
    if (!seen.has(key)) seen.set(key, outcome);
  }
  return [...seen.values()];
}

/** The sum of `amounts`; null when there are none, one is not known, or they are in several currencies. */
export function totalOf(amounts: ReadonlyArray<MoneyModel | null>): MoneyModel | null {
  const [first, ...rest] = amounts;
  if (!first || rest.some(a => a === null || a.currency !== first.currency)) return null;
  return (rest as MoneyModel[]).reduce(add, first);
}

/**
 * The answer to a `cancelOrderItems` request from its items' outcomes (request order): one refusal
 * for the whole request when every item got the same whole-request refusal (the order or its items
 * are gone, or the total changed: nothing was sent), else one result per item with the totals.
 */
export function composeResult(
  outcomes: readonly CancellationOutcome[],
  appliedAtomically: boolean,
): BatchCancellationOutcome {
  const [first] = outcomes;
  if (first?.kind === 'not_found' && outcomes.every(o => o.kind === 'not_found')) return first;
  if (first?.kind === 'refund_changed' && outcomes.every(o => o.kind === 'refund_changed')) return first;
  const accepted = distinctCancellations(outcomes);
  return {
    kind: 'results',
    results: outcomes,
    totalRefund: totalOf(accepted.map(c => c.refund)),
    totalFee: totalOf(accepted.map(c => c.fee)),
    appliedAtomically,
  };
}
