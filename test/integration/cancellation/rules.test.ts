import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { JOURNAL_STATES } from '../../../src/ledger/journal.js';
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

// A provider with a reason it has no value for (every real one now maps all six; the port keeps the hook).
const SESSION = '0bac05e5-b207-4794-80b8-6c94211643c5';
const narrow = Object.assign(
  createFakeProvider('IMIN', [
    anOrder('IMIN', SESSION, [anItem({ provider: 'IMIN', orderRef: SESSION, providerReference: 's1' })]),
  ]),
  { unsupportedReasons: new Set(['PROVIDER_ISSUE'] as const) },
);

let gw: TestGateway;
let alice: string;
beforeAll(async () => {
  gw = await startTestGateway({ plugins: [fakePlugin(booking), fakePlugin(narrow)] });
  alice = await gw.token('alice');
  for (const ref of ['1001', '1002', '1003']) await gw.register('alice', 'BOOKING_COM', ref);
  await gw.register('alice', 'IMIN', SESSION);
});
afterAll(() => gw.close());

const cancel = (input: Record<string, unknown>) =>
  gw
    // Loose on purpose: several cases send inputs the gateway must refuse.
    .graphql(CANCEL, { input: { reason: 'CUSTOMER_REQUEST', ...input } as CancelOrderItemInput }, alice)
    .then(r => r.body.data?.cancelOrderItem);

describe('cancellation rules that depend on the provider shape', () => {
  it('IN-18: a reason the provider has no value for is invalid, with no ledger row and no provider call', async () => {
    const before = narrow.calls.loadOrders.length;
    expect(
      await cancel({
        orderItemId: orderItemId('IMIN', SESSION, 's1'),
        reason: 'PROVIDER_ISSUE',
        idempotencyKey: 'in-18',
      }),
    ).toMatchObject({ __typename: 'InvalidCancellationRequestError', field: 'reason', provider: 'IMIN' });
    const rows = await gw.ledger.journal.byState([...JOURNAL_STATES]);
    expect(rows.filter(r => r.idempotencyKey === 'in-18')).toHaveLength(0);
    expect(narrow.calls.cancel).toHaveLength(0);
    expect(narrow.calls.loadOrders.length).toBe(before);
  });

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
