import { describe, expect, it } from 'vitest';
import { fromDecimal } from '../../../src/domain/money.js';
import { buildPolicy } from '../../../src/domain/policy.js';
import {
  cancelledOutcome,
  earlyRefusal,
  itemsCovered,
  quoteAsBooked,
  quoteFor,
  refusalOutcome,
} from '../../../src/services/cancellation/decide.js';
import { anItem, anOrder, UUIDS } from '../../helpers/builders.js';

const NOW = new Date('2030-05-01T00:00:00Z');
const START = new Date('2030-06-01T10:00:00Z');
const eur = (amount: string) => fromDecimal(amount, 'EUR');
const options = { acceptWholeOrder: false, expectedRefund: null };

/** Half back until a week before the start, nothing after. */
const halfUntilWeekBefore = (scope: 'ITEM' | 'ORDER') =>
  buildPolicy({
    total: eur('40.00'),
    scope,
    endsAt: START,
    tiers: [
      { from: null, charge: { kind: 'refundPercent', percent: 50 } },
      { from: new Date('2030-05-25T10:00:00Z'), charge: { kind: 'notCancellable' } },
    ],
  });

const item = (ref: string, scope: 'ITEM' | 'ORDER' = 'ITEM') =>
  anItem({
    provider: 'BOOKING_COM',
    orderRef: '1',
    providerReference: ref,
    cancellationPolicy: halfUntilWeekBefore(scope),
  });

describe('earlyRefusal: what a fresh read refuses before anything is sent', () => {
  it('nothing to refuse while the window is open', () => {
    expect(earlyRefusal(anOrder('BOOKING_COM', '1', [item('a')]), item('a'), NOW, options)).toBeNull();
  });

  it('an item cancelled already, a closed window, a started booking', () => {
    const cancelled = { ...item('a'), status: 'CANCELLED_BY_CUSTOMER' as const };
    expect(earlyRefusal(anOrder('BOOKING_COM', '1', [cancelled]), cancelled, NOW, options)).toMatchObject({
      kind: 'already_cancelled',
    });
    const late = new Date('2030-05-28T00:00:00Z');
    expect(earlyRefusal(anOrder('BOOKING_COM', '1', [item('a')]), item('a'), late, options)).toMatchObject({
      kind: 'window_closed',
      closedAt: new Date('2030-05-25T10:00:00Z'),
    });
    const after = new Date('2030-06-02T00:00:00Z');
    expect(earlyRefusal(anOrder('BOOKING_COM', '1', [item('a')]), item('a'), after, options)).toMatchObject({
      kind: 'window_closed',
    });
  });

  it('a whole-order provider asks for consent, then quotes the whole order', () => {
    const order = anOrder('BOOKING_COM', '1', [item('a', 'ORDER'), item('b', 'ORDER')]);
    const [first] = order.items;
    expect(earlyRefusal(order, first!, NOW, options)).toMatchObject({
      kind: 'whole_order_required',
      affectedItems: [{ providerReference: 'a' }, { providerReference: 'b' }],
    });
    expect(itemsCovered(order, first!)).toHaveLength(2);
    expect(quoteFor(itemsCovered(order, first!), NOW)?.refund).toEqual(eur('40.00'));
    expect(earlyRefusal(order, first!, NOW, { acceptWholeOrder: true, expectedRefund: null })).toBeNull();
  });

  it('a refund that moved since the customer saw it', () => {
    const order = anOrder('BOOKING_COM', '1', [item('a')]);
    expect(
      earlyRefusal(order, item('a'), NOW, { acceptWholeOrder: false, expectedRefund: eur('40.00') }),
    ).toEqual({
      kind: 'refund_changed',
      provider: 'BOOKING_COM',
      expected: eur('40.00'),
      current: eur('20.00'),
    });
  });
});

describe('refusalOutcome and cancelledOutcome: the provider answer as the customer answer', () => {
  const refused = (
    reason: 'NOT_PERMITTED' | 'WINDOW_CLOSED' | 'ALREADY_CANCELLED' | 'MANUAL_REQUIRED' | 'NOT_FOUND',
  ) =>
    refusalOutcome(
      { kind: 'refused', reason, detail: null, retryable: true, retryAfterSeconds: 60 },
      item('a'),
    );

  it.each([
    ['NOT_PERMITTED', { kind: 'not_permitted', retryable: true, retryAfterSeconds: 60 }],
    // Issue #28: the item is gone at the provider, answered as a missing one (it was not_permitted).
    ['NOT_FOUND', { kind: 'not_found' }],
    ['WINDOW_CLOSED', { kind: 'window_closed', closedAt: null }],
    ['ALREADY_CANCELLED', { kind: 'already_cancelled' }],
    ['MANUAL_REQUIRED', { kind: 'manual_required' }],
  ] as const)('%s → %j', (reason, expected) => {
    expect(refused(reason)).toMatchObject(expected);
  });

  it('an item that already reads cancelled (a lost answer settled by a read) is quoted on its terms as booked', () => {
    const booked = anOrder('IMIN', UUIDS.a).items[0]!;
    const cancelled = { ...booked, status: 'CANCELLATION_PENDING' as const, presentlyCancellable: false };
    expect(quoteFor([cancelled], NOW)).toBeNull();
    expect(quoteAsBooked([cancelled], NOW)).toEqual(quoteFor([booked], NOW));
    expect(quoteAsBooked([cancelled], NOW)?.refund).toEqual(booked.price);
  });

  it('pending until the provider shows it cancelled; amounts from the answer, else the quote', () => {
    const order = anOrder('IMIN', UUIDS.a);
    const pending = { ...order.items[0]!, status: 'CANCELLATION_PENDING' as const };
    const quote = { refund: eur('40.00'), fee: eur('0.00'), validUntil: null, binding: false };
    expect(cancelledOutcome(order, pending, NOW, quote, null)).toMatchObject({
      state: 'PENDING',
      refund: eur('40.00'),
      cancelledAt: NOW,
    });
    const done = { ...pending, status: 'CANCELLED_BY_CUSTOMER' as const };
    expect(
      cancelledOutcome(order, done, NOW, quote, { refund: eur('35.00'), fee: eur('5.00') }),
    ).toMatchObject({
      state: 'CONFIRMED',
      refund: eur('35.00'),
      fee: eur('5.00'),
    });
  });
});
