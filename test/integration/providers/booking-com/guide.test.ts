import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBookingComAdapter } from '../../../../src/providers/booking-com/adapter.js';
import type { BookingProvider } from '../../../../src/providers/port.js';
import { startSimServer, type SimResponse, type SimServer } from '../../../../src/simulators/kit.js';
import {
  startBookingComSimulator,
  type BookingComSimulator,
} from '../../../../src/simulators/booking-com/index.js';
import { bookingComSeed, type SimStay } from '../../../../src/simulators/booking-com/seed.js';
import { fixture } from '../../../helpers/fixtures.js';
import { cancelItem, loadOne } from '../../../helpers/provider-calls.js';

const TOKEN = 'SENTINEL-KEY-booking-token';
const AFFILIATE = '424242';
const ORDER = '509430129718799';

/**
 * A fake written from the guide alone: it answers with the guide's own examples, verbatim, in the
 * order a test queues them. It knows nothing of our adapter.
 */
let fake: SimServer;
let answers: Record<string, SimResponse[]> = {};
let viaFake: BookingProvider;
beforeAll(async () => {
  fake = await startSimServer(
    req => answers[req.path]?.shift() ?? { status: 500, body: { errors: [{ id: 'unexpected' }] } },
    { basePath: '/3.1' },
  );
  viaFake = createBookingComAdapter({
    baseUrl: fake.url,
    token: TOKEN,
    affiliateId: AFFILIATE,
    http: { readTimeoutMs: 2_000, readRetries: 0 },
  });
});
afterAll(async () => {
  await viaFake.close();
  await fake.close();
});
afterEach(() => {
  answers = {};
});

const details = (name: string): SimResponse => ({ status: 200, body: fixture('booking-com', name) });

describe('Booking.com against a fake that answers with the guide (002)', () => {
  it('an order cancelled for free (fee null, no original_total_price) still reads', async () => {
    answers['/orders/details/accommodations'] = [details('order-details-cancelled-free.json')];
    const order = await loadOne(viaFake, ORDER);
    expect(order.items[0]).toMatchObject({
      status: 'CANCELLED_BY_CUSTOMER',
      cancellation: {
        fee: { amountMinor: 0, currency: 'USD' },
        refund: { amountMinor: 15340, currency: 'USD' },
      },
    });
  });

  it('a free cancel: the read-back right after it gives fee 0 and the whole total back', async () => {
    answers['/orders/details/accommodations'] = [
      details('order-details-booked.json'),
      details('order-details-cancelled-free.json'),
    ];
    answers['/orders/cancel'] = [
      { status: 200, body: fixture('booking-com', 'cancel-response-successful.json') },
    ];
    const order = await loadOne(viaFake, ORDER);
    const outcome = await cancelItem(viaFake, order, 0, 'CHANGE_OF_PLANS');
    // The request has the guide's shape, key for key: {order, reason}.
    const sent = JSON.parse(fake.calls.filter(c => c.path === '/orders/cancel').at(-1)!.body) as object;
    expect(Object.keys(sent).sort()).toEqual(
      Object.keys(fixture<object>('booking-com', 'cancel-request.json')).sort(),
    );
    expect(sent).toMatchObject({ order: ORDER, reason: 'Change of plans' });
    expect(outcome).toEqual({
      kind: 'accepted',
      state: 'CONFIRMED',
      refund: { amountMinor: 15340, currency: 'USD' },
      fee: { amountMinor: 0, currency: 'USD' },
      providerRequestId: '01fr9ez700exycb98w90w5r9sh',
    });
  });

  it('400 OrderNotCancellable "already been cancelled" → already cancelled (after a confirming read)', async () => {
    answers['/orders/details/accommodations'] = [
      details('order-details-booked.json'),
      details('order-details-cancelled-fee.json'),
    ];
    answers['/orders/cancel'] = [
      { status: 400, body: fixture('booking-com', 'cancel-error-already-cancelled.json') },
    ];
    const order = await loadOne(viaFake, ORDER);
    const outcome = await cancelItem(viaFake, order, 0, 'OTHER');
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'ALREADY_CANCELLED' });
  });

  it('400 OrderNotCancellable "Checkout was …" → not permitted, with the provider message kept', async () => {
    answers['/orders/details/accommodations'] = [
      details('order-details-booked.json'),
      details('order-details-multi-room-stayed.json'),
    ];
    answers['/orders/cancel'] = [{ status: 400, body: fixture('booking-com', 'cancel-error-stayed.json') }];
    const order = await loadOne(viaFake, ORDER);
    const outcome = await cancelItem(viaFake, order, 0, 'OTHER');
    expect(outcome).toMatchObject({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      retryable: false,
      detail: {
        kind: 'booking-com',
        id: 'OrderNotCancellable',
        message: expect.stringContaining('Checkout was'),
      },
    });
  });
});

