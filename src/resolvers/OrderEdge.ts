import type { OrderEdgeResolvers } from '../__generated__/resolvers-types.js';
import { toGraphQLError } from './errors.js';

export const OrderEdge: OrderEdgeResolvers = {
  node: edge => {
    if (edge.node instanceof Error) throw toGraphQLError(edge.node);
    return edge.node;
  },
};
