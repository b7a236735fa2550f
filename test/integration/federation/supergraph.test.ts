// A real supergraph: @apollo/gateway composing our gateway (its own process) with a reviews subgraph,
// over HTTP, forwarding the caller's Authorization header as a router does.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMERS } from '../../../src/dev/demo.js';
import { startGatewayProcess, type GatewayProcess } from '../../helpers/gateway-process.js';
import { ordersSubgraph, startReviewsSubgraph } from '../../helpers/sample-subgraphs.js';

interface RouterContext {
  readonly authorization: string | undefined;
}

const JOIN = `{ reviews { id body order { id status items { title status } } } }`;
type Joined = {
  reviews: Array<{
    id: string;
    order: { id: string; status: string; items: Array<{ title: string }> } | null;
  }>;
};

describe('a supergraph over HTTP (@apollo/gateway + our process + a reviews subgraph)', () => {
  let orders: GatewayProcess;
  let reviews: Awaited<ReturnType<typeof startReviewsSubgraph>>;
  let router: ApolloServer<RouterContext>;
  let routerUrl: string;
  let alice: string;
  let bob: string;
  const seenAuthorization: Array<string | undefined> = [];

  beforeAll(async () => {
    orders = await startGatewayProcess({
      entry: 'src/dev/main.ts',
      env: { DATA_DIR: ':memory:', GATEWAY_ENV: 'development' },
    });
    [alice, bob] = await Promise.all([orders.token(DEMO_CUSTOMERS.alice), orders.token(DEMO_CUSTOMERS.bob)]);
    const own = async (token: string) => {
      const res = await orders.graphql<{ viewer: { orders: { edges: Array<{ node: { id: string } }> } } }>(
        '{ viewer { orders(first: 1) { edges { node { id } } } } }',
        {},
        token,
      );
      const id = res.body.data?.viewer.orders.edges[0]?.node.id;
      if (!id) throw new Error(`no demo order: ${JSON.stringify(res.body)}`);
      return id;
    };
    const [aliceOrder, bobOrder] = await Promise.all([own(alice), own(bob)]);
    reviews = await startReviewsSubgraph([
      { id: 'r1', body: 'Great session', orderId: aliceOrder },
      { id: 'r2', body: 'Lovely stay', orderId: bobOrder },
      { id: 'r3', body: 'Stale link', orderId: 'not-an-order-id' },
    ]);
    const composed = composeServices([
      ordersSubgraph(`${orders.url}/graphql`),
      { name: 'reviews', url: reviews.url, typeDefs: reviews.typeDefs },
    ]);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map(e => e.message).join('; '));
    const gateway = new ApolloGateway({
      supergraphSdl: composed.supergraphSdl,
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<RouterContext>({
          url,
          willSendRequest({ request: outgoing, context }) {
            if (url?.startsWith(orders.url)) seenAuthorization.push(context.authorization);
            if (context.authorization) outgoing.http?.headers.set('authorization', context.authorization);
          },
        }),
    });
    router = new ApolloServer<RouterContext>({ gateway });
    ({ url: routerUrl } = await startStandaloneServer(router, {
      listen: { port: 0, host: '127.0.0.1' },
      context: ({ req }) => Promise.resolve({ authorization: req.headers.authorization }),
    }));
  }, 60_000);

  afterAll(async () => {
    await router?.stop();
    await reviews?.stop();
    await orders?.stop();
  });

  const ask = async (token: string) => {
    const res = await request(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: JOIN }),
    });
    return (await res.body.json()) as { data?: Joined; errors?: unknown[] };
  };

  it("joins a review to its order's status and items with the caller's token forwarded", async () => {
    seenAuthorization.length = 0;
    const res = await ask(alice);
    expect(res.errors).toBeUndefined();
    const [mine, bobs, stale] = res.data?.reviews ?? [];
    expect(mine?.order?.status).toMatch(/^[A-Z_]+$/);
    expect(mine?.order?.items.length).toBeGreaterThan(0);
    expect(mine?.order?.items[0]?.title).toEqual(expect.any(String));
    expect(bobs?.order).toBeNull();
    expect(stale?.order).toBeNull();
    expect(seenAuthorization).toEqual([`Bearer ${alice}`]);
  });

  it("another customer's token gets no order data through the same join", async () => {
    const res = await ask(bob);
    expect(res.errors).toBeUndefined();
    const [alices, own] = res.data?.reviews ?? [];
    expect(alices?.order).toBeNull();
    expect(own?.order?.items.length).toBeGreaterThan(0);
  });

  it('without a token the join gets no order data: the subgraph refuses the forwarded request', async () => {
    const res = await request(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: JOIN }),
    });
    const body = (await res.body.json()) as {
      data?: Joined;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(body.data?.reviews.every(r => r.order === null)).toBe(true);
    expect(JSON.stringify(body.errors)).toContain('UNAUTHENTICATED');
  });
});
