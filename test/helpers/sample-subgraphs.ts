// Two small subgraphs a company's supergraph might put next to ours, built with the real federation
// stack: reviews (pointing at our orders) and users (owning `Customer`, to which we add bookings).
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { PUBLISHED_SUBGRAPH_SDL } from '../../src/server/federation.js';

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/** Reviews reference an order by its key only: they cannot resolve it, our subgraph does. */
export const REVIEWS_SDL = parse(`${LINK}
  type Order @key(fields: "id", resolvable: false) { id: ID! }
  type Review { id: ID! body: String! order: Order }
  type Query { reviews: [Review!]! }`);

/** Users own `Customer`; their own Relay connection shares `PageInfo` with ours. */
export const USERS_SDL = parse(`${LINK}
  type Customer @key(fields: "id") { id: ID! name: String! }
  type PageInfo @shareable { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type CustomerEdge { cursor: String! node: Customer! }
  type CustomerConnection { edges: [CustomerEdge!]! pageInfo: PageInfo! }
  type Query { me: Customer customers(first: Int): CustomerConnection! }`);

/** Our subgraph as composition sees it: the published SDL file. */
export const ordersSubgraph = (url = 'http://orders.invalid/graphql') => ({
  name: 'orders',
  url,
  typeDefs: parse(readFileSync(PUBLISHED_SUBGRAPH_SDL, 'utf8')),
});

export interface SampleReview {
  readonly id: string;
  readonly body: string;
  readonly orderId: string;
}

/** The reviews subgraph over HTTP on a free port, answering with the given reviews. */
export async function startReviewsSubgraph(
  reviews: readonly SampleReview[],
): Promise<{ url: string; typeDefs: DocumentNode; stop(): Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: REVIEWS_SDL,
      resolvers: {
        Query: { reviews: () => reviews },
        Review: { order: (review: SampleReview) => ({ __typename: 'Order', id: review.orderId }) },
      },
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, typeDefs: REVIEWS_SDL, stop: () => server.stop() };
}
