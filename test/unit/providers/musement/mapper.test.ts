import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../../src/domain/money.js';
import { evaluateCancellability } from '../../../../src/domain/cancellability.js';
import { toOrder, toPolicy, toStatus } from '../../../../src/providers/musement/mapper.js';
import { orderSchema, refundPoliciesSchema } from '../../../../src/providers/musement/schemas.js';

// Shapes from providers.md §3.2/§3.3 (MUS-DOCS), with a start date added to the product.
const order = orderSchema.parse({
  identifier: 'MUS0738876',
  uuid: '8bd6f4a4-0000-4000-8000-000000000001',
  date: '2024-08-17T15:59:43+0000',
  status: 'OK',
  items: [
    {
      uuid: '8b742505-0000-4000-8000-000000000001',
      code: 'MOI12345678',
      quantity: 2,
      status: 'OK',
      product: {
        type: 'musement',
        title: 'Colosseum',
        date: '2021-11-29T09:00:00+0100',
        max_confirmation_time: 'PT30M',
        retail_price: {
          currency: 'USD',
          value: 10.8,
          formatted_value: '$ 10.80',
          formatted_iso_value: '$10.80',
        },
      },
      retail_price_in_order_currency: {
        currency: 'USD',
        value: 10.8,
        formatted_value: '$ 10.80',
        formatted_iso_value: '$10.80',
      },
      total_retail_price_in_order_currency: {
        currency: 'USD',
        value: 21.6,
        formatted_value: '$ 21.60',
        formatted_iso_value: '$21.60',
      },
    },
  ],
});
const tiers = refundPoliciesSchema.parse([
  {
    uuid: 'a',
    period: 'P3D',
    type: 'PERCENTAGE',
    value: 100.0,
    applicable_until: '2021-11-26 09:00',
    remaining_time: 'P10DT22H26M37S',
  },
  {
    uuid: 'b',
    period: 'P1D',
    type: 'PERCENTAGE',
    value: 50.0,
    applicable_until: '2021-11-28 09:00',
    remaining_time: 'P12DT22H26M37S',
  },
]);

describe('Musement mapper', () => {
  it.each([
    ['PENDING', 'PENDING'],
    ['OK', 'CONFIRMED'],
    ['KO', 'FAILED'],
    ['REFUND_STARTED', 'CANCELLATION_PENDING'],
    ['CANCELLATION_ERROR', 'CANCELLATION_PENDING'],
    ['REFUNDED', 'CANCELLED_BY_CUSTOMER'],
    ['PARTIALLY_REFUNDED', 'UNKNOWN'],
  ])('status %s → %s', (wire, status) => {
    expect(toStatus(wire)).toBe(status);
  });

  it('reads +0000 offsets and the total price in the order currency, never through floats', () => {
    const mapped = toOrder(order, new Map([[order.items[0]!.uuid, { tiers, observedAt: null }]]));
    expect(mapped.createdAt?.toISOString()).toBe('2024-08-17T15:59:43.000Z');
    expect(mapped.items[0]?.price).toEqual({ amountMinor: 2160, currency: 'USD' });
    expect(mapped.items[0]?.startsAt?.toISOString()).toBe('2021-11-29T08:00:00.000Z');
    expect(mapped.total && toDecimal(mapped.total)).toBe('21.60');
  });

  it('turns tiers into windows, reading applicable_until at the activity offset (approximate)', () => {
    const item = toOrder(order, new Map([[order.items[0]!.uuid, { tiers, observedAt: null }]])).items[0]!;
    const policy = item.cancellationPolicy!;
    expect(policy).toMatchObject({ type: 'FREE_CANCELLATION', approximate: true, scope: 'ITEM' });
    expect(
      policy.windows.map(w => [w.until?.toISOString() ?? null, w.cancellable, toDecimal(w.refund)]),
    ).toEqual([
      ['2021-11-26T08:00:00.000Z', true, '21.60'],
      ['2021-11-28T08:00:00.000Z', true, '10.80'],
      ['2021-11-29T08:00:00.000Z', false, '0.00'],
    ]);
    expect(evaluateCancellability(item, new Date('2021-11-27T00:00:00Z'))).toMatchObject({
      cancellable: true,
      quote: { refund: { amountMinor: 1080 }, fee: { amountMinor: 1080 } },
    });
    expect(evaluateCancellability(item, new Date('2021-11-28T09:00:00Z'))).toMatchObject({
      cancellable: false,
      reason: 'WINDOW_CLOSED',
    });
  });

  it('uses an IANA zone when given, and then the deadline is exact', () => {
    const policy = toPolicy(
      { tiers, observedAt: null },
      { amountMinor: 1000, currency: 'EUR' },
      new Date('2021-11-29T08:00:00Z'),
      {
        timeZone: 'Europe/Rome',
      },
    );
    expect(policy?.approximate).toBe(false);
    expect(policy?.windows[0]?.until?.toISOString()).toBe('2021-11-26T08:00:00.000Z');
  });

  it('falls back to start − period when applicable_until is missing; ABSOLUTE is an amount', () => {
    const absolute = refundPoliciesSchema.parse([{ period: 'PT48H', type: 'ABSOLUTE', value: 10 }]);
    const policy = toPolicy(
      { tiers: absolute, observedAt: null },
      { amountMinor: 4900, currency: 'EUR' },
      new Date('2030-01-10T10:00:00Z'),
      null,
    );
    expect(policy?.type).toBe('PARTIALLY_REFUNDABLE');
    expect(policy?.windows[0]).toMatchObject({
      until: new Date('2030-01-08T10:00:00Z'),
      refund: { amountMinor: 1000 },
      fee: { amountMinor: 3900 },
    });
  });

  it('no policy (404 1400 or []) means NON_CANCELLABLE: the guide says such items cannot be canceled', () => {
    for (const none of [null, { tiers: [], observedAt: null }]) {
      const item = toOrder(order, new Map([[order.items[0]!.uuid, none]])).items[0]!;
      expect(item.cancellationPolicy?.type).toBe('NON_CANCELLABLE');
      expect(evaluateCancellability(item, new Date('2021-11-01T00:00:00Z'))).toMatchObject({
        cancellable: false,
        reason: 'NON_CANCELLABLE',
      });
    }
  });
});
