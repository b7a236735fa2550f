import { bookerFingerprint } from '../../../../src/domain/booker.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { OrderModel } from '../../../../src/domain/order.js';
import { createBookingComAdapter } from '../../../../src/providers/booking-com/adapter.js';
import { type BookingProvider } from '../../../../src/providers/port.js';
import { ProviderCallError } from '../../../../src/domain/provider-failure.js';
import {
  startBookingComSimulator,
  type BookingComSimulator,
} from '../../../../src/simulators/booking-com/index.js';
import { bookingComSeed } from '../../../../src/simulators/booking-com/seed.js';

const TOKEN = 'SENTINEL-KEY-booking-token';
const AFFILIATE = '424242';
const STAY = (n: number) => `50943012971870${n}`;

let sim: BookingComSimulator;
let booking: BookingProvider;
beforeAll(async () => {
  // 150 extra stays, to show batching.
  const extra = Array.from({ length: 150 }, (_, i) => ({
    ...bookingComSeed()[0]!,
    id: String(900000 + i),
    rooms: [{ ...bookingComSeed()[0]!.rooms[0]! }],
  }));
  sim = await startBookingComSimulator({
    token: TOKEN,
    affiliateId: AFFILIATE,
    seed: [...bookingComSeed(), ...extra],
    tooSoonMinutes: 1,
  });
  booking = createBookingComAdapter({
    baseUrl: sim.url,
    token: TOKEN,
    affiliateId: AFFILIATE,
    http: { readTimeoutMs: 2_000 },
  });
});
afterAll(async () => {
  await booking.close();
  await sim.close();
});
afterEach(() => sim.server.clearFaults());

const posts = (path: string) => sim.server.calls.filter(c => c.path === path);
async function load(ref: string): Promise<OrderModel> {
  const [order] = await booking.loadOrders([ref]);
  if (!order || order instanceof Error) throw new Error(`stay ${ref} did not load`);
  return order;
}
const cancel = async (ref: string, note: string | null = null) => {
  const order = await load(ref);
  return booking.cancel({
    order,
    item: order.items[0]!,
    items: [order.items[0]!],
    reason: 'CHANGE_OF_PLANS',
    note,
    journalId: 'j',
  });
};

describe('Booking.com reads', () => {
  it('POSTs details with both headers and no query string, and reads every seeded stay', async () => {
    const before = posts('/orders/details/accommodations').length;
    const orders = await booking.loadOrders([STAY(1), STAY(2), STAY(3), '1']);
    expect(orders.slice(0, 3).every(o => o && !(o instanceof Error))).toBe(true);
    expect(orders[3]).toBeNull();
    // The booker's email becomes a fingerprint (AZ-03), never a field of the order.
    expect(orders[0]).toMatchObject({ bookerFingerprint: bookerFingerprint('alice@example.invalid') });
    expect(JSON.stringify(orders)).not.toContain('@example.invalid');
    const calls = posts('/orders/details/accommodations').slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect([...calls[0]!.query.keys()]).toEqual([]);
    expect(calls[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]?.headers['x-affiliate-id']).toBe(AFFILIATE);
    expect(JSON.parse(calls[0]!.body)).toEqual({
      orders: [STAY(1), STAY(2), STAY(3), '1'],
      extras: ['policies', 'accommodation_details'],
    });
  });

  it('150 order ids cost exactly 2 details calls, at most 100 ids each', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => String(900000 + i));
    const before = posts('/orders/details/accommodations').length;
    // Through the per-request loader, as the gateway reads them.
    const { scopeFor } = await import('../../../helpers/scope.js');
    const { loaders } = scopeFor(
      { customerId: 'x', scopes: new Set() },
      { providers: new Map([['BOOKING_COM', booking]]) },
    );
    const loaded = await loaders.order.loadMany(
      ids.map(orderRef => ({ provider: 'BOOKING_COM' as const, orderRef })),
    );
    expect(loaded.every(o => o && !(o instanceof Error))).toBe(true);
    const calls = posts('/orders/details/accommodations').slice(before);
    expect(calls).toHaveLength(2);
    expect(calls.map(c => (JSON.parse(c.body) as { orders: string[] }).orders.length).sort()).toEqual([
      100, 50,
    ]);
  });

  it('a schema-violating order fails alone (FR-07)', async () => {
    sim.server.inject({
      method: 'POST',
      pathPrefix: '/orders/details',
      status: 200,
      body: { request_id: 'r', data: [{ id: STAY(1), status: 'booked' }] },
    });
    const [bad] = await booking.loadOrders([STAY(1)]);
    expect(bad).toBeInstanceOf(ProviderCallError);
    expect(bad).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
  });
});

