import { GraphQLError } from 'graphql';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireScope } from './errors.js';
import { toCancellationResult } from './CancellationResult.js';
import { toRegisterOrderResult } from './RegisterOrderResult.js';
import { toCancelOrderItemsResult } from './CancelOrderItemsResult.js';
import type { Context } from '../context.js';

/**
 * Without the ledger there is no idempotency and no journal: refuse rather than risk a double cancel.
 * The service never throws once it has sent to a provider (it answers what the provider said, or
 * that the outcome is unknown), so an error here means nothing was sent: that is what we say.
 */
function beforeSending<T>(ctx: Context, cancelling: Promise<T>): Promise<T> {
  return cancelling.catch((error: unknown) => {
    ctx.logger.error(
      { err: error instanceof Error ? { name: error.name, message: error.message } : 'error' },
      'cancellation failed before anything was sent',
    );
    throw new GraphQLError('Cancellations are temporarily unavailable; nothing was sent to the provider.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
  });
}

export const Mutation: MutationResolvers = {
  cancelOrderItem: async (_parent, { input }, ctx) => {
    requireScope(ctx.caller, 'orders:cancel');
    const outcome = await beforeSending(ctx, ctx.services.cancellation.cancelOrderItem(ctx, input));
    return toCancellationResult(outcome);
  },
  cancelOrderItems: async (_parent, { input }, ctx) => {
    requireScope(ctx.caller, 'orders:cancel');
    const outcome = await beforeSending(ctx, ctx.services.cancellation.cancelOrderItems(ctx, input));
    return toCancelOrderItemsResult(outcome);
  },
  redeliverWebhookDeadLetters: async (_parent, { endpointId }, ctx) => {
    requireScope(ctx.caller, 'orders:admin');
    const redelivered = await ctx.services.webhooks.redeliver(endpointId);
    const endpoint = (await ctx.services.webhooks.statuses()).find(e => e.id === endpointId);
    if (redelivered === null || !endpoint)
      throw new GraphQLError('No webhook endpoint with that id is configured.', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    return { redelivered, endpoint };
  },
  registerOrder: async (_parent, { input }, ctx) => {
    requireScope(ctx.caller, 'orders:write');
    const by = { actor: ctx.caller.customerId, correlationId: ctx.correlationId };
    const outcome = await ctx.services.registration.register(input, by);
    const order =
      outcome.kind === 'registered'
        ? await ctx.loaders.order
            .load({ provider: outcome.provider, orderRef: outcome.orderRef })
            .catch(() => null)
        : null;
    return toRegisterOrderResult(outcome, order);
  },
};
