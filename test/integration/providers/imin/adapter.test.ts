import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { OrderModel } from '../../../../src/domain/order.js';
import { createIminAdapter } from '../../../../src/providers/imin/adapter.js';
import { type BookingProvider } from '../../../../src/providers/port.js';
import { ProviderCallError } from '../../../../src/domain/provider-failure.js';
import { startIminSimulator, type IminSimulator } from '../../../../src/simulators/imin/index.js';

const API_KEY = 'SENTINEL-KEY-imin-0001';
const ORDER = {
  yoga: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01',
  football: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a02',
  swim: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a03',
  badminton: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04',
  climb: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a06',
  tennis: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a09',
  aqua: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a07',
  pilates: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a08',
};
const MISSING = '99999999-9999-4999-8999-999999999999';

let sim: IminSimulator;
let imin: BookingProvider;

beforeAll(async () => {
  sim = await startIminSimulator({ apiKey: API_KEY, pendingMs: 150, itemsPerPage: 2 });
  imin = createIminAdapter({
    baseUrl: sim.url,
    apiKey: API_KEY,
    http: { readTimeoutMs: 2_000, halfOpenAfterMs: 100 },
  });
});
afterAll(async () => {
  await imin.close();
  await sim.close();
});
afterEach(() => sim.server.clearFaults());

async function load(ref: string): Promise<OrderModel> {
  const [order] = await imin.loadOrders([ref]);
  if (!order || order instanceof Error) throw new Error(`order ${ref} did not load`);
  return order;
}

async function cancel(ref: string, itemIndex = 0) {
  const order = await load(ref);
  const item = order.items[itemIndex]!;
  return imin.cancel({
    order,
    item,
    items: [item],
    reason: 'CUSTOMER_REQUEST',
    note: null,
    journalId: 'j-1',
  });
}

describe('imin reads', () => {
  it('reads orders by UUID with the API key, and null for an unknown one', async () => {
    const before = sim.server.calls.length;
    const [yoga, missing] = await imin.loadOrders([ORDER.yoga, MISSING]);
    expect(yoga).toMatchObject({
      provider: 'IMIN',
      providerReference: ORDER.yoga,
      items: [{ title: 'Vinyasa Yoga Flow', status: 'CONFIRMED' }],
    });
    expect(missing).toBeNull();
    const calls = sim.server.calls.slice(before);
    expect(calls.map(c => `${c.method} ${c.path}`)).toEqual([
      `GET /orders/${ORDER.yoga}`,
      `GET /orders/${MISSING}`,
    ]);
    for (const call of calls) expect(call.headers['x-api-key']).toBe(API_KEY);
  });

  it('maps every seeded state', async () => {
    expect((await load(ORDER.swim)).items[0]?.status).toBe('CANCELLED_BY_CUSTOMER');
    expect((await load(ORDER.aqua)).items[0]).toMatchObject({
      status: 'CANCELLED_BY_PROVIDER',
      statusMessage: expect.stringContaining('pool is closed'),
    });
    expect((await load(ORDER.pilates)).items[0]?.status).toBe('ATTENDED');
    expect((await load(ORDER.badminton)).items).toHaveLength(2);
  });

  it('a wrong API key is a provider fault, not data', async () => {
    const wrong = createIminAdapter({ baseUrl: sim.url, apiKey: 'wrong' });
    const [result] = await wrong.loadOrders([ORDER.yoga]);
    expect(result).toBeInstanceOf(ProviderCallError);
    await wrong.close();
  });

  it('retries a read after a 503 and succeeds on the second call', async () => {
    sim.server.inject({ method: 'GET', pathPrefix: `/orders/${ORDER.tennis}`, status: 503 });
    const before = sim.server.calls.length;
    expect((await load(ORDER.tennis)).providerReference).toBe(ORDER.tennis);
    expect(sim.server.calls.length - before).toBe(2);
  });

  it('a malformed body fails only that order', async () => {
    sim.server.inject({ method: 'GET', pathPrefix: `/orders/${ORDER.tennis}`, malformed: true });
    const [bad, good] = await imin.loadOrders([ORDER.tennis, ORDER.yoga]);
    expect(bad).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', provider: 'IMIN' });
    expect(good).toMatchObject({ providerReference: ORDER.yoga });
  });
});