describe('Booking.com cancellation', () => {
  it('POSTs {order, reason} once and returns the applied fee read back from cancellation_details', async () => {
    const before = posts('/orders/cancel').length;
    expect(await cancel(STAY(2), 'Flight moved')).toMatchObject({
      kind: 'accepted',
      state: 'CONFIRMED',
      fee: { amountMinor: 6000, currency: 'EUR' },
      refund: { amountMinor: 14000, currency: 'EUR' },
      providerRequestId: expect.stringMatching(/^01j/),
    });
    const sent = posts('/orders/cancel').slice(before);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body)).toEqual({ order: STAY(2), reason: 'Change of plans: Flight moved' });
    expect((await load(STAY(2))).items[0]).toMatchObject({
      status: 'CANCELLED_BY_CUSTOMER',
      providerStatus: 'cancelled_by_guest',
    });
  });

  // The simulator answers the guide's 400 OrderNotCancellable (guide.test.ts); 409 is injected here.
  const conflict = () =>
    sim.server.inject({
      pathPrefix: '/orders/cancel',
      status: 409,
      body: { request_id: '01jsim409', errors: [{ id: 'order_not_cancellable', message: 'No.' }] },
    });

  it('409 order_not_cancellable on a cancelled stay reads as already cancelled', async () => {
    const order = await load(STAY(2));
    conflict();
    expect(
      await booking.cancel({
        order,
        item: order.items[0]!,
        items: [order.items[0]!],
        reason: 'OTHER',
        note: null,
        journalId: 'j',
      }),
    ).toMatchObject({
      kind: 'refused',
      reason: 'ALREADY_CANCELLED',
      detail: { kind: 'booking-com', id: 'order_not_cancellable', requestId: expect.any(String) },
    });
  });

  it('409 on a stay that is no longer cancellable (stayed) is not permitted', async () => {
    conflict();
    expect(await cancel(STAY(5))).toMatchObject({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      detail: { id: 'order_not_cancellable' },
    });
  });

  it('403 right after booking is a retryable refusal with a retry-after hint', async () => {
    expect(await cancel(STAY(7))).toMatchObject({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      retryable: true,
      retryAfterSeconds: 300,
    });
  });

  it.each([
    [
      '200 {status: failed}',
      { status: 200, body: { request_id: 'r1', data: { status: 'failed' } } },
      { kind: 'refused', reason: 'NOT_PERMITTED', detail: { id: 'failed', requestId: 'r1' } },
    ],
    [
      '400 OrderNotCancellable',
      {
        status: 400,
        body: {
          request_id: 'r2',
          errors: [{ id: 'OrderNotCancellable', message: 'checkout was 2025-01-01' }],
        },
      },
      { kind: 'refused', reason: 'NOT_PERMITTED' },
    ],
    [
      '404',
      { status: 404, body: { request_id: 'r3', errors: [{ id: 'not_found', message: 'x' }] } },
      { kind: 'refused', reason: 'NOT_FOUND' },
    ],
    [
      '429',
      { status: 429, body: { request_id: 'r4', errors: [{ id: 'too_many_requests', message: 'x' }] } },
      { kind: 'unavailable', retryAfterSeconds: 60 },
    ],
    [
      '401',
      { status: 401, body: { request_id: 'r5', errors: [{ id: 'unauthorized', message: 'x' }] } },
      { kind: 'unavailable' },
    ],
    [
      '500',
      { status: 500, body: { request_id: 'r6', errors: [{ id: 'internal_error', message: 'x' }] } },
      { kind: 'unknown' },
    ],
    ['504', { status: 504, body: 'gateway timeout' }, { kind: 'unknown' }],
    ['a malformed 200', { status: 200, body: '{"request_id": "r7", "da' }, { kind: 'unknown' }],
  ])('%s maps to its own outcome, sent once', async (_name, fault, expected) => {
    sim.server.inject({ method: 'POST', pathPrefix: '/orders/cancel', ...fault });
    const before = posts('/orders/cancel').length;
    expect(await cancel(STAY(1))).toMatchObject(expected);
    expect(posts('/orders/cancel').length - before).toBe(1);
    expect(sim.appliedCancels.get(STAY(1))).toBeUndefined();
  });

  it('CX-11: applied, then the connection dropped: unknown, applied exactly once (no transport retry)', async () => {
    sim.server.inject({ method: 'POST', pathPrefix: '/orders/cancel', dropAfterApply: true });
    const before = posts('/orders/cancel').length;
    expect(await cancel(STAY(3))).toMatchObject({ kind: 'unknown' });
    expect(posts('/orders/cancel').length - before).toBe(1);
    expect(sim.appliedCancels.get(STAY(3))).toBe(1);
  });
});

describe('the Booking.com simulator enforces the transport', () => {
  const call = (path: string, init: Parameters<typeof request>[1]) => request(`${sim.url}${path}`, init);
  it('rejects GET with 405 and a query string with invalid_request', async () => {
    const get = await call('/orders/details/accommodations', {
      method: 'GET',
      headers: { authorization: `Bearer ${TOKEN}`, 'x-affiliate-id': AFFILIATE },
    });
    expect(get.statusCode).toBe(405);
    await get.body.dump();
    const query = await call('/orders/details/accommodations?orders=1', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'x-affiliate-id': AFFILIATE,
        'content-type': 'application/json',
      },
      body: '{"orders":["1"]}',
    });
    expect(query.statusCode).toBe(400);
    expect(await query.body.json()).toMatchObject({ errors: [{ id: 'invalid_request' }] });
  });

  it('checks the token and the affiliate id', async () => {
    const noToken = await call('/orders/details/accommodations', {
      method: 'POST',
      headers: { 'x-affiliate-id': AFFILIATE, 'content-type': 'application/json' },
      body: '{"orders":["1"]}',
    });
    expect(noToken.statusCode).toBe(401);
    await noToken.body.dump();
    const noAffiliate = await call('/orders/details/accommodations', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{"orders":["1"]}',
    });
    expect(noAffiliate.statusCode).toBe(400);
    await noAffiliate.body.dump();
  });
});
