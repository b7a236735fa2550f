import type { OrderResolvers } from '../__generated__/resolvers-types.js';
import { orderStatus } from '../domain/order.js';
import { guarded } from './errors.js';
import { readingReference } from './references.js';

export const Order: OrderResolvers = {
  // A router's representation: owned → the order; foreign, unknown or garbage → null, no provider call.
  __resolveReference: (reference, ctx) => {
    const id = readingReference(ctx, reference);
    return guarded(() => ctx.services.orders.orderById(ctx, id));
  },
  status: order => orderStatus(order),
  items: order => [...order.items],
  cancellationQuote: (order, { itemIds, acceptWholeOrder }, ctx) =>
    guarded(() =>
      ctx.services.cancellation.quote(order, itemIds, {
        acceptWholeOrder: acceptWholeOrder === true,
        verdictOf: item => ctx.services.orders.items.cancellability(ctx, item),
      }),
    ),
};
