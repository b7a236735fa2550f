// The client kit (examples/client) through real Apollo Client against a gateway on the simulators.
import { CombinedGraphQLErrors, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import {
  CancelBookingDocument,
  CancelBookingsDocument,
  MyBookingsDocument,
} from '../../../examples/client/__generated__/graphql.js';
import {
  cancelTogether,
  createClient,
  describeResult,
  describeSeveral,
  runKit,
} from '../../../examples/client/kit.js';
import { DEMO_CUSTOMERS } from '../../../src/dev/demo.js';
import { developmentHook } from '../../../src/dev/index.js';
import { orderItemId } from '../../../src/domain/ids.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

let gw: TestGateway;
let url: string;
let alice: string;
beforeAll(async () => {
  gw = await startTestGateway({ plugins: providerPlugins, development: developmentHook });
  url = `${gw.url}/graphql`;
  alice = await gw.token(DEMO_CUSTOMERS.alice);
});
afterAll(() => gw.close());

const cancelMissing = (possibleTypes: boolean) =>
  createClient({ url, token: alice, possibleTypes })
    .mutate({
      mutation: CancelBookingDocument,
      variables: {
        input: {
          orderItemId: orderItemId('IMIN', '00000000-0000-4000-8000-000000000000', 'x'),
          reason: 'CUSTOMER_REQUEST',
          idempotencyKey: `missing-${String(possibleTypes)}`,
        },
      },
    })
    .then(r => r.data!.cancelOrderItem as Record<string, unknown>);

describe('Apollo Client and the result union', () => {
  it('without possibleTypes the cache drops every ErrorResult field (the measured problem)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await cancelMissing(false).finally(() => warn.mockRestore());
    expect(result['__typename']).toBe('OrderItemNotFoundError');
    expect(result['code']).toBeUndefined();
  });

  it('with the generated possibleTypes the error fields arrive', async () => {
    expect(await cancelMissing(true)).toMatchObject({
      __typename: 'OrderItemNotFoundError',
      code: 'ORDER_ITEM_NOT_FOUND',
      message: expect.any(String),
      retryable: false,
    });
  });

  it('the kit lists bookings, reads an order, cancels an item, and a second cancel is a typed error', async () => {
    const report = await runKit({ url, token: alice, webSocketImpl: WebSocket });
    expect(report.orders).toBeGreaterThan(0);
    expect(report.order).toEqual(expect.any(String));
    const [first, second] = report.results;
    expect(first?.__typename).toBe('OrderItemCancelled');
    expect(second && 'code' in second ? second.code : undefined).toEqual(expect.any(String));
    expect(report.results.map(describeResult).join('\n')).not.toMatch(/undefined/);
    // The subscription saw the item before the cancel and after it settled.
    expect(report.statuses[0]).toBe('CONFIRMED');
    expect(report.statuses.at(-1)).toBe('CANCELLED_BY_CUSTOMER');
  });

  it('the kit quotes several items of one order, cancels them at that total, and the same key replays it', async () => {
    const client = createClient({ url, token: alice });
    const listed = await client.query({ query: MyBookingsDocument, variables: { first: 50 } });
    const orders = (listed.data?.viewer.orders.edges ?? []).flatMap(e => (e.node ? [e.node] : []));
    // An order whose items can all still be cancelled, so every provider takes them together.
    const order = orders.find(o => o.items.length >= 2 && o.items.every(i => i.cancellability.cancellable));
    expect(order, 'a demo order with two or more cancellable items').toBeDefined();
    const ids = order!.items.map(i => i.id);

    const { quote, result } = await cancelTogether(client, order!.id, ids, `kit-several-${order!.id}`);
    expect(quote?.cancellable).toBe(true);
    expect(result?.__typename).toBe('CancellationResults');
    if (result?.__typename !== 'CancellationResults') return;
    expect(result.results).toHaveLength(ids.length);
    expect(result.results.every(r => r.__typename === 'OrderItemCancelled')).toBe(true);
    expect(result.totalRefund).toEqual({ ...quote!.quote!.refund });
    expect(describeSeveral(result)).not.toMatch(/undefined/);

    // The quote is gone (nothing left to cancel), but the same key still answers the first result.
    const again = await client.mutate({
      mutation: CancelBookingsDocument,
      variables: {
        input: {
          orderItemIds: ids,
          reason: 'CUSTOMER_REQUEST',
          idempotencyKey: `kit-several-${order!.id}`,
          expectedRefund: { amount: quote!.quote!.refund.amount, currency: quote!.quote!.refund.currency },
        },
      },
    });
    expect(again.data?.cancelOrderItems).toEqual(result);
    await client.dispose();
  });
});

describe('Apollo Client and request errors', () => {
  it('asks for graphql-response+json, gets 400 for a document that does not validate, and reads its code', async () => {
    const seen: { accept: string | null; status: number; type: string | null }[] = [];
    const spy: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      seen.push({
        accept: new Headers(init?.headers).get('accept'),
        status: res.status,
        type: res.headers.get('content-type'),
      });
      return res;
    };
    const client = createClient({ url, token: alice, fetch: spy });
    const error: unknown = await client.query({ query: gql('{ nope }') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect((error as CombinedGraphQLErrors).errors[0]?.extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(seen).toEqual([
      {
        accept: expect.stringMatching(/^application\/graphql-response\+json,/),
        status: 400,
        type: expect.stringMatching(/^application\/graphql-response\+json/),
      },
    ]);
    await client.dispose();
  });
});