describe('Booking.com simulator speaks the guide', () => {
  let sim: BookingComSimulator;
  let viaSim: BookingProvider;
  const multiRoom: SimStay = {
    ...bookingComSeed()[0]!,
    id: '509430129718790',
    checkinDays: -4,
    rooms: [
      { reservation: '8800090', price: 100, steps: [{ fromDays: -30, feeShare: 1 }], status: 'cancelled' },
      { reservation: '8800091', price: 120, steps: [{ fromDays: -30, feeShare: 1 }], status: 'stayed' },
    ],
    status: 'booked',
  };
  const freeStay: SimStay = {
    ...bookingComSeed()[0]!,
    id: '509430129718791',
    rooms: [{ ...bookingComSeed()[0]!.rooms[0]! }],
  };
  beforeAll(async () => {
    sim = await startBookingComSimulator({
      token: TOKEN,
      affiliateId: AFFILIATE,
      seed: [multiRoom, freeStay],
    });
    viaSim = createBookingComAdapter({
      baseUrl: sim.url,
      token: TOKEN,
      affiliateId: AFFILIATE,
      http: { readTimeoutMs: 2_000 },
    });
  });
  afterAll(async () => {
    await viaSim.close();
    await sim.close();
  });

  it('a multi-room stay with a stayed room is stayed: read ATTENDED, a cancel is answered 400 OrderNotCancellable', async () => {
    const order = await loadOne(viaSim, multiRoom.id);
    expect(order.providerStatus).toBe('stayed');
    expect(order.items.map(i => i.status)).toEqual(['CANCELLED_BY_CUSTOMER', 'ATTENDED']);
    const outcome = await cancelItem(viaSim, order, 1, 'OTHER');
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'NOT_PERMITTED' });
    const answer = sim.server.calls.filter(c => c.path === '/orders/cancel');
    expect(answer).toHaveLength(1);
    expect(sim.appliedCancels.get(multiRoom.id)).toBeUndefined();
  });

  it('a free cancel reads back with fee null and no original_total_price, and the adapter still reports the refund', async () => {
    const order = await loadOne(viaSim, freeStay.id);
    const outcome = await cancelItem(viaSim, order, 0, 'OTHER');
    expect(outcome).toMatchObject({
      kind: 'accepted',
      refund: { amountMinor: 36000, currency: 'EUR' },
      fee: { amountMinor: 0, currency: 'EUR' },
    });
    const body = (await (
      await fetch(`${sim.url}/orders/details/accommodations`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'x-affiliate-id': AFFILIATE,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ orders: [freeStay.id] }),
      })
    ).json()) as { data: Array<{ cancellation_details: Record<string, unknown> }> };
    expect(body.data[0]?.cancellation_details).toEqual({ at: expect.any(String), fee: null });
    // A second cancel is the guide's 400 OrderNotCancellable "already been cancelled".
    const again = await cancelItem(viaSim, order, 0, 'OTHER');
    expect(again).toMatchObject({ kind: 'refused', reason: 'ALREADY_CANCELLED' });
    expect(sim.server.calls.filter(c => c.path === '/orders/cancel').at(-1)).toBeDefined();
  });
});
