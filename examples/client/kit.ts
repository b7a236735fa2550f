// The client kit's operations through Apollo Client core (no React), as a frontend team runs them.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import {
  CancelBookingDocument,
  MyBookingsDocument,
  OrderByIdDocument,
  type CancelBookingMutation,
} from './__generated__/graphql.js';
import generated from './possible-types.js';

export interface KitOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly url: string;
  /** A customer's bearer token (`npm start` prints demo ones). */
  readonly token: string;
  /** Leave out only to see what goes wrong without it (see the README). */
  readonly possibleTypes?: boolean;
}

export type CancelResult = CancelBookingMutation['cancelOrderItem'];

export function createClient({ url, token, possibleTypes = true }: KitOptions) {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${token}` } }),
    // Without possibleTypes the cache cannot tell that CancellationNotPermittedError is an
    // ErrorResult, and silently drops `code`, `message` and `retryable` from every error member.
    cache: new InMemoryCache(possibleTypes ? { possibleTypes: generated.possibleTypes } : {}),
  });
}

/** What a UI does with each member: one line per outcome. */
export function describeResult(result: CancelResult): string {
  switch (result.__typename) {
    case 'OrderItemCancelled':
      return `cancelled (${result.status}): refund ${result.refund?.amount ?? '?'} ${result.refund?.currency ?? ''}`.trim();
    case 'OrderItemAlreadyCancelledError':
      return `already cancelled: ${result.message} (item ${result.orderItem.status})`;
    case 'CancellationNotPermittedError':
    case 'ProviderUnavailableError':
      return `${result.code}: ${result.message}${result.retryable ? ` (retry in ${result.retryAfterSeconds ?? '?'} s)` : ''}`;
    case 'CancellationWindowClosedError':
      return `${result.code}: ${result.message} (closed ${result.closedAt ?? 'earlier'})`;
    case 'WholeOrderCancellationRequiredError':
      return `${result.code}: confirm cancelling ${result.affectedItems.length} items`;
    case 'RefundChangedError':
      return `${result.code}: refund is now ${result.currentRefund.amount}, was ${result.expectedRefund.amount}`;
    case 'InvalidCancellationRequestError':
      return `${result.code}: fix ${result.field}`;
    case 'CancellationOutcomeUnknownError':
    case 'CancellationInProgressError':
    case 'IdempotencyKeyReusedError':
    case 'ManualCancellationRequiredError':
    case 'OrderItemNotFoundError':
      return `${result.code}: ${result.message}`;
    default: {
      const unexpected: never = result;
      return `unknown result ${JSON.stringify(unexpected)}`;
    }
  }
}

/** Lists the bookings, reads one order, cancels the first cancellable item, then cancels it again. */
export async function runKit(options: KitOptions) {
  const client = createClient(options);
  const bookings = await client.query({ query: MyBookingsDocument, variables: { first: 50 } });
  const orders = (bookings.data?.viewer.orders.edges ?? []).flatMap(e => (e.node ? [e.node] : []));
  const first = orders[0];
  const order = first
    ? (await client.query({ query: OrderByIdDocument, variables: { id: first.id } })).data
    : null;
  const item = orders.flatMap(o => o.items).find(i => i.cancellability.cancellable);
  if (!item) return { orders: orders.length, order: order?.order?.id ?? null, results: [] };
  const cancel = (idempotencyKey: string) =>
    client
      .mutate({
        mutation: CancelBookingDocument,
        variables: {
          input: { orderItemId: item.id, reason: 'CUSTOMER_REQUEST', idempotencyKey, acceptWholeOrder: true },
        },
      })
      .then(r => {
        // The default error policy throws on GraphQL errors, so data is here when the call resolves.
        if (!r.data) throw new Error('cancelOrderItem answered without data');
        return r.data.cancelOrderItem;
      });
  const results = [await cancel(`kit-${item.id}`), await cancel(`kit-again-${item.id}`)];
  return { orders: orders.length, order: order?.order?.id ?? null, item: item.id, results };
}
