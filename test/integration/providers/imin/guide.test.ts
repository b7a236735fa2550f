import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIminAdapter } from '../../../../src/providers/imin/adapter.js';
import type { BookingProvider } from '../../../../src/providers/port.js';
import { startSimServer, type SimServer } from '../../../../src/simulators/kit.js';
import { startIminSimulator, type IminSimulator } from '../../../../src/simulators/imin/index.js';
import { iminSeed } from '../../../../src/simulators/imin/seed.js';
import { fixture } from '../../../helpers/fixtures.js';
import { cancelItem, loadOne } from '../../../helpers/provider-calls.js';

const API_KEY = 'SENTINEL-KEY-imin-guide';
const UUID = '8e1c2a5f-3b7d-4f0e-9c6a-1d2e3f4a5b6c';
const BOOKING_MEDIA_TYPE = 'application/vnd.openactive.booking+json; version=1';

/**
 * A fake written from the Open Booking API alone: it serves the fragment-style Order with its own
 * media type, and accepts a cancellation PATCH only when it carries that media type and names an
 * OrderItem `@id` it served, byte for byte; anything else is `OrderItemIdInvalidError` (500).
 */
let fake: SimServer;
let provider: BookingProvider;
beforeAll(async () => {
  const served = fixture<{ '@id': string; orderedItem: Array<{ '@id': string }> }>(
    'imin',
    'order-fragment-ids.json',
  );
  const ids = new Set(served.orderedItem.map(i => i['@id']));
  fake = await startSimServer(
    req => {
      const headers = { 'content-type': BOOKING_MEDIA_TYPE };
      if (req.path !== `/orders/${UUID}`)
        return { status: 404, headers, body: { '@type': 'UnknownOrderError' } };
      if (req.method === 'GET') return { status: 200, headers, body: served };
      if (req.headers['content-type'] !== BOOKING_MEDIA_TYPE)
        return { status: 415, headers, body: { '@type': 'UnsupportedMediaTypeError' } };
      const body = req.json() as { orderedItem?: Array<Record<string, unknown>> };
      const named = (body.orderedItem ?? []).map(i => i['@id']);
      if (named.length === 0 || named.some(id => typeof id !== 'string' || !ids.has(id)))
        return {
          status: 500,
          headers,
          body: {
            '@context': 'https://openactive.io/',
            '@type': 'OrderItemIdInvalidError',
            description: 'Invalid OrderItem @id.',
          },
        };
      return { status: 204 };
    },
    { basePath: '/api/v2' },
  );
  provider = createIminAdapter({
    baseUrl: fake.url,
    apiKey: API_KEY,
    http: { readRetries: 0 },
  });
});
afterAll(async () => {
  await provider.close();
  await fake.close();
});

describe('imin against a fake that serves the Open Booking API id style', () => {
  it("PATCHes the OrderItem @id exactly as served ('#/orderedItem/1'), with the booking media type, and is accepted", async () => {
    const order = await loadOne(provider, UUID);
    const outcome = await cancelItem(provider, order, 0, 'OTHER');
    expect(outcome).toMatchObject({ kind: 'accepted', state: 'PENDING' });
    const patch = fake.calls.filter(c => c.method === 'PATCH').at(-1);
    expect(patch?.headers['content-type']).toBe(BOOKING_MEDIA_TYPE);
    expect(JSON.parse(patch!.body)).toMatchObject({
      orderedItem: [{ '@id': `https://book.imin.co/api/v2/orders/${UUID}#/orderedItem/1` }],
    });
  });

  it('accepts both its own media type and application/json in answers (reads)', async () => {
    expect((await loadOne(provider, UUID)).items).toHaveLength(2);
    const calls = fake.calls.filter(c => c.method === 'GET');
    expect(String(calls.at(-1)?.headers['accept'])).toContain('application/vnd.openactive.booking+json');
  });
});

describe('the imin simulator serves fragment-style ids and checks them exactly', () => {
  let sim: IminSimulator;
  let viaSim: BookingProvider;
  beforeAll(async () => {
    sim = await startIminSimulator({ apiKey: API_KEY, pendingMs: 50 });
    viaSim = createIminAdapter({ baseUrl: sim.url, apiKey: API_KEY });
  });
  afterAll(async () => {
    await viaSim.close();
    await sim.close();
  });

  const fragmentOrder = () => iminSeed().find(o => o.idStyle === 'fragment')!;

  it('some demo orders are served with @type/@id keys and {order @id}#/orderedItem/{id} item ids', async () => {
    const order = fragmentOrder();
    const res = await fetch(`${sim.url}/orders/${order.uuid}`, { headers: { 'x-api-key': API_KEY } });
    const doc = (await res.json()) as Record<string, any>;
    expect(doc['@type']).toBe('Order');
    expect(doc['orderedItem'][0]['@id']).toBe(`${doc['@id']}#/orderedItem/${order.items[0]!.identifier}`);
  });

  it('cancels a fragment-style item through the adapter, once', async () => {
    const order = await loadOne(viaSim, fragmentOrder().uuid);
    const outcome = await cancelItem(viaSim, order, 0, 'OTHER');
    expect(outcome).toMatchObject({ kind: 'accepted' });
    expect(sim.appliedCancels.get(fragmentOrder().items[0]!.identifier)).toBe(1);
  });

  it('refuses a PATCH whose @id is not one it served (a rebuilt IRI), changing nothing', async () => {
    const seeded = iminSeed().find(o => o.customer === 'bob' && o.items[0]?.status === 'OrderItemConfirmed')!;
    const served = `${sim.url}/orders/${seeded.uuid}/order-items/${seeded.items[0]!.identifier}`;
    for (const id of [
      `${served}/`,
      served.replace('http://', 'https://'),
      `${served}#x`,
      served.toUpperCase(),
    ]) {
      const res = await fetch(`${sim.url}/orders/${seeded.uuid}`, {
        method: 'PATCH',
        headers: { 'x-api-key': API_KEY, 'content-type': BOOKING_MEDIA_TYPE },
        body: JSON.stringify({
          '@context': 'https://openactive.io/',
          '@type': 'Order',
          orderedItem: [
            { '@type': 'OrderItem', '@id': id, orderItemStatus: 'https://openactive.io/CustomerCancelled' },
          ],
        }),
      });
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ '@type': 'OrderItemIdInvalidError' });
    }
    expect(sim.appliedCancels.get(seeded.items[0]!.identifier)).toBeUndefined();
  });
});
