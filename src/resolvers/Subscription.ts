import { GraphQLError } from 'graphql';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.js';
import { TooManySubscriptions, type LiveItemEvent } from '../services/live-items.js';
import { guarded, requireScope } from './errors.js';

export const itemNotFound = () =>
  new GraphQLError('Order item not found.', { extensions: { code: 'NOT_FOUND' } });

export const Subscription: SubscriptionResolvers = {
  orderItemUpdated: {
    // Ownership from the ledger before anything else: a foreign id costs no provider call.
    subscribe: async (_root, { id }, ctx) => {
      requireScope(ctx.caller, 'orders:read');
      const itemId = await guarded(() => ctx.services.orders.ownedItemId(ctx, id));
      if (!itemId) throw itemNotFound();
      try {
        return ctx.services.live.watch(ctx.caller.customerId, itemId);
      } catch (error) {
        if (!(error instanceof TooManySubscriptions)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: error.limit },
        });
      }
    },
    resolve: (event: LiveItemEvent) => event.item,
  },
};
