import { GraphQLError } from 'graphql';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireScope } from './errors.js';
import { toCancellationResult, toRegisterOrderResult } from './results.js';

export const Mutation: MutationResolvers = {
  cancelOrderItem: async (_parent, { input }, ctx) => {
    requireScope(ctx.caller, 'orders:cancel');
    // Without the ledger there is no idempotency and no journal: refuse rather than risk a double cancel.
    const outcome = await ctx.services.cancellation
      .cancelOrderItem(ctx.caller, input)
      .catch((error: unknown) => {
        ctx.logger.error({ err: error }, 'cancellation failed before reaching a decision');
        throw new GraphQLError('Cancellations are temporarily unavailable; nothing was cancelled.', {
          extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
        });
      });
    return toCancellationResult(outcome);
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
