// Query cost is one number for one document, whether page sizes are literals or variables.
import { describe, expect, it } from 'vitest';
import { upstreamCalls } from '../../fakes/fake-provider.js';
import { oneOrderGateway } from '../../helpers/one-order-gateway.js';

const t = oneOrderGateway();

// What a "my bookings" screen asks for: a full page with items, quotes, policy windows and cancellation.
const SELECTION = `edges { cursor node { id provider status total { amount currency } items { id title startsAt status
  cancellability { cancellable reason deadline } refundQuote { refund { amount currency } fee { amount currency } validUntil }
  cancellationPolicy { type windows { from until cancellable refund { amount } fee { amount } } }
  cancellation { cancelledAt cancelledBy refund { amount currency } fee { amount currency } } } } }
  pageInfo { hasNextPage endCursor } providerOutages { provider code retryable }`;
const literal = (n: number) => `{ viewer { orders(first: ${n}) { ${SELECTION} } } }`;
const variable = `query($n: Int) { viewer { orders(first: $n) { ${SELECTION} } } }`;

describe('query cost', () => {
  it('a full page of 50 fits, whether `first` is a literal or a variable', async () => {
    for (const res of [
      await t.gw.graphql(literal(50), {}, t.alice),
      await t.gw.graphql(variable, { n: 50 }, t.alice),
    ]) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.viewer.orders.edges).toHaveLength(1);
    }
  });

  it('over the limit, literal and variable are refused alike, before any provider call, naming the cost', async () => {
    t.imin.calls.loadOrders.length = 0;
    const literalAnswer = await t.gw.graphql(literal(5_000), {}, t.alice);
    const variableAnswer = await t.gw.graphql(variable, { n: 5_000 }, t.alice);
    expect(upstreamCalls(t.imin)).toBe(0);
    for (const res of [literalAnswer, variableAnswer]) {
      // Over budget is a request error: 200 under application/json (400 under graphql-response+json).
      expect(res.status).toBe(200);
      expect(res.body.data).toBeUndefined();
      const error = res.body.errors?.[0];
      expect(error?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
      expect(error?.message).not.toMatch(/Syntax Error/);
      expect(error?.message).toMatch(/cost/i);
      expect(error?.extensions?.['cost']).toEqual(expect.any(Number));
      expect(error?.extensions?.['maxCost']).toEqual(expect.any(Number));
    }
    expect(literalAnswer.body.errors?.[0]?.extensions?.['cost']).toBe(
      variableAnswer.body.errors?.[0]?.extensions?.['cost'],
    );
  });

  it('a refused variable elsewhere in the request never lets a costly page through later', async () => {
    // The cost is remembered per document and the variables it reads ($n); $x is not one of them.
    const doc = `query($n: Int, $x: ID!) { viewer { orders(first: $n) { ${SELECTION} } } order(id: $x) { id } }`;
    const unknown = (x: unknown) => t.gw.graphql(doc, { n: 5_000, x }, t.alice);
    const bad = await unknown({ not: 'an id' });
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    t.imin.calls.loadOrders.length = 0;
    const good = await unknown('some-order');
    expect(good.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
    expect(upstreamCalls(t.imin)).toBe(0);
  });
});
