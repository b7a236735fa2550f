import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../../src/domain/money.js';
import { evaluateCancellability } from '../../../../src/domain/cancellability.js';
import { CANCELLATION_REASONS, toOrder } from '../../../../src/providers/musement/mapper.js';
import { orderSchema, refundPoliciesSchema } from '../../../../src/providers/musement/schemas.js';
import { fixture } from '../../../helpers/fixtures.js';

const tiers = refundPoliciesSchema.parse(fixture('musement', 'refund-policies.json'));
const order = orderSchema.parse(fixture('musement', 'order-item-no-date.json'));
const ITEM = '8b742505-0000-4000-8000-000000000001';
// The moment the guide's example was served: 09:00 on 26 November less its remaining_time P10DT22H26M37S.
const SERVED_AT = new Date('2021-11-15T10:33:23Z');

const withPolicies = (o: typeof order, observedAt: Date | null) =>
  toOrder(o, new Map([[ITEM, { tiers, observedAt }]])).items[0]!;

describe("Musement mapper on the guide's own example (003)", () => {
  it('no product.date and no time_zone: the cutoff is the response time + remaining_time, and it is exact', () => {
    const item = withPolicies(order, SERVED_AT);
    expect(item.startsAt).toBeNull();
    expect(item.cancellationPolicy).toMatchObject({
      type: 'FREE_CANCELLATION',
      approximate: false,
      freeCancellationUntil: new Date('2021-11-26T09:00:00Z'),
    });
    const verdict = evaluateCancellability(item, SERVED_AT);
    expect(verdict).toMatchObject({ cancellable: true, deadline: new Date('2021-11-26T09:00:00Z') });
    expect(verdict.cancellable && verdict.quote && toDecimal(verdict.quote.refund)).toBe('21.60');
    expect(evaluateCancellability(item, new Date('2021-11-26T09:00:01Z'))).toMatchObject({
      cancellable: false,
      reason: 'WINDOW_CLOSED',
    });
  });

  it('a known zone that agrees with applicable_until keeps the deadline exact', () => {
    const rome = orderSchema.parse({
      ...order,
      items: [{ ...order.items[0], product: { ...order.items[0]!.product, time_zone: 'Europe/Rome' } }],
    });
    // 09:00 in Rome is 08:00Z; served one hour earlier than in the UTC reading above.
    const item = withPolicies(rome, new Date('2021-11-15T09:33:23Z'));
    expect(item.cancellationPolicy).toMatchObject({
      approximate: false,
      freeCancellationUntil: new Date('2021-11-26T08:00:00Z'),
    });
  });

  it('a known zone that disagrees with remaining_time: the earlier cutoff, marked approximate', () => {
    const rome = orderSchema.parse({
      ...order,
      items: [{ ...order.items[0], product: { ...order.items[0]!.product, time_zone: 'Europe/Rome' } }],
    });
    const item = withPolicies(rome, SERVED_AT);
    expect(item.cancellationPolicy).toMatchObject({
      approximate: true,
      freeCancellationUntil: new Date('2021-11-26T08:00:00Z'),
    });
  });

  it('maps every CancellationReason to one of the nine documented cancellation_reason values', () => {
    const documented = fixture<string[]>('musement', 'cancellation-reasons.json');
    expect(CANCELLATION_REASONS).toEqual({
      CUSTOMER_REQUEST: 'CANCELLED-BY-CUSTOMER',
      CHANGE_OF_PLANS: 'CANCELLED-BY-CUSTOMER',
      BOOKING_ERROR: 'CANCELLED-BY-CUSTOMER',
      DUPLICATE_BOOKING: 'CANCELLED-BY-CUSTOMER',
      PROVIDER_ISSUE: 'VENUE-CLOSED',
      OTHER: 'CANCELLED-BY-CUSTOMER',
    });
    for (const value of Object.values(CANCELLATION_REASONS)) expect(documented).toContain(value);
  });
});
