import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireScope } from './errors.js';
import { toCancellationResult, toRegisterOrderResult } from './results.js';

export const Mutation: MutationResolvers = {
  cancelOrderItem: async (_parent, { input }, ctx) => {
    requireScope(ctx.caller, 'orders:cancel');
    return toCancellationResult(await ctx.services.cancellation.cancelOrderItem(ctx.caller, input));
  },
  registerOrder: async (_parent, { input }, ctx) => {
    requireScope(ctx.caller, 'orders:write');
    const outcome = await ctx.services.registration.register(input);
    const order =
      outcome.kind === 'registered'
        ? await ctx.loaders.order
            .load({ provider: outcome.provider, orderRef: outcome.orderRef })
            .catch(() => null)
        : null;
    return toRegisterOrderResult(outcome, order);
  },
};
