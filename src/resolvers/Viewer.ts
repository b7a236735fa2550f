import type { ViewerResolvers } from '../__generated__/resolvers-types.js';
import { guarded } from './errors.js';

export const Viewer: ViewerResolvers = {
  orders: (viewer, args, ctx) =>
    guarded(() =>
      ctx.services.orders.viewerOrders(ctx, { ...args, providers: args.filter?.providers ?? null }),
    ),
  upcomingOrderItems: (_viewer, args, ctx) =>
    guarded(() => ctx.services.orders.upcomingOrderItems(ctx, args)),
};
