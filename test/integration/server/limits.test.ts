import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { orderId } from '../../../src/domain/ids.js';
import { UUIDS } from '../../helpers/builders.js';
import { upstreamCalls } from '../../fakes/fake-provider.js';
import { oneOrderGateway } from '../../helpers/one-order-gateway.js';

const t = oneOrderGateway();

const id = () => orderId('IMIN', UUIDS.a);
/** order { items { order { items { … id } } } } with `levels` round trips. */
const cycle = (levels: number) =>
  `query($id: ID!) { order(id: $id) { ${'items { order { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;
const rejected = async (query: string, variables: Record<string, unknown> = {}) => {
  t.imin.calls.loadOrders.length = 0;
  const res = await t.gw.graphql(query, variables, t.alice);
  // A GraphQL request error: 200 under application/json (what this helper asks for), 400 under
  // application/graphql-response+json (graphql-over-http.test.ts covers both).
  expect(res.status).toBe(200);
  expect(res.body.errors?.length).toBeGreaterThan(0);
  expect(res.body.data).toBeUndefined();
  expect(upstreamCalls(t.imin)).toBe(0);
  return res;
};

describe('API-surface limits', () => {
  it('IN-04: a query through the order ⇄ item cycle just under the depth limit runs; just over is refused before any upstream call', async () => {
    const under = await t.gw.graphql(cycle(4), { id: id() }, t.alice);
    expect(under.status).toBe(200);
    expect(under.body.errors).toBeUndefined();
    await rejected(cycle(5), { id: id() });
  });

  it('IN-05: an alias bomb is refused, also when the aliases hide in a fragment', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `o${i}: order(id: $id) { id }`).join(' ');
    await rejected(`query($id: ID!) { ${aliases} }`, { id: id() });
    await rejected(`query($id: ID!) { ...F } fragment F on Query { ${aliases} }`, { id: id() });
  });

  it('IN-07: recursive fragments are refused without a crash', async () => {
    await rejected('query { viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }');
    expect((await fetch(`${t.gw.url}/healthz`)).status).toBe(200);
  });

  it('IN-08: a directive flood is refused', async () => {
    await rejected(`query { viewer { customerId ${'@include(if: true) '.repeat(500)} } }`);
  });

  it('IN-09: a token flood is refused', async () => {
    await rejected(`query { viewer { ${'customerId '.repeat(3_000)} } }`);
  });

  it('IN-06: a wide query (ten full order pages through one fragment) is refused by cost before execution', async () => {
    const page = `fragment Page on Viewer { orders(first: 50) { edges { node { id status total { amount } items { id title refundQuote { refund { amount } }
      cancellationPolicy { windows { from until refund { amount } fee { amount } } } } } } } }`;
    const body = Array.from({ length: 10 }, (_, i) => `v${i}: viewer { ...Page }`).join(' ');
    const started = Date.now();
    await rejected(`query { ${body} } ${page}`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('development introspection (what Apollo Sandbox sends) passes every limit', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
    });
    const res = await t.gw.graphql(query, {}, t.alice);
    expect(res.status).toBe(200);
    expect(res.body.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('IN-12: a mutation over GET is refused', async () => {
    const query = encodeURIComponent(
      'mutation { registerOrder(input: {customerId: "x", provider: IMIN, providerReference: "y"}) { __typename } }',
    );
    const res = await fetch(`${t.gw.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${t.alice}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });

  it('IN-23: a page size over the cap is clamped; an absurd one is refused by cost before anything runs', async () => {
    const clamped = await t.gw.graphql(
      '{ viewer { orders(first: 1000) { edges { cursor } pageInfo { hasNextPage } } } }',
      {},
      t.alice,
    );
    expect(clamped.body.data?.viewer.orders).toEqual({
      edges: [{ cursor: expect.any(String) }],
      pageInfo: { hasNextPage: false },
    });
    await rejected('{ viewer { orders(first: 99999999) { edges { cursor } } } }');
  });

  it('a realistic full page (first: 50, items, quotes, policy windows) is within the limits', async () => {
    const res = await t.gw.graphql(
      `{ viewer { orders(first: 50) { edges { node { id provider status total { amount currency } items { id title startsAt status
        cancellability { cancellable reason deadline } refundQuote { refund { amount currency } fee { amount currency } validUntil }
        cancellationPolicy { type windows { from until cancellable refund { amount } fee { amount } } } } } } providerOutages { provider code } } } }`,
      {},
      t.alice,
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});
