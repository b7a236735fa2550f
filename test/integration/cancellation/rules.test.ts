import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { fromDecimal } from '../../../src/domain/money.js';
import { buildPolicy } from '../../../src/domain/policy.js';
import { anItem, anOrder } from '../../helpers/builders.js';
import { CANCEL, type CancelOrderItemInput } from '../../helpers/documents.js';
import { createFakeProvider, fakePlugin } from '../../fakes/fake-provider.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const EUR = (a: string) => fromDecimal(a, 'EUR');
const start = new Date(Date.now() + 30 * 86_400_000);
const roomPolicy = (price: string) =>
  buildPolicy({
    total: EUR(price),
    scope: 'ORDER',
    endsAt: start,
    tiers: [{ from: null, charge: { kind: 'feePercent', percent: 10 } }],
  });
const room = (orderRef: string, ref: string, price: string) =>
  anItem({
    provider: 'BOOKING_COM',
    orderRef,
    providerReference: ref,
    price: EUR(price),
    startsAt: start,
    cancellationPolicy: roomPolicy(price),
  });

const booking = createFakeProvider('BOOKING_COM', [
  anOrder('BOOKING_COM', '1001', [room('1001', 'room-a', '100.00'), room('1001', 'room-b', '50.00')]),
  anOrder('BOOKING_COM', '1002', [room('1002', 'room-c', '80.00')]),
  anOrder('BOOKING_COM', '1003', [room('1003', 'room-d', '80.00')]),
]);

let gw: TestGateway;
let alice: string;
beforeAll(async () => {
  gw = await startTestGateway({ plugins: [fakePlugin(booking)] });
  alice = await gw.token('alice');
  for (const ref of ['1001', '1002', '1003']) await gw.register('alice', 'BOOKING_COM', ref);
});
afterAll(() => gw.close());

const cancel = (input: Record<string, unknown>) =>
  gw
    // Loose on purpose: several cases send inputs the gateway must refuse.
    .graphql(CANCEL, { input: { reason: 'CUSTOMER_REQUEST', ...input } as CancelOrderItemInput }, alice)
    .then(r => r.body.data?.cancelOrderItem);

describe('cancellation rules that depend on the provider shape', () => {
  it('a whole-order provider refuses a one-item cancel unless the whole order is accepted, listing every item', async () => {
    const item = orderItemId('BOOKING_COM', '1001', 'room-a');
    const refused = await cancel({ orderItemId: item, idempotencyKey: 'whole-1' });
    expect(refused).toMatchObject({
      __typename: 'WholeOrderCancellationRequiredError',
      affectedItems: [
        { id: orderItemId('BOOKING_COM', '1001', 'room-a') },
        { id: orderItemId('BOOKING_COM', '1001', 'room-b') },
      ],
    });
    expect(booking.calls.cancel).toHaveLength(0);
    const done = await cancel({ orderItemId: item, idempotencyKey: 'whole-2', acceptWholeOrder: true });
    expect(done).toMatchObject({
      __typename: 'OrderItemCancelled',
      status: 'CONFIRMED',
      refund: { amount: '135.00', currency: 'EUR' },
      fee: { amount: '15.00' },
      cancelledItemIds: [
        orderItemId('BOOKING_COM', '1001', 'room-a'),
        orderItemId('BOOKING_COM', '1001', 'room-b'),
      ],
    });
    expect(booking.calls.cancel).toHaveLength(1);
  });

  it('RefundChangedError when the expected refund differs, and success when it matches', async () => {
    const item = orderItemId('BOOKING_COM', '1002', 'room-c');
    const changed = await cancel({
      orderItemId: item,
      idempotencyKey: 'refund-1',
      expectedRefund: { amount: '80.00', currency: 'EUR' },
    });
    expect(changed).toMatchObject({
      __typename: 'RefundChangedError',
      expectedRefund: { amount: '80.00' },
      currentRefund: { amount: '72.00' },
    });
    const calls = booking.calls.cancel.length;
    expect(
      await cancel({
        orderItemId: item,
        idempotencyKey: 'refund-2',
        expectedRefund: { amount: '72.00', currency: 'EUR' },
      }),
    ).toMatchObject({ __typename: 'OrderItemCancelled' });
    expect(booking.calls.cancel.length - calls).toBe(1);
  });

  it('a provider that only allows support to cancel gives ManualCancellationRequiredError', async () => {
    booking.cancelOutcome = {
      kind: 'refused',
      reason: 'MANUAL_REQUIRED',
      detail: { kind: 'musement', code: '403', message: 'Contact support' },
      retryable: false,
      retryAfterSeconds: null,
    };
    try {
      const res = await cancel({
        orderItemId: orderItemId('BOOKING_COM', '1003', 'room-d'),
        idempotencyKey: 'manual-1',
      });
      expect(res).toMatchObject({
        __typename: 'ManualCancellationRequiredError',
        code: 'MANUAL_CANCELLATION_REQUIRED',
        retryable: false,
      });
    } finally {
      booking.cancelOutcome = {
        kind: 'accepted',
        state: 'CONFIRMED',
        refund: null,
        fee: null,
        providerRequestId: null,
      };
    }
  });
});
