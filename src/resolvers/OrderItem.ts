import type { OrderItemResolvers } from '../__generated__/resolvers-types.js';
import { localDateOf } from '../domain/order.js';
import { guarded } from './errors.js';
import { readingReference } from './references.js';

export const OrderItem: OrderItemResolvers = {
  // As `Order`'s: the item only when the caller owns its order.
  __resolveReference: (reference, ctx) => {
    const id = readingReference(ctx, reference);
    return guarded(() => ctx.services.orders.orderItemById(ctx, id));
  },
  startDate: item => item.startDate ?? localDateOf(item.startsAt, item.timeZone),
  endDate: item => item.endDate ?? localDateOf(item.endsAt, item.timeZone),
  order: async (item, _args, ctx) => {
    const order = await guarded(() => ctx.services.orders.orderOfItem(ctx, item));
    if (!order) throw new Error('Order of an owned item is missing.');
    return order;
  },
  cancellability: (item, _args, ctx) => ctx.services.orders.items.cancellability(ctx, item),
  refundQuote: async (item, _args, ctx) => {
    const verdict = await ctx.services.orders.items.cancellability(ctx, item);
    return verdict.cancellable ? verdict.quote : null;
  },
  cancellation: (item, _args, ctx) => ctx.services.orders.items.cancellation(ctx, item),
  // The item was read through the ownership rule (owner or orders:admin), so its history is the reader's too.
  history: (item, args, ctx) => guarded(() => ctx.services.changes.history(item, args)),
};
