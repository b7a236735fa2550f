import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orderId } from '../../../src/domain/ids.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { startAllSimulators, type AllSimulators } from '../../helpers/simulators.js';

const REFS = {
  IMIN: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01',
  BOOKING_COM: '509430129718701',
  MUSEMENT: '8bd6f4a4-0000-4000-8000-000000000001',
  BOKUN: 'PF-TOUR-1',
} as const;
const DEADLINE_MS = 1_000;
const HALF_OPEN_MS = 500;

const ORDERS = `{
  viewer { orders { edges { node { provider providerReference items { status } } } providerOutages { provider code retryable } } }
}`;
const HEALTH = '{ providers { provider circuit lastFailureAt } }';
const circuits = async () =>
  (await gw.graphql(HEALTH, {}, alice)).body.data?.providers as Array<{
    provider: string;
    circuit: string;
    lastFailureAt: string | null;
  }>;

let sims: AllSimulators;
let gw: TestGateway;
let alice: string;

const iminReads = () => sims.imin.server.calls.filter(c => c.method === 'GET').length;
const providersOf = (edges: Array<{ node: { provider: string } | null }>) =>
  edges.flatMap(e => (e.node ? [e.node.provider] : [])).sort();

beforeAll(async () => {
  sims = await startAllSimulators();
  gw = await startTestGateway({
    plugins: providerPlugins,
    env: {
      ...sims.env,
      // The per-call budget is longer than the request's, so the request deadline is what stops a slow read.
      REQUEST_DEADLINE_MS: String(DEADLINE_MS),
      PROVIDER_TIMEOUT_MS: '5000',
      PROVIDER_BREAKER_THRESHOLD: '3',
      PROVIDER_BREAKER_HALF_OPEN_MS: String(HALF_OPEN_MS),
    },
  });
  alice = await gw.token('alice');
  for (const provider of ['IMIN', 'BOOKING_COM', 'MUSEMENT'] as const)
    expect(await gw.register('alice', provider, REFS[provider])).toBe('OrderRegistered');
  expect(
    await gw.register('alice', 'BOKUN', REFS.BOKUN, {
      bokunBooking: {
        title: 'Fjord Cruise',
        startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        price: { amount: '1290.00', currency: 'NOK' },
        penaltyRules: [{ cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' }],
      },
    }),
  ).toBe('OrderRegistered');
});
afterAll(async () => {
  await gw.close();
  await sims.close();
});
afterEach(() => {
  for (const sim of [sims.imin, sims.booking, sims.musement, sims.bokun]) sim.server.clearFaults();
});

describe('one provider failing during a four-provider query', () => {
  it('FR-13: nulls only its own orders, then its breaker spares it calls until one half-open probe', async () => {
    const healthy = await gw.graphql(ORDERS, {}, alice);
    expect(providersOf(healthy.body.data?.viewer.orders.edges)).toEqual([
      'BOKUN',
      'BOOKING_COM',
      'IMIN',
      'MUSEMENT',
    ]);

    sims.imin.server.inject({ method: 'GET', status: 503, body: { detail: 'db down' }, times: 1_000 });
    let before = iminReads();
    const started = Date.now();
    const failing = await gw.graphql(ORDERS, {}, alice);
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 500);
    expect(failing.status).toBe(200);
    expect(providersOf(failing.body.data?.viewer.orders.edges)).toEqual(['BOKUN', 'BOOKING_COM', 'MUSEMENT']);
    expect(failing.body.data?.viewer.orders.providerOutages).toEqual([
      { provider: 'IMIN', code: 'PROVIDER_UNAVAILABLE', retryable: true },
    ]);
    expect(failing.body.errors?.map(e => e.extensions)).toEqual([
      expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', provider: 'IMIN' }),
    ]);
    expect(failing.text).not.toContain('db down');
    // One read and its two retries (503 is retried) are the three consecutive faults that open the breaker.
    expect(iminReads() - before).toBe(3);
    // Query.providers reports it as data (a separate request: fields of one query resolve concurrently).
    const health = await circuits();
    expect(health.find(h => h.provider === 'IMIN')).toMatchObject({
      circuit: 'OPEN',
      lastFailureAt: expect.any(String),
    });
    expect(health.filter(h => h.provider !== 'IMIN').every(h => h.circuit === 'CLOSED')).toBe(true);

    before = iminReads();
    const open = await gw.graphql(ORDERS, {}, alice);
    expect(iminReads()).toBe(before);
    expect(providersOf(open.body.data?.viewer.orders.edges)).toEqual(['BOKUN', 'BOOKING_COM', 'MUSEMENT']);

    sims.imin.server.clearFaults();
    await sleep(HALF_OPEN_MS + 50);
    const probed = await gw.graphql(ORDERS, {}, alice);
    expect(iminReads() - before).toBe(1);
    expect(providersOf(probed.body.data?.viewer.orders.edges)).toHaveLength(4);
    expect((await circuits()).find(h => h.provider === 'IMIN')?.circuit).toBe('CLOSED');
  });

  it('FR-01: a provider that never answers costs the request no more than its deadline', async () => {
    sims.musement.server.inject({ method: 'GET', pathPrefix: '/orders', latencyMs: 4_000, times: 10 });
    const started = Date.now();
    const res = await gw.graphql(ORDERS, {}, alice);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(elapsed).toBeLessThan(DEADLINE_MS + 500);
    expect(providersOf(res.body.data?.viewer.orders.edges)).toEqual(['BOKUN', 'BOOKING_COM', 'IMIN']);
    expect(res.body.data?.viewer.orders.providerOutages).toEqual([
      { provider: 'MUSEMENT', code: 'PROVIDER_TIMEOUT', retryable: true },
    ]);
  });

  it('FR-04: a provider answering 429 beyond the deadline is RATE_LIMITED at once, with its retry hint', async () => {
    sims.booking.server.inject({ method: 'POST', status: 429, headers: { 'retry-after': '60' } });
    const started = Date.now();
    const res = await gw.graphql(ORDERS, {}, alice);
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS);
    expect(providersOf(res.body.data?.viewer.orders.edges)).toEqual(['BOKUN', 'IMIN', 'MUSEMENT']);
    expect(res.body.errors?.map(e => e.extensions)).toEqual([
      expect.objectContaining({
        code: 'RATE_LIMITED',
        provider: 'BOOKING_COM',
        retryable: true,
        retryAfterSeconds: 60,
      }),
    ]);
  });

  it('FR-06: a malformed body fails that provider alone; the log keeps its shape, never its values', async () => {
    sims.booking.server.inject({ method: 'POST', malformed: true });
    const res = await gw.graphql(ORDERS, {}, alice);
    expect(res.status).toBe(200);
    expect(providersOf(res.body.data?.viewer.orders.edges)).toEqual(['BOKUN', 'IMIN', 'MUSEMENT']);
    expect(res.body.data?.viewer.orders.providerOutages).toEqual([
      { provider: 'BOOKING_COM', code: 'PROVIDER_BAD_RESPONSE', retryable: false },
    ]);
    const correlationId = String(res.body.errors?.[0]?.extensions?.['correlationId']);
    const logged = gw.logs
      .map(line => JSON.parse(line) as Record<string, unknown>)
      .find(entry => entry['correlationId'] === correlationId && entry['msg'] === 'provider read failed');
    expect(logged).toMatchObject({ provider: 'BOOKING_COM', code: 'PROVIDER_BAD_RESPONSE', snippet: '{"…' });
    expect(res.text).not.toContain('request_id');
  });

  it('the deadline is per request: the next request reads the recovered provider in full', async () => {
    const res = await gw.graphql(
      'query($id: ID!) { order(id: $id) { providerReference } }',
      { id: orderId('MUSEMENT', REFS.MUSEMENT) },
      alice,
    );
    expect(res.body).toEqual({ data: { order: { providerReference: REFS.MUSEMENT } } });
  });
});
