// The client kit's operations through Apollo Client core (no React), as a frontend team runs them.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { generatePersistedQueryIdsFromManifest } from '@apollo/persisted-query-lists';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient as createWsClient } from 'graphql-ws';
import {
  CancelBookingDocument,
  CancelBookingsDocument,
  CancelTogetherQuoteDocument,
  ItemUpdatedDocument,
  MyBookingsDocument,
  OrderByIdDocument,
  type CancelBookingMutation,
  type CancelBookingsMutation,
} from './__generated__/graphql.js';
import manifest from './persisted-query-manifest.json' with { type: 'json' };
import generated from './possible-types.js';

export interface KitOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly url: string;
  /** A customer's bearer token (`npm start` prints demo ones). */
  readonly token: string;
  /** Leave out only to see what goes wrong without it (see the README). */
  readonly possibleTypes?: boolean;
  /** The WebSocket class for subscriptions: browsers and Node 22+ have one; on Node 20 pass `ws`. */
  readonly webSocketImpl?: unknown;
  /** Send operations by their manifest id (for a gateway with TRUSTED_DOCUMENTS), not their text. */
  readonly byId?: boolean;
  readonly fetch?: typeof fetch;
}

export type CancelResult = CancelBookingMutation['cancelOrderItem'];
export type CancelSeveralResult = CancelBookingsMutation['cancelOrderItems'];

/** Queries and mutations over HTTP, subscriptions over graphql-ws on the same path; `dispose` closes the socket. */
export function createClient({ url, token, possibleTypes = true, webSocketImpl, byId, fetch }: KitOptions) {
  const headers = { authorization: `Bearer ${token}` };
  const http = new HttpLink({ uri: url, headers, ...(fetch ? { fetch } : {}) });
  // Ids from the manifest the kit's own operations generated (npm run codegen).
  const ids = byId
    ? new PersistedQueryLink(generatePersistedQueryIdsFromManifest({ loadManifest: () => manifest }))
    : null;
  const impl = webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;
  const ws = impl
    ? createWsClient({
        url: url.replace(/^http/, 'ws'),
        connectionParams: headers,
        webSocketImpl: impl,
        lazy: true,
      })
    : null;
  const client = new ApolloClient({
    link: ApolloLink.from([
      ...(ids ? [ids] : []),
      ws ? ApolloLink.split(op => isSubscriptionOperation(op.query), new GraphQLWsLink(ws), http) : http,
    ]),
    // Without possibleTypes the cache cannot tell that CancellationNotPermittedError is an
    // ErrorResult, and silently drops `code`, `message` and `retryable` from every error member.
    cache: new InMemoryCache({
      ...(possibleTypes ? { possibleTypes: generated.possibleTypes } : {}),
      // These objects have no id of their own: they belong to their item, so merge what each
      // operation selected instead of replacing (and losing) the refund another one read.
      typePolicies: {
        CancellationRecord: { merge: true },
        Cancellability: { merge: true },
        RefundQuote: { merge: true },
      },
    }),
  });
  return Object.assign(client, { dispose: async () => ws?.dispose() });
}

/** Follows one item's status live; `until` waits (bounded) for what the caller wants to have seen. */
function followStatus(client: ReturnType<typeof createClient>, id: string) {
  const statuses: string[] = [];
  let notify = () => {};
  const subscription = client.subscribe({ query: ItemUpdatedDocument, variables: { id } }).subscribe({
    next: result => {
      const status = result.data?.orderItemUpdated.status;
      if (status) statuses.push(status);
      notify();
    },
    error: () => notify(),
  });
  return {
    statuses,
    stop: () => subscription.unsubscribe(),
    until(done: (seen: readonly string[]) => boolean, timeoutMs: number): Promise<void> {
      return new Promise(resolve => {
        const timer = setTimeout(finish, timeoutMs);
        function finish() {
          clearTimeout(timer);
          resolve();
        }
        notify = () => (done(statuses) ? finish() : undefined);
        notify();
      });
    },
  };
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

/**
 * Several items of one order: quote them together, show the customer that total, then cancel at it.
 * A total that moved in between comes back as RefundChangedError with nothing sent.
 */
export async function cancelTogether(
  client: ReturnType<typeof createClient>,
  orderId: string,
  itemIds: readonly string[],
  idempotencyKey: string,
) {
  const asked = await client.query({
    query: CancelTogetherQuoteDocument,
    variables: { orderId, itemIds: [...itemIds] },
    fetchPolicy: 'network-only',
  });
  const quote = asked.data?.order?.cancellationQuote;
  if (!quote?.cancellable || !quote.quote) return { quote, result: null };
  const answer = await client.mutate({
    mutation: CancelBookingsDocument,
    variables: {
      input: {
        orderItemIds: [...itemIds],
        reason: 'CUSTOMER_REQUEST',
        idempotencyKey,
        // Only the input's fields: the cache adds __typename to what it read.
        expectedRefund: { amount: quote.quote.refund.amount, currency: quote.quote.refund.currency },
      },
    },
  });
  if (!answer.data) throw new Error('cancelOrderItems answered without data');
  return { quote, result: answer.data.cancelOrderItems };
}

/** One line for the whole request, then one per item, as describeResult words them. */
export function describeSeveral(result: CancelSeveralResult): string {
  if (result.__typename !== 'CancellationResults') return `${result.code}: ${result.message}`;
  const refund = result.totalRefund;
  // Null when nothing was accepted, or an accepted item's refund is not known yet.
  const total = refund ? `${refund.amount} ${refund.currency}` : 'not known';
  const how = result.appliedAtomically ? 'all or none' : 'item by item';
  return [`refund ${total} in total (${how})`, ...result.results.map(describeResult)].join('\n');
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
  if (!item) {
    await client.dispose();
    return { orders: orders.length, order: order?.order?.id ?? null, results: [], statuses: [] };
  }
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
  const live = followStatus(client, item.id);
  await live.until(seen => seen.length > 0, 10_000);
  const results = [await cancel(`kit-${item.id}`), await cancel(`kit-again-${item.id}`)];
  await live.until(seen => seen.includes('CANCELLED_BY_CUSTOMER'), 30_000);
  live.stop();
  await client.dispose();
  return {
    orders: orders.length,
    order: order?.order?.id ?? null,
    item: item.id,
    results,
    statuses: live.statuses,
  };
}
