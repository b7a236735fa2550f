// The client kit (examples/client) through real Apollo Client against a gateway on the simulators.
import { CombinedGraphQLErrors, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { CancelBookingDocument } from '../../../examples/client/__generated__/graphql.js';
import { createClient, describeResult, runKit } from '../../../examples/client/kit.js';
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
