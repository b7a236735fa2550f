import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../../src/domain/money.js';
import { orderStatus } from '../../../../src/domain/order.js';
import { evaluateCancellability } from '../../../../src/domain/cancellability.js';
import { toOrder } from '../../../../src/providers/booking-com/mapper.js';
import { accommodationOrderSchema } from '../../../../src/providers/booking-com/schemas.js';
import { fixture } from '../../../helpers/fixtures.js';

/** The first order of a details fixture, read and mapped as the adapter does. */
const mapped = (name: string) =>
  toOrder(accommodationOrderSchema.parse(fixture<{ data: unknown[] }>('booking-com', name).data[0]));

const quoteAt = (o: ReturnType<typeof mapped>, iso: string) => {
  const verdict = evaluateCancellability(o.items[0]!, new Date(iso));
  return verdict.cancellable
    ? `${verdict.quote ? toDecimal(verdict.quote.refund) : '?'}/${verdict.quote ? toDecimal(verdict.quote.fee) : '?'}`
    : verdict.reason;
};

describe("Booking.com mapper on the guide's own examples (002)", () => {
  it('step 1 order: free until the step "from 2025-08-22", then 38.35 in the booker currency', () => {
    const o = mapped('order-details-booked.json');
    expect(o.items[0]).toMatchObject({ status: 'CONFIRMED', price: { amountMinor: 15340, currency: 'USD' } });
    // "The cancellation is free until 2 days before the checkin date."
    expect(o.items[0]?.cancellationPolicy?.freeCancellationUntil).toEqual(new Date('2025-08-22T14:22:43Z'));
    expect(quoteAt(o, '2025-08-20T00:00:00Z')).toBe('153.40/0.00');
    // "From 2025-08-22 (UCT time) the traveller will be charged the stated amount (38.35)"
    expect(quoteAt(o, '2025-08-23T00:00:00Z')).toBe('115.05/38.35');
  });

  it('step 3 with a fee: the applied fee, and the refund from the order total (no original_total_price)', () => {
    const o = mapped('order-details-cancelled-fee.json');
    expect(o.items[0]?.status).toBe('CANCELLED_BY_CUSTOMER');
    expect(o.items[0]?.cancellation).toEqual({
      cancelledAt: new Date('2024-11-09T00:00:00Z'),
      fee: { amountMinor: 18687, currency: 'USD' },
      // The fee the guide shows (186.87) is above the total (153.40): nothing comes back.
      refund: { amountMinor: 0, currency: 'USD' },
      cancelledBy: 'CUSTOMER',
    });
  });

  it('"The fee field is null if the cancelled product has a free cancellation policy": fee 0, full refund', () => {
    const o = mapped('order-details-cancelled-free.json');
    expect(o.items[0]?.cancellation).toEqual({
      cancelledAt: new Date('2024-11-09T00:00:00Z'),
      fee: { amountMinor: 0, currency: 'USD' },
      refund: { amountMinor: 15340, currency: 'USD' },
      cancelledBy: 'CUSTOMER',
    });
  });

  it('multi-room: "the stayed status takes precedence" — the order reads ATTENDED and nothing is cancellable', () => {
    const o = mapped('order-details-multi-room-stayed.json');
    expect(o.items.map(i => i.status)).toEqual(['CANCELLED_BY_CUSTOMER', 'ATTENDED']);
    expect(orderStatus(o)).toBe('ATTENDED');
    expect(o.items.map(i => evaluateCancellability(i, new Date('2025-08-01T00:00:00Z')).cancellable)).toEqual(
      [false, false],
    );
  });

  it('order stayed while a room still reads booked: the stay wins for every room', () => {
    const json = fixture<{ data: Array<Record<string, unknown>> }>(
      'booking-com',
      'order-details-multi-room-stayed.json',
    );
    const order = json.data[0]!;
    const products = order['products'] as Array<Record<string, unknown>>;
    products[0]!['status'] = 'booked';
    const o = toOrder(accommodationOrderSchema.parse(order));
    expect(o.items.map(i => i.status)).toEqual(['ATTENDED', 'ATTENDED']);
    expect(orderStatus(o)).toBe('ATTENDED');
  });

  it('nullable order price, product price.total and policies.cancellation never fail the order', () => {
    const o = mapped('order-details-nullable-prices.json');
    expect(o.total).toBeNull();
    expect(o.items[0]).toMatchObject({ status: 'CONFIRMED', price: null, cancellationPolicy: null });
  });

  it('an order without the currency object still reads, with its amounts unknown', () => {
    const json = fixture<{ data: Array<Record<string, unknown>> }>(
      'booking-com',
      'order-details-booked.json',
    );
    const { currency: _dropped, ...order } = json.data[0]!;
    const o = toOrder(accommodationOrderSchema.parse(order));
    expect(o.items[0]).toMatchObject({ status: 'CONFIRMED', price: null });
  });
});
