// What operators alert on, on /metrics: live subscriptions, the journal outbox, unsettled cancels.
import { createClient } from 'graphql-ws';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { orderItemId } from '../../../src/domain/ids.js';
import { createFakeProvider, fakePlugin } from '../../fakes/fake-provider.js';
import { anOrder, UUIDS } from '../../helpers/builders.js';
import { CANCEL } from '../../helpers/documents.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { pollUntil } from '../../helpers/poll.js';

const WATCH = 'subscription($id: ID!) { orderItemUpdated(id: $id) { id status } }';

describe('operations metrics', () => {
  const imin = createFakeProvider('IMIN', [anOrder('IMIN', UUIDS.a), anOrder('IMIN', UUIDS.b)]);
  let gw: TestGateway;
  let alice: string;
  beforeAll(async () => {
    gw = await startTestGateway({ plugins: [fakePlugin(imin)] });
    alice = await gw.token('alice');
    await gw.register('alice', 'IMIN', UUIDS.a);
    await gw.register('alice', 'IMIN', UUIDS.b);
  });
  afterAll(() => gw.close());

  const metric = async (name: string): Promise<number | null> => {
    const text = await (await request(`${gw.url}/metrics`)).body.text();
    const line = text.split('\n').find(l => l.startsWith(`${name} `));
    return line ? Number(line.slice(name.length + 1)) : null;
  };

  /** The metric once it reads `value` (subscriptions settle asynchronously), or its last reading. */
  const metricReaching = (name: string, value: number) =>
    pollUntil(
      () => metric(name),
      n => n === value,
      { tries: 100, everyMs: 20 },
    );

  it('counts live subscriptions and the items they watch, and drops them when subscribers leave', async () => {
    expect(await metric('gateway_subscriptions_active')).toBe(0);
    const client = createClient({
      url: `${gw.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${alice}` },
    });
    const id = orderItemId('IMIN', UUIDS.a, 'item-1');
    const stops = [1, 2].map(() =>
      client.subscribe(
        { query: WATCH, variables: { id } },
        { next: () => {}, error: () => {}, complete: () => {} },
      ),
    );
    expect(await metricReaching('gateway_subscriptions_active', 2)).toBe(2);
    expect(await metric('gateway_live_items_watched')).toBe(1);
    for (const stop of stops) stop();
    expect(await metricReaching('gateway_subscriptions_active', 0)).toBe(0);
    expect(await metric('gateway_live_items_watched')).toBe(0);
    await client.dispose();
  });

  it('reports unsettled cancellations and the age of the oldest, and the outbox backlog', async () => {
    expect(await metric('gateway_cancellations_unsettled')).toBe(0);
    expect(await metric('gateway_cancellation_outbox_pending')).toBe(0);
    imin.cancelOutcome = { kind: 'unknown', cause: 'timeout' };
    const res = await gw.graphql(
      CANCEL,
      {
        input: {
          orderItemId: orderItemId('IMIN', UUIDS.b, 'item-1'),
          reason: 'OTHER',
          idempotencyKey: 'ops-1',
        },
      },
      alice,
    );
    expect(res.body.data?.cancelOrderItem?.__typename).toBe('CancellationOutcomeUnknownError');
    expect(await metric('gateway_cancellations_unsettled')).toBe(1);
    expect(await metric('gateway_cancellations_unsettled_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(await metric('gateway_cancellations_unsettled_oldest_age_seconds')).toBeLessThan(60);
  });
});
