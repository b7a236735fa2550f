import { describe, expect, it } from 'vitest';
import { fromDecimal, toDecimal } from '../../../src/domain/money.js';
import { buildPolicy, type PolicyTier } from '../../../src/domain/policy.js';
import { evaluateCancellability } from '../../../src/domain/cancellability.js';
import { anItem } from '../../helpers/builders.js';

const EUR = (amount: string) => fromDecimal(amount, 'EUR');
const start = new Date('2030-06-10T10:00:00Z');
const at = (iso: string) => new Date(iso);

function itemWith(
  tiers: PolicyTier[],
  total = EUR('100.00'),
  overrides: Parameters<typeof anItem>[0] = { provider: 'IMIN', orderRef: 'x' },
) {
  return anItem({
    ...overrides,
    price: total,
    startsAt: start,
    cancellationPolicy: buildPolicy({ total, tiers, endsAt: start, scope: 'ITEM' }),
  });
}

function quote(item: ReturnType<typeof itemWith>, when: string) {
  const verdict = evaluateCancellability(item, at(when));
  return verdict.cancellable && verdict.quote
    ? {
        refund: toDecimal(verdict.quote.refund),
        fee: toDecimal(verdict.quote.fee),
        validUntil: verdict.quote.validUntil?.toISOString() ?? null,
      }
    : {
        reason: verdict.cancellable ? 'no quote' : verdict.reason,
        deadline: verdict.deadline?.toISOString() ?? null,
      };
}

describe('free cancellation until a deadline (OpenActive style)', () => {
  const deadline = at('2030-06-09T10:00:00Z');
  const item = itemWith([
    { from: null, charge: { kind: 'refundPercent', percent: 100 } },
    { from: deadline, charge: { kind: 'notCancellable' } },
  ]);

  it('is a free-cancellation policy with its deadline', () => {
    expect(item.cancellationPolicy?.type).toBe('FREE_CANCELLATION');
    expect(item.cancellationPolicy?.freeCancellationUntil).toEqual(deadline);
    expect(item.cancellationPolicy?.windows).toHaveLength(2);
  });

  it('refunds in full before the deadline', () => {
    expect(quote(item, '2030-06-01T00:00:00Z')).toEqual({
      refund: '100.00',
      fee: '0.00',
      validUntil: deadline.toISOString(),
    });
  });

  it('closes the window at the deadline exactly', () => {
    expect(quote(item, '2030-06-09T10:00:00Z')).toEqual({
      reason: 'WINDOW_CLOSED',
      deadline: deadline.toISOString(),
    });
  });

  it('says STARTED once the item has begun', () => {
    expect(quote(item, '2030-06-10T10:00:00Z')).toMatchObject({ reason: 'STARTED' });
  });
});

describe('stepped fees (Booking.com style)', () => {
  const item = itemWith([
    { from: at('2030-06-01T00:00:00Z'), charge: { kind: 'feeAmount', amount: EUR('30.00') } },
    { from: at('2030-06-08T00:00:00Z'), charge: { kind: 'feeAmount', amount: EUR('100.00') } },
  ]);

  it('is free before the first step', () => {
    // Tiers without a "since booking" step: nothing before the first one, so no window there.
    expect(quote(item, '2030-05-01T00:00:00Z')).toMatchObject({ reason: 'WINDOW_CLOSED' });
  });

  it('charges the step in force and refunds the rest', () => {
    const free = itemWith([
      { from: null, charge: { kind: 'feeAmount', amount: EUR('0') } },
      { from: at('2030-06-01T00:00:00Z'), charge: { kind: 'feeAmount', amount: EUR('30.00') } },
      { from: at('2030-06-08T00:00:00Z'), charge: { kind: 'feeAmount', amount: EUR('100.00') } },
    ]);
    expect(quote(free, '2030-05-01T00:00:00Z')).toMatchObject({ refund: '100.00', fee: '0.00' });
    expect(quote(free, '2030-06-02T00:00:00Z')).toMatchObject({
      refund: '70.00',
      fee: '30.00',
      validUntil: '2030-06-08T00:00:00.000Z',
    });
    expect(quote(free, '2030-06-09T00:00:00Z')).toMatchObject({ refund: '0.00', fee: '100.00' });
    expect(free.cancellationPolicy?.type).toBe('FREE_CANCELLATION');
    expect(free.cancellationPolicy?.freeCancellationUntil?.toISOString()).toBe('2030-06-01T00:00:00.000Z');
  });

  it('caps a fee above the total at the total', () => {
    const capped = itemWith([{ from: null, charge: { kind: 'feeAmount', amount: EUR('500.00') } }]);
    expect(quote(capped, '2030-06-02T00:00:00Z')).toMatchObject({ refund: '0.00', fee: '100.00' });
    expect(capped.cancellationPolicy?.type).toBe('NON_REFUNDABLE');
  });
});

