// Query cost is one number for one document, whether page sizes are literals or variables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, UUIDS } from '../../helpers/builders.js';
import { createFakeProvider, fakePlugin, upstreamCalls } from '../../fakes/fake-provider.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const imin = createFakeProvider('IMIN', [anOrder('IMIN', UUIDS.a)]);
let gw: TestGateway;
let alice: string;
beforeAll(async () => {
  gw = await startTestGateway({ plugins: [fakePlugin(imin)] });
  alice = await gw.token('alice');
  await gw.register('alice', 'IMIN', UUIDS.a);
});
afterAll(() => gw.close());

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
      await gw.graphql(literal(50), {}, alice),
      await gw.graphql(variable, { n: 50 }, alice),
    ]) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.viewer.orders.edges).toHaveLength(1);
    }
  });

  it('over the limit, literal and variable are refused alike, before any provider call, naming the cost', async () => {
    imin.calls.loadOrders.length = 0;
    const literalAnswer = await gw.graphql(literal(5_000), {}, alice);
    const variableAnswer = await gw.graphql(variable, { n: 5_000 }, alice);
    expect(upstreamCalls(imin)).toBe(0);
    for (const res of [literalAnswer, variableAnswer]) {
      expect(res.status).toBe(400);
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
});