describe('imin cancellation', () => {
  it('PATCHes exactly the OpenActive body once, and the item moves through pending to cancelled', async () => {
    const before = sim.server.calls.length;
    const outcome = await cancel(ORDER.yoga);
    expect(outcome).toEqual({
      kind: 'accepted',
      state: 'PENDING',
      refund: null,
      fee: null,
      providerRequestId: null,
    });
    const patches = sim.server.calls.slice(before).filter(c => c.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(patches[0]?.path).toBe(`/orders/${ORDER.yoga}`);
    expect(patches[0]?.headers['x-api-key']).toBe(API_KEY);
    // The Open Booking API's media type, not plain JSON.
    expect(patches[0]?.headers['content-type']).toBe('application/vnd.openactive.booking+json; version=1');
    expect(JSON.parse(patches[0]!.body)).toEqual({
      '@context': 'https://openactive.io/',
      '@type': 'Order',
      orderedItem: [
        {
          '@type': 'OrderItem',
          // The @id exactly as served: this demo order uses the Open Booking API's fragment style.
          '@id': `${sim.url}/orders/${ORDER.yoga}#/orderedItem/yoga-1`,
          orderItemStatus: 'https://openactive.io/CustomerCancelled',
        },
      ],
    });
    expect((await load(ORDER.yoga)).items[0]?.status).toBe('CANCELLATION_PENDING');
    await new Promise(resolve => setTimeout(resolve, 250));
    expect((await load(ORDER.yoga)).items[0]?.status).toBe('CANCELLED_BY_CUSTOMER');
    expect(sim.appliedCancels.get('yoga-1')).toBe(1);
  });

  it('inside the latestCancellationBeforeStartDate window: CancellationNotPermittedError with its description', async () => {
    expect(await cancel(ORDER.football)).toEqual({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      retryable: false,
      retryAfterSeconds: null,
      detail: {
        kind: 'openactive',
        type: 'CancellationNotPermittedError',
        description: 'Cancellations are not accepted within 24 hours of the session start.',
      },
    });
    expect(sim.appliedCancels.get('football-1')).toBeUndefined();
  });

  it("the booking system's own refusal wins even when imin said presently cancellable", async () => {
    const order = await load(ORDER.climb);
    expect(order.items[0]?.presentlyCancellable).toBe(true);
    expect(await cancel(ORDER.climb)).toMatchObject({
      kind: 'refused',
      detail: { description: expect.stringContaining('part of a course') },
    });
  });

  it('an already cancelled item is accepted again without a second application (OpenActive idempotency)', async () => {
    expect(await cancel(ORDER.swim)).toMatchObject({ kind: 'accepted' });
    expect(sim.appliedCancels.get('swim-1')).toBeUndefined();
  });

  it('an unknown order is NOT_FOUND; an unknown item id is OrderItemIdInvalidError → NOT_FOUND', async () => {
    const order = await load(ORDER.tennis);
    const item = order.items[0]!;
    const unknownOrder = await imin.cancel({
      order: { ...order, providerReference: MISSING },
      item,
      items: [item],
      reason: 'OTHER',
      note: null,
      journalId: 'j',
    });
    expect(unknownOrder).toMatchObject({
      kind: 'refused',
      reason: 'NOT_FOUND',
      detail: { type: 'UnknownOrderError' },
    });
    const wrong = { ...item, providerReference: 'nope', wireId: `${String(item.wireId)}-nope` };
    const badItem = await imin.cancel({
      order,
      item: wrong,
      items: [wrong],
      reason: 'OTHER',
      note: null,
      journalId: 'j',
    });
    expect(badItem).toMatchObject({
      kind: 'refused',
      reason: 'NOT_FOUND',
      detail: { type: 'OrderItemIdInvalidError' },
    });
  });

  it.each([
    [
      'OrderItemNotWithinOrderError (500)',
      { status: 500, body: { '@type': 'OrderItemNotWithinOrderError', description: 'x' } },
      { kind: 'refused', reason: 'NOT_FOUND' },
    ],
    [
      '429 with Retry-After',
      { status: 429, headers: { 'retry-after': '30' }, body: { '@type': 'TooManyRequestsError' } },
      { kind: 'unavailable', retryAfterSeconds: 30 },
    ],
    [
      '503 TemporarilyUnableToUpdateOrderError',
      { status: 503, body: { '@type': 'TemporarilyUnableToUpdateOrderError', description: 'x' } },
      { kind: 'unavailable' },
    ],
    ['a bare 502 from a proxy', { status: 502, body: 'bad gateway' }, { kind: 'unknown' }],
  ])('%s maps to its own outcome, sent once', async (_name, fault, expected) => {
    sim.server.inject({ method: 'PATCH', ...fault });
    const before = sim.server.calls.filter(c => c.method === 'PATCH').length;
    expect(await cancel(ORDER.tennis)).toMatchObject(expected);
    expect(sim.server.calls.filter(c => c.method === 'PATCH').length - before).toBe(1);
  });

  it('CX-11: applied, then the connection dropped: UNKNOWN, and exactly one application (no transport retry)', async () => {
    sim.server.inject({ method: 'PATCH', dropAfterApply: true });
    const before = sim.server.calls.filter(c => c.method === 'PATCH').length;
    expect(await cancel(ORDER.tennis)).toMatchObject({ kind: 'unknown' });
    expect(sim.server.calls.filter(c => c.method === 'PATCH').length - before).toBe(1);
    expect(sim.appliedCancels.get('tennis-1')).toBe(1);
    expect((await load(ORDER.tennis)).items[0]?.status).toMatch(/CANCELLATION_PENDING|CANCELLED_BY_CUSTOMER/);
  });
});

describe('the imin simulator enforces the PATCH contract', () => {
  const patch = (body: unknown, key = API_KEY) =>
    request(`${sim.url}/orders/${ORDER.badminton}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify(body),
    });
  const item = (extra: Record<string, unknown> = {}) => ({
    '@type': 'OrderItem',
    '@id': `${sim.url}/orders/${ORDER.badminton}/order-items/badminton-1`,
    orderItemStatus: 'https://openactive.io/CustomerCancelled',
    ...extra,
  });

  it.each([
    [
      'extra top-level property',
      () => ({ '@context': 'https://openactive.io/', '@type': 'Order', orderedItem: [item()], customer: {} }),
      'PatchContainsExcessivePropertiesError',
    ],
    [
      'extra item property',
      () => ({ '@type': 'Order', orderedItem: [item({ price: 0 })] }),
      'PatchContainsExcessivePropertiesError',
    ],
    [
      'another status',
      () => ({
        '@type': 'Order',
        orderedItem: [item({ orderItemStatus: 'https://openactive.io/OrderItemConfirmed' })],
      }),
      'PatchNotAllowedOnPropertyError',
    ],
  ])('rejects %s', async (_name, body, type) => {
    const res = await patch(body());
    expect(res.statusCode).toBe(400);
    expect(await res.body.json()).toMatchObject({ '@type': type });
    expect(sim.appliedCancels.get('badminton-1')).toBeUndefined();
  });

  it('checks the API key', async () => {
    const res = await patch({ '@type': 'Order', orderedItem: [item()] }, 'wrong');
    expect(res.statusCode).toBe(401);
    await res.body.dump();
  });
});