describe('percentage and absolute refunds (Musement style)', () => {
  const item = itemWith(
    [
      { from: null, charge: { kind: 'refundPercent', percent: 100 } },
      { from: at('2030-06-03T10:00:00Z'), charge: { kind: 'refundPercent', percent: '50' } },
      { from: at('2030-06-09T10:00:00Z'), charge: { kind: 'refundAmount', amount: EUR('5.00') } },
    ],
    EUR('59.99'),
  );

  it('returns each tier in turn', () => {
    expect(quote(item, '2030-06-01T00:00:00Z')).toMatchObject({ refund: '59.99', fee: '0.00' });
    expect(quote(item, '2030-06-05T00:00:00Z')).toMatchObject({ refund: '30.00', fee: '29.99' });
    expect(quote(item, '2030-06-09T12:00:00Z')).toMatchObject({ refund: '5.00', fee: '54.99' });
  });

  it('records the refund share per window', () => {
    expect(item.cancellationPolicy?.windows.map(w => w.refundPercent)).toEqual([100, 50.01, 8.33]);
  });
});

describe('NON_REFUNDABLE has one meaning for every provider: cancellable, nothing comes back', () => {
  it('a policy whose every window cancels for 0 is NON_REFUNDABLE and cancellable', () => {
    const item = itemWith([{ from: null, charge: { kind: 'refundPercent', percent: 0 } }]);
    expect(item.cancellationPolicy?.type).toBe('NON_REFUNDABLE');
    expect(quote(item, '2030-06-01T00:00:00Z')).toMatchObject({ refund: '0.00', fee: '100.00' });
  });

  it('terms that allow no cancellation are NON_CANCELLABLE, and that is the reason given', () => {
    const item = itemWith([{ from: null, charge: { kind: 'notCancellable' } }]);
    expect(item.cancellationPolicy?.type).toBe('NON_CANCELLABLE');
    expect(quote(item, '2030-06-01T00:00:00Z')).toEqual({ reason: 'NON_CANCELLABLE', deadline: null });
  });
});

describe('non-refundable and unusual states', () => {
  it('a partially refundable policy with no free window', () => {
    const item = itemWith([{ from: null, charge: { kind: 'feePercent', percent: 20 } }]);
    expect(item.cancellationPolicy?.type).toBe('PARTIALLY_REFUNDABLE');
    expect(quote(item, '2030-06-01T00:00:00Z')).toMatchObject({ refund: '80.00', fee: '20.00' });
  });

  it.each([
    ['CANCELLED_BY_CUSTOMER', 'ALREADY_CANCELLED'],
    ['CANCELLATION_PENDING', 'ALREADY_CANCELLED'],
    ['CANCELLED_BY_PROVIDER', 'ALREADY_CANCELLED'],
    ['ATTENDED', 'ATTENDED'],
    ['NO_SHOW', 'NO_SHOW'],
    ['UNKNOWN', 'UNKNOWN_STATUS'],
    ['FAILED', 'NOT_CONFIRMED'],
  ] as const)('status %s is not cancellable (%s)', (status, reason) => {
    const item = { ...itemWith([{ from: null, charge: { kind: 'refundPercent', percent: 100 } }]), status };
    expect(quote(item, '2030-06-01T00:00:00Z')).toMatchObject({ reason });
  });

  it('no policy means not cancellable', () => {
    const item = { ...itemWith([]), cancellationPolicy: null };
    expect(quote(item, '2030-06-01T00:00:00Z')).toMatchObject({ reason: 'NO_POLICY' });
  });

  it("the provider's present word wins over the computed window", () => {
    const open = itemWith([{ from: null, charge: { kind: 'refundPercent', percent: 100 } }]);
    expect(quote({ ...open, presentlyCancellable: false }, '2030-06-01T00:00:00Z')).toMatchObject({
      reason: 'PROVIDER_REFUSES',
    });
    const closed = itemWith([
      { from: null, charge: { kind: 'refundPercent', percent: 100 } },
      { from: at('2030-05-01T00:00:00Z'), charge: { kind: 'notCancellable' } },
    ]);
    expect(quote({ ...closed, presentlyCancellable: true }, '2030-06-01T00:00:00Z')).toMatchObject({
      refund: '100.00',
      validUntil: null,
    });
  });
});
