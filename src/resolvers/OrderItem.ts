import type { OrderItemResolvers } from '../__generated__/resolvers-types.js';
import { evaluateCancellability } from '../domain/cancellability.js';
import { guarded } from './errors.js';

export const OrderItem: OrderItemResolvers = {
  order: async (item, _args, ctx) => {
    const order = await guarded(() => ctx.services.orders.orderOfItem(ctx.caller, item));
    if (!order) throw new Error('Order of an owned item is missing.');
    return order;
  },
  cancellability: (item, _args, ctx) => evaluateCancellability(item, ctx.clock.now()),
  refundQuote: (item, _args, ctx) => {
    const verdict = evaluateCancellability(item, ctx.clock.now());
    return verdict.cancellable ? verdict.quote : null;
  },
};
