import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId, orderItemId } from '../../../src/domain/ids.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { CANCEL } from '../../helpers/imin-gateway.js';
import { startAllSimulators, type AllSimulators } from '../../helpers/simulators.js';

const PINNED = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01';
const FIRST_SEEN = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a02';
const UNMAPPED = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a03';
const METRICS_TOKEN = 'metrics-token-0123456789';
const ORDER =
  'query($id: ID!) { order(id: $id) { id items { status providerStatus cancellability { cancellable reason } } } }';

let sims: AllSimulators;
let gw: TestGateway;
let alice: string;

/** The simulator's order, mutable: the provider changing its mind under the gateway. */
const simOrder = (uuid: string) =>
  sims.imin.orders.get(uuid) as unknown as { customer: string; items: Array<{ status: string }> };

const metrics = async (token: string | null = METRICS_TOKEN) => {
  const res = await request(`${gw.url}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.statusCode, text: await res.body.text() };
};
const sample = (text: string, prefix: string) =>
  Number(
    text
      .split('\n')
      .find(line => line.startsWith(prefix))
      ?.split(' ')
      .pop() ?? 0,
  );

beforeAll(async () => {
  sims = await startAllSimulators();
  gw = await startTestGateway({
    plugins: providerPlugins,
    env: { ...sims.env, METRICS_TOKEN },
  });
  alice = await gw.token('alice');
  expect(await gw.register('alice', 'IMIN', PINNED, { bookerEmail: 'Alice@Example.invalid' })).toBe(
    'OrderRegistered',
  );
  expect(await gw.register('alice', 'IMIN', FIRST_SEEN)).toBe('OrderRegistered');
  expect(await gw.register('alice', 'IMIN', UNMAPPED)).toBe('OrderRegistered');
});
afterAll(async () => {
  await gw.close();
  await sims.close();
});

describe('AZ-03: the provider names a different booker than the ledger owner', () => {
  it('a booker given at registration is checked on every read: a mismatch reads as not found', async () => {
    const id = orderId('IMIN', PINNED);
    expect((await gw.graphql(ORDER, { id }, alice)).body.data?.order.id).toBe(id);
    const missing = await gw.graphql(
      ORDER,
      { id: orderId('IMIN', 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2aff') },
      alice,
    );
    simOrder(PINNED).customer = 'bob';
    try {
      const swapped = await gw.graphql(ORDER, { id }, alice);
      expect(swapped.text).toBe(missing.text);
      const patches = sims.imin.server.calls.filter(c => c.method === 'PATCH').length;
      const cancel = await gw.graphql(
        CANCEL,
        {
          input: {
            orderItemId: orderItemId('IMIN', PINNED, 'yoga-1'),
            reason: 'OTHER',
            idempotencyKey: 'az-03',
          },
        },
        alice,
      );
      expect(cancel.body.data?.cancelOrderItem.__typename).toBe('OrderItemNotFoundError');
      expect(sims.imin.server.calls.filter(c => c.method === 'PATCH').length).toBe(patches);
      const events = gw.logs.filter(line => line.includes('"securityEvent":"booker_mismatch"'));
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(sample((await metrics()).text, 'gateway_security_events_total{event="booker_mismatch"}')).toBe(
        events.length,
      );
    } finally {
      simOrder(PINNED).customer = 'alice';
    }
    expect((await gw.graphql(ORDER, { id }, alice)).body.data?.order.id).toBe(id);
  });

  it('without a booker at registration, the first read pins it; a later change reads as not found', async () => {
    const id = orderId('IMIN', FIRST_SEEN);
    expect((await gw.graphql(ORDER, { id }, alice)).body.data?.order.id).toBe(id);
    expect((await gw.ledger.ownership.find('IMIN', FIRST_SEEN))?.bookerFingerprint).toMatch(/^[0-9a-f]{64}$/);
    simOrder(FIRST_SEEN).customer = 'bob';
    try {
      expect((await gw.graphql(ORDER, { id }, alice)).body).toEqual({ data: { order: null } });
      const list = await gw.graphql('{ viewer { orders { edges { node { id } } } } }', {}, alice);
      expect(list.body.data?.viewer.orders.edges.map((e: { node: unknown }) => e.node)).toContainEqual(null);
    } finally {
      simOrder(FIRST_SEEN).customer = 'alice';
    }
  });

  it('refuses a booker email that is not an email', async () => {
    expect(
      await gw.register('alice', 'IMIN', 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04', { bookerEmail: 'nope' }),
    ).toBe('InvalidRegistrationRequestError');
    expect(await gw.ledger.ownership.find('IMIN', 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04')).toBeNull();
  });
});

describe('FR-08: a status the gateway cannot map', () => {
  it('shows UNKNOWN, is never cancellable, counts in a metric and is logged once per value', async () => {
    const item = simOrder(UNMAPPED).items[0]!;
    const original = item.status;
    item.status = 'PartiallyRefunded';
    try {
      const before = sample((await metrics()).text, 'gateway_provider_unknown_values_total{provider="IMIN"');
      for (let i = 0; i < 2; i++) {
        const res = await gw.graphql(ORDER, { id: orderId('IMIN', UNMAPPED) }, alice);
        expect(res.body.data?.order.items[0]).toEqual({
          status: 'UNKNOWN',
          providerStatus: expect.stringContaining('PartiallyRefunded'),
          cancellability: { cancellable: false, reason: 'UNKNOWN_STATUS' },
        });
      }
      const after = sample((await metrics()).text, 'gateway_provider_unknown_values_total{provider="IMIN"');
      expect(after - before).toBe(2);
      expect(
        gw.logs.filter(line => line.includes('PartiallyRefunded') && line.includes('no mapping')),
      ).toHaveLength(1);
    } finally {
      item.status = original;
    }
  });
});

describe('/metrics', () => {
  it('wants the metrics token when one is configured', async () => {
    expect((await metrics(null)).status).toBe(401);
    expect((await metrics('wrong-token-0123456789')).status).toBe(401);
  });

  it('reports provider calls, latency, breaker state, GraphQL latency and the event loop', async () => {
    await gw.graphql('{ viewer { orders { edges { node { id } } } } }', {}, alice);
    const { status, text } = await metrics();
    expect(status).toBe(200);
    expect(
      sample(text, 'gateway_provider_calls_total{provider="IMIN",kind="read",outcome="ok"}'),
    ).toBeGreaterThan(0);
    expect(text).toContain(
      'gateway_provider_call_duration_seconds_bucket{le="0.005",provider="IMIN",kind="read"}',
    );
    expect(text).toContain('gateway_provider_circuit_state{provider="BOOKING_COM"} 0');
    expect(text).toMatch(
      /gateway_graphql_request_duration_seconds_count\{operation="query",outcome="ok"\} \d+/,
    );
    expect(text).toContain('gateway_nodejs_eventloop_lag_p99_seconds');
    expect(text).not.toMatch(/SENTINEL|example\.invalid/);
  });
});
