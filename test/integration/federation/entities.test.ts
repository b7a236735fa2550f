// The federation conformance `@apollo/subgraph` implies (`_service`, `_entities`), with the gateway's
// ownership rules kept: what a router sends, over real HTTP.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId, orderItemId } from '../../../src/domain/ids.js';
import { anOrder, UUIDS } from '../../helpers/builders.js';
import { createFakeProvider, fakePlugin, upstreamCalls } from '../../fakes/fake-provider.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  __typename
  ... on Order { id status items { id title } }
  ... on OrderItem { id status order { id } }
} }`;
const CUSTOMER_ORDERS = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Customer { id orders(first: 10) { edges { node { id } } } upcomingOrderItems { edges { node { id } } } }
} }`;
const DETAILED = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Order { id status createdAt items { id title status startsAt endsAt timeZone price { amount currency } } }
} }`;
const SIXTH = '66666666-6666-4666-8666-666666666666';

describe('federation: _service and _entities keep ownership', () => {
  // imin answers up to 50 orders in one call, as its batch read does.
  const imin = createFakeProvider(
    'IMIN',
    [UUIDS.a, UUIDS.b, UUIDS.c, SIXTH].map(ref => anOrder('IMIN', ref)),
    50,
  );
  let gw: TestGateway;
  let alice: string;
  let bob: string;
  let admin: string;
  beforeAll(async () => {
    gw = await startTestGateway({ plugins: [fakePlugin(imin)] });
    [alice, bob, admin] = await Promise.all([
      gw.token('alice'),
      gw.token('bob'),
      gw.token('support', ['orders:read', 'orders:admin']),
    ]);
    for (const ref of [UUIDS.a, UUIDS.c, SIXTH]) await gw.register('alice', 'IMIN', ref);
    await gw.register('bob', 'IMIN', UUIDS.b);
  });
  afterAll(() => gw.close());

  const entities = (representations: unknown[], token: string, query = ENTITIES) =>
    gw.graphql(query, { representations }, token);

  it('_service { sdl } is the published subgraph SDL, with Order, OrderItem and Customer keyed by id', async () => {
    const res = await gw.graphql('{ _service { sdl } }', {}, alice);
    const sdl = (res.body.data as { _service: { sdl: string } } | undefined)?._service.sdl ?? '';
    for (const type of ['Order implements Node', 'OrderItem implements Node', 'Customer'])
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    expect(sdl).toBe(readFileSync('federation/subgraph.graphql', 'utf8'));
  });

  it('mixed representations: owned ones resolve, foreign, unknown and garbage ones are null, with no provider call for them', async () => {
    imin.calls.loadOrders.length = 0;
    const res = await entities(
      [
        { __typename: 'Order', id: orderId('IMIN', UUIDS.a) },
        { __typename: 'Order', id: orderId('IMIN', UUIDS.b) }, // bob's
        { __typename: 'Order', id: orderId('IMIN', '44444444-4444-4444-8444-444444444444') }, // unregistered
        { __typename: 'Order', id: 'not-an-id' },
        { __typename: 'Order', id: 12345 },
        { __typename: 'Order', id: orderItemId('IMIN', UUIDS.a, 'item-1') }, // an item's id as an order's
        { __typename: 'OrderItem', id: orderItemId('IMIN', UUIDS.c, 'item-1') },
        { __typename: 'OrderItem', id: orderItemId('IMIN', UUIDS.b, 'item-1') }, // bob's
        { __typename: 'Order', id: orderId('IMIN', SIXTH) },
      ],
      alice,
    );
    expect(res.body.errors).toBeUndefined();
    const got = (res.body.data as { _entities: Array<{ id: string } | null> })._entities;
    expect(got.map(e => e?.id ?? null)).toEqual([
      orderId('IMIN', UUIDS.a),
      null,
      null,
      null,
      null,
      null,
      orderItemId('IMIN', UUIDS.c, 'item-1'),
      null,
      orderId('IMIN', SIXTH),
    ]);
    // Batched: alice's three orders in one provider read; bob's and the unknown ones never read.
    expect(imin.calls.loadOrders).toEqual([[UUIDS.a, UUIDS.c, SIXTH]]);
  });

  it('bob gets nothing of alice through _entities, with no provider call', async () => {
    imin.calls.loadOrders.length = 0;
    const res = await entities(
      [
        { __typename: 'Order', id: orderId('IMIN', UUIDS.a) },
        { __typename: 'OrderItem', id: orderItemId('IMIN', UUIDS.a, 'item-1') },
      ],
      bob,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ _entities: [null, null] });
    expect(upstreamCalls(imin)).toBe(0);
  });

  it("Customer.orders answers for the token's own customer and for orders:admin, and refuses anyone else", async () => {
    const aliceRef = [{ __typename: 'Customer', id: 'alice' }];
    const own = await entities(aliceRef, alice, CUSTOMER_ORDERS);
    expect(own.body.errors).toBeUndefined();
    const ids = (d: unknown) =>
      (
        d as { _entities: Array<{ orders: { edges: Array<{ node: { id: string } }> } }> }
      )._entities[0]!.orders.edges.map(e => e.node.id).sort();
    const alices = [UUIDS.a, UUIDS.c, SIXTH].map(ref => orderId('IMIN', ref)).sort();
    expect(ids(own.body.data)).toEqual(alices);

    const support = await entities(aliceRef, admin, CUSTOMER_ORDERS);
    expect(support.body.errors).toBeUndefined();
    expect(ids(support.body.data)).toEqual(alices);

    imin.calls.loadOrders.length = 0;
    const foreign = await entities(aliceRef, bob, CUSTOMER_ORDERS);
    expect(foreign.body.data).toEqual({ _entities: [null] });
    expect(foreign.body.errors?.length).toBeGreaterThan(0);
    expect(new Set(foreign.body.errors?.map(e => e.extensions?.['code']))).toEqual(new Set(['FORBIDDEN']));
    expect(upstreamCalls(imin)).toBe(0);
  });

  it('thousands of representations hit the cost limit, and a larger body the size limit, before any provider call', async () => {
    imin.calls.loadOrders.length = 0;
    // 900 representations fit the body limit; with this selection they cost about 900 × 13.
    const many = Array.from({ length: 900 }, () => ({ __typename: 'Order', id: orderId('IMIN', UUIDS.a) }));
    const costly = await entities(many, alice, DETAILED);
    // A request error: 200 under application/json, which a router's fetch asks for by default.
    expect(costly.status).toBe(200);
    expect(costly.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');

    const huge = Array.from({ length: 3_000 }, () => ({ __typename: 'Order', id: orderId('IMIN', UUIDS.a) }));
    const tooBig = await entities(huge, alice);
    expect(tooBig.status).toBe(413);
    expect(upstreamCalls(imin)).toBe(0);
  });

  it('a router asking for inline traces (ftv1) gets none: they would carry unmasked errors and per-field timings', async () => {
    const res = await gw.post('/graphql', JSON.stringify({ query: '{ viewer { customerId } }' }), {
      'content-type': 'application/json',
      authorization: `Bearer ${alice}`,
      'apollo-federation-include-trace': 'ftv1',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { viewer: { customerId: 'alice' } } });
  });

  it('the standalone schema is unchanged: viewer and order(id) answer as before', async () => {
    const res = await gw.graphql(
      'query($id: ID!) { viewer { customerId } order(id: $id) { id } }',
      { id: orderId('IMIN', UUIDS.a) },
      alice,
    );
    expect(res.body).toEqual({
      data: { viewer: { customerId: 'alice' }, order: { id: orderId('IMIN', UUIDS.a) } },
    });
  });
});

describe('federation with introspection off (production)', () => {
  let gw: TestGateway;
  let alice: string;
  const imin = createFakeProvider('IMIN', [anOrder('IMIN', UUIDS.a)]);
  beforeAll(async () => {
    gw = await startTestGateway({
      plugins: [fakePlugin(imin)],
      env: { GATEWAY_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40) },
    });
    alice = await gw.token('alice');
    await gw.register('alice', 'IMIN', UUIDS.a);
  });
  afterAll(() => gw.close());

  it('_service is refused like introspection, pointing at the published SDL; _entities still serves the router', async () => {
    const sdl = await gw.graphql('{ _service { sdl } }', {}, alice);
    expect(sdl.status).toBe(200);
    expect(sdl.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(sdl.body.errors?.[0]?.message).toContain('federation/subgraph.graphql');

    const res = await gw.graphql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id } } }',
      { r: [{ __typename: 'Order', id: orderId('IMIN', UUIDS.a) }] },
      alice,
    );
    expect(res.body).toEqual({ data: { _entities: [{ id: orderId('IMIN', UUIDS.a) }] } });
  });
});
