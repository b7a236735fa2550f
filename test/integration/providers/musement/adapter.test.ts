import { bookerFingerprint } from '../../../../src/domain/booker.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrderModel } from '../../../../src/domain/order.js';
import { createMusementAdapter } from '../../../../src/providers/musement/adapter.js';
import type { BookingProvider } from '../../../../src/providers/port.js';
import { startMusementSimulator, type MusementSimulator } from '../../../../src/simulators/musement/index.js';

const credentials = {
  clientId: 'gw',
  clientSecret: 'SENTINEL-KEY-musement-secret',
  application: 'gateway-tests',
};
const ORDER = (n: number) => `8bd6f4a4-0000-4000-8000-00000000000${n}`;

let sim: MusementSimulator;
let musement: BookingProvider;
beforeAll(async () => {
  sim = await startMusementSimulator({ ...credentials, tokenTtlSeconds: 3600, refundMs: 100 });
  musement = createMusementAdapter({
    baseUrl: sim.url,
    credentials,
    http: { readTimeoutMs: 2_000 },
  });
});
afterAll(async () => {
  await musement.close();
  await sim.close();
});
afterEach(() => sim.server.clearFaults());

async function load(n: number): Promise<OrderModel> {
  const [order] = await musement.loadOrders([ORDER(n)]);
  if (!order || order instanceof Error) throw new Error(`order ${n} did not load`);
  return order;
}
const cancel = async (
  n: number,
  itemIndex = 0,
  reason: 'CUSTOMER_REQUEST' | 'BOOKING_ERROR' = 'CUSTOMER_REQUEST',
  note: string | null = null,
) => {
  const order = await load(n);
  return musement.cancel({
    order,
    item: order.items[itemIndex]!,
    items: [order.items[itemIndex]!],
    reason,
    note,
    journalId: 'journal-1',
  });
};
const deletes = () => sim.server.calls.filter(c => c.method === 'DELETE');

describe('Musement authentication', () => {
  it('logs in once for many concurrent reads and sends the three headers on every call', async () => {
    const before = sim.logins();
    const results = await musement.loadOrders([ORDER(1), ORDER(2), ORDER(3), ORDER(4), ORDER(6)]);
    expect(results.every(r => r && !(r instanceof Error))).toBe(true);
    expect(results[0]).toMatchObject({ bookerFingerprint: bookerFingerprint('alice@example.invalid') });
    expect(sim.logins() - before).toBeLessThanOrEqual(1);
    const login = sim.server.calls.find(c => c.path === '/login');
    expect(JSON.parse(login!.body)).toEqual({
      client_id: 'gw',
      client_secret: credentials.clientSecret,
      grant_type: 'client_credentials',
    });
    for (const call of sim.server.calls.filter(c => c.path !== '/login')) {
      expect(call.headers['authorization']).toMatch(/^Bearer [0-9a-f]{48}$/);
      expect(call.headers['x-musement-application']).toBe('gateway-tests');
      expect(call.headers['x-musement-version']).toBe('3.4.0');
    }
  });

  it('logs in again once when the token is refused (expired early)', async () => {
    const before = sim.logins();
    sim.expireTokens();
    expect((await load(7)).providerReference).toBe(ORDER(7));
    expect(sim.logins() - before).toBe(1);
  });

  it('renews the token before expires_in runs out', async () => {
    const shortLived = await startMusementSimulator({ ...credentials, tokenTtlSeconds: 1 });
    const adapter = createMusementAdapter({ baseUrl: shortLived.url, credentials });
    await adapter.loadOrders([ORDER(1)]);
    await new Promise(resolve => setTimeout(resolve, 1_100));
    await adapter.loadOrders([ORDER(2)]);
    expect(shortLived.logins()).toBe(2);
    // No call was refused: the second read used a fresh token rather than waiting for a 401.
    expect(shortLived.server.calls.filter(c => c.path !== '/login').length).toBe(4);
    await adapter.close();
    await shortLived.close();
  });
});

