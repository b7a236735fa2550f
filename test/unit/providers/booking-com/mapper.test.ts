import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../../src/domain/money.js';
import { evaluateCancellability } from '../../../../src/domain/cancellability.js';
import { reasonText, toOrder, toStatus } from '../../../../src/providers/booking-com/mapper.js';
import { accommodationOrderSchema } from '../../../../src/providers/booking-com/schemas.js';

type Step = {
  from: string | null;
  price: { accommodation_currency: number; booker_currency: number | null };
};
const step = (from: string | null, fee: number): Step => ({
  from,
  price: { accommodation_currency: fee, booker_currency: null },
});

function order(steps: Step[] | undefined, extra: Record<string, unknown> = {}) {
  return toOrder(
    accommodationOrderSchema.parse({
      id: '509430129718799',
      reservation: 12345677,
      accommodation: 10001,
      checkin: '2030-08-10',
      checkout: '2030-08-12',
      status: 'booked',
      cancellation_details: null,
      price: {
        commissionable: { accommodation_currency: 160, booker_currency: null },
        total: { accommodation_currency: 200, booker_currency: null },
      },
      currency: { accommodation: 'EUR', booker: null },
      products: [
        {
          room: 5,
          room_reservation: 555,
          status: 'booked',
          price: { total: { accommodation_currency: 200, booker_currency: null } },
          policies: steps ? { cancellation: steps } : undefined,
        },
      ],
      ...extra,
    }),
  );
}

const quoteAt = (o: ReturnType<typeof order>, iso: string) => {
  const verdict = evaluateCancellability(o.items[0]!, new Date(iso));
  if (!verdict.cancellable) return verdict.reason;
  return verdict.quote ? `${toDecimal(verdict.quote.refund)}/${toDecimal(verdict.quote.fee)}` : 'no quote';
};

describe('Booking.com mapper', () => {
  it.each([
    ['booked', 'CONFIRMED'],
    ['cancelled', 'CANCELLED_BY_CUSTOMER'],
    ['cancelled_by_guest', 'CANCELLED_BY_CUSTOMER'],
    ['cancelled_by_accommodation', 'CANCELLED_BY_PROVIDER'],
    ['no_show', 'NO_SHOW'],
    ['stayed', 'ATTENDED'],
    ['partially_cancelled', 'UNKNOWN'],
  ])('status %s → %s', (wire, status) => {
    expect(toStatus(wire)).toBe(status);
  });

  it("check-in and check-out are the property's calendar dates: no instant, never an invented UTC midnight", () => {
    const o = order(undefined);
    expect(o.items[0]).toMatchObject({
      startsAt: null,
      endsAt: null,
      startDate: '2030-08-10',
      endDate: '2030-08-12',
      timeZone: null,
    });
  });

  it('free before the first step, then the stepped fees (refund = total − fee)', () => {
    const o = order([step('2030-08-01T00:00:00+02:00', 60), step('2030-08-09T00:00:00+02:00', 200)]);
    expect(o.items[0]?.cancellationPolicy).toMatchObject({
      type: 'FREE_CANCELLATION',
      scope: 'ORDER',
      freeCancellationUntil: new Date('2030-07-31T22:00:00Z'),
    });
    expect(quoteAt(o, '2030-07-01T00:00:00Z')).toBe('200.00/0.00');
    expect(quoteAt(o, '2030-08-05T00:00:00Z')).toBe('140.00/60.00');
    expect(quoteAt(o, '2030-08-09T12:00:00Z')).toBe('0.00/200.00');
    expect(quoteAt(o, '2030-08-10T00:00:00Z')).toBe('STARTED');
  });

  it.each([
    ['"now"', 'now'],
    ['null', null],
  ])('a step from %s applies from booking: non-refundable but cancellable', (_name, from) => {
    const o = order([step(from, 200)]);
    expect(o.items[0]?.cancellationPolicy?.type).toBe('NON_REFUNDABLE');
    expect(quoteAt(o, '2030-07-01T00:00:00Z')).toBe('0.00/200.00');
  });

  it('no policies means no policy (not cancellable), never free', () => {
    expect(quoteAt(order(undefined), '2030-07-01T00:00:00Z')).toBe('NO_POLICY');
    expect(quoteAt(order([]), '2030-07-01T00:00:00Z')).toBe('NO_POLICY');
  });

  it('exposes what the booker pays, in the booker currency from the sibling currency object', () => {
    const o = order([step('now', 100)], {
      currency: { accommodation: 'JPY', booker: 'GBP' },
      price: { total: { accommodation_currency: 64000, booker_currency: 332.8 } },
      products: [
        {
          room_reservation: 1,
          status: 'booked',
          price: { total: { accommodation_currency: 64000, booker_currency: 332.8 } },
          policies: {
            cancellation: [{ from: 'now', price: { accommodation_currency: 64000, booker_currency: 332.8 } }],
          },
        },
      ],
    });
    expect(o.total).toEqual({ amountMinor: 33280, currency: 'GBP' });
    expect(o.items[0]?.price).toEqual({ amountMinor: 33280, currency: 'GBP' });
  });

  it('reads the applied fee from cancellation_details', () => {
    const o = order([step('now', 50)], {
      status: 'cancelled_by_guest',
      products: [
        {
          room_reservation: 1,
          status: 'cancelled_by_guest',
          price: { total: { accommodation_currency: 200 } },
        },
      ],
      cancellation_details: {
        at: '2030-07-01T10:00:00+00:00',
        fee: { accommodation_currency: 50 },
        original_total_price: { accommodation_currency: 200 },
      },
    });
    expect(o.items[0]?.cancellation).toEqual({
      cancelledAt: new Date('2030-07-01T10:00:00Z'),
      fee: { amountMinor: 5000, currency: 'EUR' },
      refund: { amountMinor: 15000, currency: 'EUR' },
      cancelledBy: 'CUSTOMER',
    });
  });

  it('writes the reason as text, note included, at most 255 characters', () => {
    expect(reasonText('CHANGE_OF_PLANS', null)).toBe('Change of plans');
    expect(reasonText('OTHER', 'x'.repeat(300))).toHaveLength(255);
  });
});
