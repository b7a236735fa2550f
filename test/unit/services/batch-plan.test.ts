// The maths of cancelOrderItems: which items go in which provider call, the combined quote, and
// the totals of the answer (a whole-order cancel's refund counted once).
import { describe, expect, it } from 'vitest';
import type { CancellationOutcome } from '../../../src/domain/cancellation.js';
import type { CancellabilityModel, RefundQuoteModel } from '../../../src/domain/cancellability.js';
import { fromDecimal } from '../../../src/domain/money.js';
import type { OrderItemModel } from '../../../src/domain/order.js';
import {
  appliesAtomically,
  capabilityOf,
  combinedQuote,
  planBatch,
} from '../../../src/services/cancellation/batch/plan.js';
import {
  composeResult,
  distinctCancellations,
  totalOf,
} from '../../../src/services/cancellation/batch/result.js';
import { ownsChange } from '../../../src/services/cancellation/call.js';
import { anItem, anOrder } from '../../helpers/builders.js';

const eur = (amount: string) => fromDecimal(amount, 'EUR');
const quote = (refund: string, fee: string, validUntil: string | null, binding = true): RefundQuoteModel => ({
  refund: eur(refund),
  fee: eur(fee),
  validUntil: validUntil ? new Date(validUntil) : null,
  binding,
});
const open = (q: RefundQuoteModel | null): CancellabilityModel => ({
  cancellable: true,
  deadline: null,
  quote: q,
});
const closed: CancellabilityModel = { cancellable: false, reason: 'WINDOW_CLOSED', deadline: null };

const items = ['a', 'b', 'c', 'd'].map(ref =>
  anItem({ provider: 'IMIN', orderRef: 'order-1', providerReference: ref }),
);
const order = anOrder('IMIN', 'order-1', items);
const verdicts = (map: Record<string, CancellabilityModel>) => (item: OrderItemModel) =>
  map[item.providerReference] ?? open(quote('10.00', '0.00', null));

const ONE_EACH = capabilityOf({});
const IMIN = capabilityOf({ maxItemsPerCancel: 50 });
const WHOLE = capabilityOf({ cancelsWholeOrders: true });

