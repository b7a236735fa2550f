// Issue #31 through the gateway (SQLite, one process, the four simulators): a cancel made in the
// gateway and a cancellation found on the provider's side both reach a configured receiver, signed
// as the Standard Webhooks reference library verifies; operators see the endpoint's state.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { pollUntil } from '../../helpers/poll.js';
import { startAllSimulators, type AllSimulators } from '../../helpers/simulators.js';
import { newSecret, startReceiver, type Receiver } from '../../helpers/webhook-receiver.js';

const CANCEL = `mutation($input: CancelOrderItemInput!) { cancelOrderItem(input: $input) { __typename } }`;
const ENDPOINTS = `{ webhookEndpoints { id url position pending deadLetters lastStatus lastError disabledAt } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhookDeadLetters(endpointId: $id) { redelivered endpoint { id } } }`;

interface Event {
  type: string;
  data: {
    kind: string;
    orderItemId: string | null;
    providerReference: { order: string; item: string | null };
  };
}

let sims: AllSimulators;
let gw: TestGateway;
let receiver: Receiver;
const secret = newSecret();

beforeAll(async () => {
  sims = await startAllSimulators();
  receiver = await startReceiver();
  const endpoints = JSON.stringify([{ url: `${receiver.url}?token=receiver-own-token`, secret }]);
  gw = await startTestGateway({
    plugins: providerPlugins,
    env: { ...sims.env, WEBHOOK_ENDPOINTS: endpoints, WATCH_INTERVAL_MS: '500', WATCH_PENDING_MS: '100' },
  });
});
afterAll(async () => {
  await gw.close();
  await receiver.close();
  await sims.close();
});

/** What the receiver got, each verified by the reference library (it throws on a bad signature). */
const events = (): Event[] =>
  receiver.received.map(
    r => new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as Event,
  );

describe('webhooks from the gateway', () => {
  it('a cancel made in the gateway reaches the receiver: requested, pending, cancelled, each verified', async () => {
    const ref = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01';
    expect(await gw.register('alice', 'IMIN', ref)).toBe('OrderRegistered');
    const id = orderItemId('IMIN', ref, 'yoga-1');
    const alice = await gw.token('alice');
    const res = await gw.graphql(
      CANCEL,
      { input: { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: 'wh-gw-1' } },
      alice,
    );
    expect(res.body.data?.cancelOrderItem.__typename).toBe('OrderItemCancelled');
    const mine = () => events().filter(e => e.data.orderItemId === id);
    const got = await pollUntil(mine, e => e.some(x => x.type === 'order_item.cancelled'), {
      tries: 150,
      everyMs: 50,
    });
    expect(got.map(e => e.type)).toEqual([
      'order_item.status_changed',
      'order_item.cancellation_requested',
      'order_item.cancellation_pending',
      'order_item.cancelled',
    ]);
    expect(
      events()
        .filter(e => e.data.providerReference.order === ref)
        .map(e => e.type)[0],
    ).toBe('order.registered');
    // One webhook-id per change: no duplicates without a crash.
    const ids = receiver.received.map(r => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a cancellation found on the provider’s side reaches it too', async () => {
    const ref = '509430129718703';
    expect(await gw.register('alice', 'BOOKING_COM', ref)).toBe('OrderRegistered');
    await pollUntil(
      () =>
        events().filter(
          e => e.data.providerReference.order === ref && e.type === 'order_item.status_changed',
        ),
      e => e.length >= 1,
      { tries: 150, everyMs: 50 },
    );
    sims.booking.cancelByAccommodation(ref);
    const got = await pollUntil(
      () =>
        events().filter(
          e => e.data.providerReference.order === ref && e.type === 'order_item.cancelled_by_provider',
        ),
      e => e.length >= 1,
      { tries: 150, everyMs: 50 },
    );
    expect(got[0]?.data.kind).toBe('CANCELLED_BY_PROVIDER');
  });

  it('operators (orders:admin) see the endpoint, never its query or secret; redelivering an unknown one is refused', async () => {
    const admin = await gw.token('ops', ['orders:admin']);
    const res = await gw.graphql(ENDPOINTS, {}, admin);
    const [endpoint] = res.body.data?.webhookEndpoints ?? [];
    expect(endpoint).toMatchObject({ url: receiver.url, deadLetters: 0, lastStatus: 200, disabledAt: null });
    expect(res.text).not.toContain('receiver-own-token');
    expect(res.text).not.toContain(secret.slice(6));
    const alice = await gw.token('alice');
    expect((await gw.graphql(ENDPOINTS, {}, alice)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await gw.graphql(REDELIVER, { id: 'ep_0000000000000000' }, admin);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const known = await gw.graphql(REDELIVER, { id: endpoint.id }, admin);
    expect(known.body.data?.redeliverWebhookDeadLetters).toEqual({
      redelivered: 0,
      endpoint: { id: endpoint.id },
    });
  });

  it('the webhook secret appears in no log line', () => {
    const logs = gw.logs.join('');
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain(secret.slice(6));
    expect(logs).toContain('webhook delivery started');
  });
});