describe('Musement reads', () => {
  it('reads the frozen item policies once and then from the cache', async () => {
    await load(1);
    const before = sim.server.calls.filter(c => c.path.endsWith('/refund-policies')).length;
    const order = await load(1);
    expect(sim.server.calls.filter(c => c.path.endsWith('/refund-policies')).length).toBe(before);
    expect(order.items[0]?.cancellationPolicy?.windows).toHaveLength(3);
    expect(sim.server.calls.some(c => c.path.startsWith('/activities'))).toBe(false);
  });

  it('maps no policy, a passed tier, and a multi-item order', async () => {
    expect((await load(4)).items[0]?.cancellationPolicy?.type).toBe('NON_CANCELLABLE');
    expect((await load(6)).items).toHaveLength(2);
    expect((await load(8)).items[0]?.status).toBe('CANCELLED_BY_CUSTOMER');
  });
});

describe('Musement cancellation', () => {
  it('sends one DELETE with the JSON body, then the item reads REFUND_STARTED → REFUNDED', async () => {
    const before = deletes().length;
    expect(await cancel(1, 0, 'CUSTOMER_REQUEST', 'Flight cancelled')).toEqual({
      kind: 'accepted',
      state: 'PENDING',
      refund: null,
      fee: null,
      providerRequestId: null,
    });
    const sent = deletes().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe(`/orders/${ORDER(1)}/items/8b742505-0000-4000-8000-000000000001`);
    expect(sent[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent[0]!.body)).toEqual({
      cancellation_reason: 'CANCELLED-BY-CUSTOMER',
      cancellation_additional_info: 'Flight cancelled',
      cancellation_integration_data: { gateway_reference: 'journal-1' },
    });
    expect((await load(1)).items[0]?.status).toBe('CANCELLATION_PENDING');
    await new Promise(resolve => setTimeout(resolve, 200));
    expect((await load(1)).items[0]?.status).toBe('CANCELLED_BY_CUSTOMER');
  });

  it('a second cancel of a refunded item is refused', async () => {
    expect(await cancel(8)).toMatchObject({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      detail: { kind: 'musement', code: '2004' },
    });
  });

  it('a passed cut-off is refused; a manual-only activity needs customer care', async () => {
    expect(await cancel(3)).toMatchObject({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      detail: { code: '2001' },
    });
    expect(await cancel(5)).toMatchObject({
      kind: 'refused',
      reason: 'MANUAL_REQUIRED',
      detail: { code: '2003', message: expect.stringContaining('customer care') },
    });
  });

  // API-ISSUE means "a technical issue with the API" (guide 003): never what a booking error is.
  it('maps the booking-error reason to CANCELLED-BY-CUSTOMER, never API-ISSUE', async () => {
    const before = deletes().length;
    await cancel(2, 0, 'BOOKING_ERROR');
    expect(JSON.parse(deletes()[before]!.body)).toMatchObject({
      cancellation_reason: 'CANCELLED-BY-CUSTOMER',
      cancellation_additional_info: 'booking error',
    });
  });

  it('a 5xx is unknown and a 429 unavailable, each sent exactly once', async () => {
    for (const [status, kind] of [
      [502, 'unknown'],
      [429, 'unavailable'],
    ] as const) {
      sim.server.inject({ method: 'DELETE', status, body: { code: '0', message: 'x' } });
      const before = deletes().length;
      expect(await cancel(6, 1)).toMatchObject({ kind });
      expect(deletes().length - before).toBe(1);
    }
  });

  it('CX-11: applied, then the connection dropped: unknown, exactly one DELETE applied (no transport retry)', async () => {
    sim.server.inject({ method: 'DELETE', dropAfterApply: true });
    const before = deletes().length;
    expect(await cancel(7)).toMatchObject({ kind: 'unknown' });
    expect(deletes().length - before).toBe(1);
    expect(sim.appliedCancels.get('8b742505-0000-4000-8000-000000000008')).toBe(1);
  });

  it('refuses requests without the application header (simulator contract)', async () => {
    const { request } = await import('undici');
    const res = await request(`${sim.url}/orders/${ORDER(1)}`, {
      headers: { 'x-musement-version': '3.4.0' },
    });
    expect(res.statusCode).toBe(400);
    await res.body.dump();
  });
});
