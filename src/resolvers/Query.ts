import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { guarded, requireAnyScope, requireScope } from './errors.js';

export const Query: QueryResolvers = {
  node: (_parent, { id }, ctx) => {
    requireScope(ctx.caller, 'orders:read');
    return guarded(async () => {
      const node = await ctx.services.orders.node(ctx, id);
      if (!node) return null;
      return 'items' in node
        ? { ...node, __typename: 'Order' as const }
        : { ...node, __typename: 'OrderItem' as const };
    });
  },
  order: (_parent, { id }, ctx) => {
    requireScope(ctx.caller, 'orders:read');
    return guarded(() => ctx.services.orders.orderById(ctx, id));
  },
  orderItem: (_parent, { id }, ctx) => {
    requireScope(ctx.caller, 'orders:read');
    return guarded(() => ctx.services.orders.orderItemById(ctx, id));
  },
  viewer: (_parent, _args, ctx) => {
    requireScope(ctx.caller, 'orders:read');
    return { customerId: ctx.caller.customerId };
  },
  providers: (_parent, _args, ctx) => ctx.services.providerHealth(),
  webhookEndpoints: (_parent, _args, ctx) => {
    requireScope(ctx.caller, 'orders:admin');
    return ctx.services.webhooks.statuses();
  },
  bookingChanges: (_parent, args, ctx) => {
    requireAnyScope(ctx.caller, ['changes:read', 'orders:admin']);
    return guarded(() => ctx.services.changes.feed(args));
  },
};