describe('planBatch', () => {
  it('imin: every cancellable item in one call, the refused ones left out of it', () => {
    const plan = planBatch(order, items.slice(0, 3), verdicts({ b: closed }), {
      acceptWholeOrder: false,
      capability: IMIN,
    });
    expect(plan.calls).toEqual([[0, 2]]);
    expect(plan.refusals.map(r => r?.kind ?? null)).toEqual([null, 'window_closed', null]);
    expect(plan.covered.map(i => i.providerReference)).toEqual(['a', 'c']);
    expect(plan.quote?.refund).toEqual(eur('20.00'));
  });

  it('a provider that cancels one item per call: one call each, in request order', () => {
    const plan = planBatch(order, [items[2]!, items[0]!], verdicts({}), {
      acceptWholeOrder: false,
      capability: ONE_EACH,
    });
    expect(plan.calls).toEqual([[0], [1]]);
  });

  it('calls are split at the provider limit', () => {
    const plan = planBatch(order, items, verdicts({}), {
      acceptWholeOrder: false,
      capability: capabilityOf({ maxItemsPerCancel: 3 }),
    });
    expect(plan.calls).toEqual([[0, 1, 2], [3]]);
  });

  it('whole orders: some items only is WholeOrderRequired for each, naming every remaining item, nothing sent', () => {
    const plan = planBatch(order, [items[0]!, items[1]!], verdicts({}), {
      acceptWholeOrder: false,
      capability: WHOLE,
    });
    expect(plan.calls).toEqual([]);
    expect(plan.quote).toBeNull();
    expect(plan.refusals).toHaveLength(2);
    for (const refusal of plan.refusals) {
      expect(refusal?.kind).toBe('whole_order_required');
      if (refusal?.kind === 'whole_order_required')
        expect(refusal.affectedItems.map(i => i.providerReference)).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('whole orders with acceptWholeOrder: one call, covering and quoting every remaining item', () => {
    const cancelled = { ...items[3]!, status: 'CANCELLED_BY_CUSTOMER' as const };
    const withOneGone = anOrder('IMIN', 'order-1', [...items.slice(0, 3), cancelled]);
    const plan = planBatch(withOneGone, [items[0]!], verdicts({}), {
      acceptWholeOrder: true,
      capability: WHOLE,
    });
    expect(plan.calls).toEqual([[0]]);
    expect(plan.covered.map(i => i.providerReference)).toEqual(['a', 'b', 'c']);
    expect(plan.quote?.refund).toEqual(eur('30.00'));
  });

  it('an item whose policy is order-wide makes the call whole-order even for a per-item provider', () => {
    const orderWide = items.map(i => ({
      ...i,
      cancellationPolicy: i.cancellationPolicy && { ...i.cancellationPolicy, scope: 'ORDER' as const },
    }));
    const plan = planBatch(anOrder('IMIN', 'order-1', orderWide), [orderWide[0]!], verdicts({}), {
      acceptWholeOrder: false,
      capability: ONE_EACH,
    });
    expect(plan.refusals[0]?.kind).toBe('whole_order_required');
  });

  it('nothing cancellable: no call and no quote', () => {
    const plan = planBatch(order, [items[0]!], verdicts({ a: closed }), {
      acceptWholeOrder: false,
      capability: IMIN,
    });
    expect(plan).toMatchObject({ calls: [], covered: [], quote: null });
  });
});

describe('combinedQuote', () => {
  it('sums refunds and fees, valid until the earliest part, binding only if every part is', () => {
    const q = combinedQuote(
      items.slice(0, 3),
      verdicts({
        a: open(quote('10.00', '2.50', '2030-05-01T00:00:00Z')),
        b: open(quote('7.25', '0.00', null, false)),
        c: open(quote('1.00', '1.00', '2030-04-01T00:00:00Z')),
      }),
    );
    expect(q).toEqual({
      refund: eur('18.25'),
      fee: eur('3.50'),
      validUntil: new Date('2030-04-01T00:00:00Z'),
      binding: false,
    });
  });

  it('null when one part has no amounts, is not cancellable, or there is nothing to quote', () => {
    expect(combinedQuote(items.slice(0, 2), verdicts({ b: open(null) }))).toBeNull();
    expect(combinedQuote(items.slice(0, 2), verdicts({ b: closed }))).toBeNull();
    expect(combinedQuote([], verdicts({}))).toBeNull();
  });
});

describe('appliesAtomically', () => {
  it('one item, a whole-order cancel, or one request naming them all', () => {
    expect(appliesAtomically(ONE_EACH, 1)).toBe(true);
    expect(appliesAtomically(ONE_EACH, 2)).toBe(false);
    expect(appliesAtomically(WHOLE, 5)).toBe(true);
    expect(appliesAtomically(IMIN, 50)).toBe(true);
    expect(appliesAtomically(capabilityOf({ maxItemsPerCancel: 3 }), 4)).toBe(false);
  });
});

const cancelled = (item: OrderItemModel, refund: string, taken: readonly OrderItemModel[]) =>
  ({
    kind: 'cancelled',
    item,
    state: 'CONFIRMED',
    refund: eur(refund),
    fee: eur('0.00'),
    cancelledAt: new Date('2030-01-02T00:00:00Z'),
    cancelledItemIds: taken.map(i => i.id),
  }) satisfies CancellationOutcome;
const notFound: CancellationOutcome = { kind: 'not_found' };

describe('the answer', () => {
  it('a whole-order cancel reported by each item counts once in the total', () => {
    const both = [items[0]!, items[1]!];
    const outcomes = [
      cancelled(items[0]!, '50.00', both),
      cancelled(items[1]!, '50.00', [...both].reverse()),
    ];
    expect(distinctCancellations(outcomes)).toHaveLength(1);
    expect(composeResult(outcomes, true)).toMatchObject({ kind: 'results', totalRefund: eur('50.00') });
  });

  it('per-item cancels add up; refused items add nothing', () => {
    const outcomes: CancellationOutcome[] = [
      cancelled(items[0]!, '10.00', [items[0]!]),
      { kind: 'window_closed', provider: 'IMIN', closedAt: null, detail: null },
      cancelled(items[2]!, '2.50', [items[2]!]),
    ];
    const result = composeResult(outcomes, false);
    expect(result).toMatchObject({
      kind: 'results',
      totalRefund: eur('12.50'),
      totalFee: eur('0.00'),
      appliedAtomically: false,
    });
    if (result.kind === 'results') expect(result.results).toBe(outcomes);
  });

  it('no total when nothing was accepted, a refund is not known, or currencies differ', () => {
    expect(totalOf([])).toBeNull();
    expect(totalOf([eur('1.00'), null])).toBeNull();
    expect(totalOf([eur('1.00'), fromDecimal('1.00', 'GBP')])).toBeNull();
    expect(totalOf([eur('1.00'), eur('2.00')])).toEqual(eur('3.00'));
  });

  it('every item not found is one not-found for the whole request; one among others stays per item', () => {
    expect(composeResult([notFound, notFound], true)).toBe(notFound);
    const mixed = composeResult([notFound, cancelled(items[1]!, '1.00', [items[1]!])], false);
    expect(mixed.kind).toBe('results');
  });
});

describe('ownsChange: whose journal move records an item of a call', () => {
  it('the entry that asked for the item; an item nobody asked for, the first entry the call sent', () => {
    const asked = ['b', 'c'];
    expect(ownsChange(asked, 'b', 'b')).toBe(true);
    expect(ownsChange(asked, 'c', 'b')).toBe(false);
    expect(ownsChange(asked, 'b', 'd')).toBe(true);
    expect(ownsChange(asked, 'c', 'd')).toBe(false);
    // A change to the whole order (no item) is the first entry's too.
    expect(ownsChange(asked, 'b', null)).toBe(true);
  });
});
