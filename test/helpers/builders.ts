import { orderId, orderItemId } from '../../src/domain/ids.js';
import { fromDecimal } from '../../src/domain/money.js';
import type { OrderItemModel, OrderModel } from '../../src/domain/order.js';
import { buildPolicy } from '../../src/domain/policy.js';
import type { ProviderId } from '../../src/domain/provider.js';

export const UUIDS = {
  a: '11111111-1111-4111-8111-111111111111',
  b: '22222222-2222-4222-8222-222222222222',
  c: '33333333-3333-4333-8333-333333333333',
};

export function anItem(
  overrides: Partial<OrderItemModel> & { provider: ProviderId; orderRef: string; providerReference?: string },
): OrderItemModel {
  const ref = overrides.providerReference ?? 'item-1';
  const price = overrides.price ?? fromDecimal('40.00', 'EUR');
  const startsAt = overrides.startsAt ?? new Date('2030-06-01T10:00:00Z');
  return {
    id: orderItemId(overrides.provider, overrides.orderRef, ref),
    providerReference: ref,
    title: 'Yoga class',
    startsAt,
    endsAt: null,
    timeZone: 'Europe/London',
    status: 'CONFIRMED',
    providerStatus: 'confirmed',
    statusMessage: null,
    price,
    cancellationPolicy: buildPolicy({
      total: price ?? fromDecimal('0', 'EUR'),
      scope: 'ITEM',
      endsAt: startsAt,
      tiers: [{ from: null, charge: { kind: 'refundPercent', percent: 100 } }],
    }),
    presentlyCancellable: null,
    cancellation: null,
    ...overrides,
  };
}

export function anOrder(provider: ProviderId, orderRef: string, items?: OrderItemModel[]): OrderModel {
  return {
    id: orderId(provider, orderRef),
    provider,
    providerReference: orderRef,
    providerStatus: 'confirmed',
    createdAt: new Date('2030-01-01T00:00:00Z'),
    total: fromDecimal('40.00', 'EUR'),
    items: items ?? [anItem({ provider, orderRef })],
    bookerFingerprint: null,
  };
}
