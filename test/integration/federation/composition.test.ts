// Our published subgraph SDL composes with other subgraphs through Apollo's own composition library.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ordersSubgraph, REVIEWS_SDL, USERS_SDL } from '../../helpers/sample-subgraphs.js';

const reviews = { name: 'reviews', url: 'http://reviews.invalid/graphql', typeDefs: REVIEWS_SDL };
const users = { name: 'users', url: 'http://users.invalid/graphql', typeDefs: USERS_SDL };

describe('composition (@apollo/composition, Federation 2)', () => {
  it('orders + reviews (Order @key resolvable: false) + users (owning Customer) compose with no errors', () => {
    const result = composeServices([ordersSubgraph(), reviews, users]);
    expect(result.errors?.map(e => e.message)).toBeUndefined();
    const sdl = result.supergraphSdl ?? '';
    // Customer is joined from users and orders; Order is resolved by orders only.
    expect(sdl).toMatch(
      /type Customer\s+@join__type\(graph: ORDERS, key: "id"\)\s+@join__type\(graph: USERS, key: "id"\)/,
    );
    expect(sdl).toMatch(
      /type Order implements Node\s+@join__implements\(graph: ORDERS, interface: "Node"\)\s+@join__type\(graph: ORDERS, key: "id"\)\s+@join__type\(graph: REVIEWS, key: "id", resolvable: false\)/,
    );
  });

  it('a subgraph that contradicts ours is refused, so the check above can fail', () => {
    const clash = {
      name: 'clash',
      url: 'http://clash.invalid/graphql',
      typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Order @key(fields: "id") { id: ID! status: Int }
        type Query { anything: Order }`),
    };
    const result = composeServices([ordersSubgraph(), clash]);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
