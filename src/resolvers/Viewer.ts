import type { OrderEdgeResolvers, ViewerResolvers } from '../__generated__/resolvers-types.js';
import { guarded, toGraphQLError } from './errors.js';

export const Viewer: ViewerResolvers = {
  orders: (viewer, args, ctx) =>
    guarded(() =>
      ctx.services.orders.viewerOrders(ctx.caller, { ...args, providers: args.filter?.providers ?? null }),
    ),
  upcomingOrderItems: (_viewer, args, ctx) =>
    guarded(() => ctx.services.orders.upcomingOrderItems(ctx.caller, args)),
};

export const OrderEdge: OrderEdgeResolvers = {
  node: edge => {
    if (edge.node instanceof Error) throw toGraphQLError(edge.node);
    return edge.node;
  },
};
