import { GraphQLError } from 'graphql';
import type { CustomerResolvers } from '../__generated__/resolvers-types.js';
import { readingAs, type RequestScope } from '../services/scope.js';
import type { Context } from '../context.js';
import { guarded, requireScope } from './errors.js';
import { referenceId } from './references.js';

/** The request reading this customer's bookings: as the customer themselves or `orders:admin`, else refused. */
function customerReader(ctx: Context, customerId: string): RequestScope {
  requireScope(ctx.caller, 'orders:read');
  const reader = ctx.services.orders.readerOf(ctx.caller, customerId);
  if (reader) return readingAs(ctx, reader);
  throw new GraphQLError(
    "Only the customer themselves (or the orders:admin scope) may read a customer's bookings.",
    {
      extensions: { code: 'FORBIDDEN' },
    },
  );
}

/**
 * The supergraph's customer, extended with their bookings. The users subgraph decides who exists; this
 * subgraph decides who may read whose bookings, field by field.
 */
export const Customer: CustomerResolvers = {
  __resolveReference: reference => ({ id: referenceId(reference) }),
  orders: (customer, args, ctx) => {
    const reader = customerReader(ctx, customer.id);
    return guarded(() =>
      ctx.services.orders.viewerOrders(reader, { ...args, providers: args.filter?.providers ?? null }),
    );
  },
  upcomingOrderItems: (customer, args, ctx) => {
    const reader = customerReader(ctx, customer.id);
    return guarded(() => ctx.services.orders.upcomingOrderItems(reader, args));
  },
};
