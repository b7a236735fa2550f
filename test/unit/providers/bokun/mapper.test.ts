import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../../src/domain/money.js';
import { evaluateCancellability } from '../../../../src/domain/cancellability.js';
import { toOrder } from '../../../../src/providers/bokun/mapper.js';
import type { BokunSnapshotWire } from '../../../../src/providers/bokun/schemas.js';

const START = '2030-06-10T08:00:00.000Z';
const snapshot = (penaltyRules: BokunSnapshotWire['penaltyRules']): BokunSnapshotWire => ({
  title: 'Glacier walk',
  bookedAt: '2030-05-01T00:00:00.000Z',
  startsAt: START,
  endsAt: null,
  timeZone: 'Atlantic/Reykjavik',
  price: { amountMinor: 12000, currency: 'NOK' },
  penaltyRules,
});
const quote = (rules: BokunSnapshotWire['penaltyRules'], at: string) => {
  const item = toOrder('BK-1', snapshot(rules), null).items[0]!;
  const verdict = evaluateCancellability(item, new Date(at));
  if (!verdict.cancellable) return verdict.reason;
  return verdict.quote ? `${toDecimal(verdict.quote.refund)}/${toDecimal(verdict.quote.fee)}` : 'no quote';
};

describe('Bókun penalty rules → windows', () => {
  it('no rules: free until the start', () => {
    expect(quote([], '2030-06-10T07:59:00Z')).toBe('120.00/0.00');
    expect(quote([], '2030-06-10T08:00:00Z')).toBe('STARTED');
  });

  it('a percentage charge inside the cutoff, free before it', () => {
    const rules = [{ cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' as const }];
    expect(quote(rules, '2030-06-09T07:59:00Z')).toBe('120.00/0.00');
    expect(quote(rules, '2030-06-09T08:00:00Z')).toBe('0.00/120.00');
  });

  it('stepped rules: the rule with the smallest cutoff still ahead applies', () => {
    const rules = [
      { cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' as const },
      { cutoffHours: 168, charge: '25', chargeType: 'PERCENTAGE' as const },
    ];
    expect(quote(rules, '2030-06-01T00:00:00Z')).toBe('120.00/0.00');
    expect(quote(rules, '2030-06-05T00:00:00Z')).toBe('90.00/30.00');
    expect(quote(rules, '2030-06-09T12:00:00Z')).toBe('0.00/120.00');
  });

  it('an AMOUNT charge is a fee in the booking currency, capped at the price', () => {
    expect(quote([{ cutoffHours: 48, charge: '30.50', chargeType: 'AMOUNT' }], '2030-06-09T00:00:00Z')).toBe(
      '89.50/30.50',
    );
    expect(quote([{ cutoffHours: 48, charge: '500', chargeType: 'AMOUNT' }], '2030-06-09T00:00:00Z')).toBe(
      '0.00/120.00',
    );
  });

  it("Bókun's non-refundable workaround (100 % from 1000 days) is non-refundable", () => {
    const item = toOrder(
      'BK-1',
      snapshot([{ cutoffHours: 24_000, charge: '100', chargeType: 'PERCENTAGE' }]),
      null,
    ).items[0]!;
    expect(item.cancellationPolicy).toMatchObject({ type: 'NON_REFUNDABLE', scope: 'ORDER' });
  });

  it('a booking the ledger recorded as cancelled reads cancelled with its refund', () => {
    const item = toOrder('BK-1', snapshot([]), {
      at: new Date('2030-06-01T00:00:00Z'),
      refund: { amountMinor: 12000, currency: 'NOK' },
      fee: { amountMinor: 0, currency: 'NOK' },
    }).items[0]!;
    expect(item).toMatchObject({
      status: 'CANCELLED_BY_CUSTOMER',
      cancellation: { refund: { amountMinor: 12000 } },
    });
  });
});
