// Issue #28: the refund and fee a cancel was accepted with are what the item says afterwards, in the
// mutation's own `orderItem`, in a re-read (pending and final) and in the live subscription's events:
// the provider's figures where it states them (Booking.com, imin, the Bókun snapshot), the gateway's
// journalled ones where it never does (Musement).
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { orderItemId } from '../../../src/domain/ids.js';
import { toDecimal } from '../../../src/domain/money.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { reviveOutcome } from '../../../src/services/cancellation/snapshot.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { pollUntil } from '../../helpers/poll.js';
import { startAllSimulators, type AllSimulators } from '../../helpers/simulators.js';

const RECORD = 'cancelledAt refund { amount currency } fee { amount currency }';
const CANCEL = `mutation($input: CancelOrderItemInput!) { cancelOrderItem(input: $input) { __typename
  ... on OrderItemCancelled { refund { amount currency } fee { amount currency } cancelledAt
    orderItem { status cancellation { ${RECORD} } } } } }`;
const ITEM = `query($id: ID!) { orderItem(id: $id) { status cancellation { ${RECORD} } } }`;
const WATCH = `subscription($id: ID!) { orderItemUpdated(id: $id) { status cancellation { ${RECORD} } } }`;

interface Money {
  amount: string;
  currency: string;
}
interface ItemRead {
  status: string;
  cancellation: { cancelledAt: string | null; refund: Money | null; fee: Money | null } | null;
}

let sims: AllSimulators;
let gw: TestGateway;
let alice: string;
const clients: Client[] = [];

beforeAll(async () => {
  sims = await startAllSimulators();
  // Pending items are polled every 100 ms, so the final state reaches subscribers within the test.
  gw = await startTestGateway({
    plugins: providerPlugins,
    env: { ...sims.env, SUBSCRIPTION_PENDING_POLL_MS: '100' },
  });
  alice = await gw.token('alice');
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await gw.close();
  await sims.close();
});

/** Every event of `orderItemUpdated(id)` over graphql-ws, as Apollo Client's GraphQLWsLink gets them. */
function watch(id: string): { events: ItemRead[]; errors: unknown[] } {
  const client = createClient({
    url: `${gw.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${alice}` },
  });
  clients.push(client);
  const seen = { events: [] as ItemRead[], errors: [] as unknown[] };
  client.subscribe<{ orderItemUpdated: ItemRead }>(
    { query: WATCH, variables: { id } },
    {
      next: value => {
        if (value.data) seen.events.push(value.data.orderItemUpdated);
        else seen.errors.push(value.errors);
      },
      error: error => seen.errors.push(error),
      complete: () => undefined,
    },
  );
  return seen;
}

const read = async (id: string) => (await gw.graphql(ITEM, { id }, alice)).body.data?.orderItem as ItemRead;

/**
 * Cancels `id` while watching it, and checks that every later view of the item carries the refund,
 * fee and time the cancel answered, until it reads `finalStatus` (the re-read and the last event).
 */
async function cancelAndCompare(id: string, key: string, finalStatus: string) {
  const live = watch(id);
  await pollUntil(
    () => live.events.length,
    n => n >= 1,
    { tries: 100, everyMs: 20 },
  );
  expect(live.events[0]?.cancellation).toBeNull();

  const res = await gw.graphql(
    CANCEL,
    { input: { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: key } },
    alice,
  );
  const answer = res.body.data?.cancelOrderItem;
  expect(answer?.__typename).toBe('OrderItemCancelled');
  const accepted = { cancelledAt: answer.cancelledAt, refund: answer.refund, fee: answer.fee };
  expect(accepted.refund).not.toBeNull();
  expect(accepted.fee).not.toBeNull();

  expect(answer.orderItem.cancellation).toEqual(accepted);
  expect((await read(id)).cancellation).toEqual(accepted);
  const final = await pollUntil(
    () => read(id),
    item => item.status === finalStatus,
    { tries: 100, everyMs: 50 },
  );
  expect(final).toEqual({ status: finalStatus, cancellation: accepted });

  await pollUntil(
    () => live.events.at(-1)?.status,
    s => s === finalStatus,
    { tries: 100, everyMs: 50 },
  );
  expect(live.errors).toEqual([]);
  const afterCancel = live.events.slice(1);
  expect(afterCancel.length).toBeGreaterThan(0);
  for (const event of afterCancel) expect(event.cancellation).toEqual(accepted);
  return accepted;
}

describe('the refund and fee of an accepted cancel, everywhere the item is read', () => {
  it('Booking.com: inside a fee step, 60 of 200 EUR charged, as cancellation_details says', async () => {
    const ref = '509430129718702';
    expect(await gw.register('alice', 'BOOKING_COM', ref)).toBe('OrderRegistered');
    const accepted = await cancelAndCompare(
      orderItemId('BOOKING_COM', ref, '8800002'),
      'agree-bdc',
      'CANCELLED_BY_CUSTOMER',
    );
    expect(accepted).toMatchObject({
      refund: { amount: '140.00', currency: 'EUR' },
      fee: { amount: '60.00' },
    });
  });

  it('imin: a full refund, pending then CustomerCancelled', async () => {
    const ref = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01';
    expect(await gw.register('alice', 'IMIN', ref)).toBe('OrderRegistered');
    const accepted = await cancelAndCompare(
      orderItemId('IMIN', ref, 'yoga-1'),
      'agree-imin',
      'CANCELLED_BY_CUSTOMER',
    );
    expect(accepted.fee?.amount).toBe('0.00');
  });

  it('Musement: the 50 % tier (32.50 of 65.00 EUR), through REFUND_STARTED and REFUNDED, though Musement never states it', async () => {
    const ref = '8bd6f4a4-0000-4000-8000-000000000002';
    expect(await gw.register('alice', 'MUSEMENT', ref)).toBe('OrderRegistered');
    const id = orderItemId('MUSEMENT', ref, '8b742505-0000-4000-8000-000000000002');
    const accepted = await cancelAndCompare(id, 'agree-musement', 'CANCELLED_BY_CUSTOMER');
    expect(accepted).toMatchObject({
      refund: { amount: '32.50', currency: 'EUR' },
      fee: { amount: '32.50' },
    });
  });

  it('Bókun: 10 % of 1290 NOK charged under the snapshot’s penalty rules', async () => {
    const code = sims.bokun.confirm('agree-1');
    const bokunBooking = {
      title: 'Fjord Cruise',
      startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      price: { amount: '1290.00', currency: 'NOK' },
      penaltyRules: [
        { cutoffHours: 240, charge: '10', chargeType: 'PERCENTAGE' },
        { cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' },
      ],
    };
    expect(await gw.register('alice', 'BOKUN', code, { bokunBooking })).toBe('OrderRegistered');
    const accepted = await cancelAndCompare(
      orderItemId('BOKUN', code, code),
      'agree-bokun',
      'CANCELLED_BY_CUSTOMER',
    );
    expect(accepted).toMatchObject({
      refund: { amount: '1161.00', currency: 'NOK' },
      fee: { amount: '129.00' },
    });
  });

  it('Musement, the answer lost after Musement applied it: settled by a read, the same amounts everywhere', async () => {
    const ref = '8bd6f4a4-0000-4000-8000-000000000006';
    expect(await gw.register('alice', 'MUSEMENT', ref)).toBe('OrderRegistered');
    sims.musement.server.inject({ method: 'DELETE', dropAfterApply: true });
    const id = orderItemId('MUSEMENT', ref, '8b742505-0000-4000-8000-000000000006');
    const accepted = await cancelAndCompare(id, 'agree-musement-lost', 'CANCELLED_BY_CUSTOMER');
    expect(accepted).toMatchObject({ refund: { amount: '44.00' }, fee: { amount: '0.00' } });
    expect(sims.musement.appliedCancels.get('8b742505-0000-4000-8000-000000000006')).toBe(1);
  });

  it('Musement, settled by the reconciler after a crash: reads show what the journal answers for the key', async () => {
    const ref = '8bd6f4a4-0000-4000-8000-000000000006';
    const itemRef = '8b742505-0000-4000-8000-000000000007';
    // The crashed request: journalled as SENT a minute ago, the cancel applied at Musement.
    const sim = sims.musement.orders.get(ref)?.items.find(i => i.uuid === itemRef);
    if (!sim) throw new Error('the simulator has no Seine River Cruise');
    sim.status = 'REFUND_STARTED';
    const { journal } = gw.ledger;
    const minuteAgo = new Date(Date.now() - 60_000);
    const key = { provider: 'MUSEMENT' as const, orderRef: ref, itemRef };
    const { entry } = await journal.claim(
      { customerId: 'alice', idempotencyKey: 'agree-crashed', fingerprint: 'f', ...key },
      minuteAgo,
    );
    await journal.transition(entry.id, ['RECEIVED'], 'SENT', minuteAgo, { changes: [] });
    expect((await gw.reconciler.reconcileOnce()).succeeded).toBe(1);
    const settled = await journal.byId(entry.id);
    const outcome = reviveOutcome(settled?.responseSnapshot ?? '{}');
    if (outcome.kind !== 'cancelled') throw new Error(`expected a cancelled outcome, got ${outcome.kind}`);
    const money = (m: { amountMinor: number; currency: string } | null) =>
      m && { amount: toDecimal(m), currency: m.currency };
    expect((await read(orderItemId('MUSEMENT', ref, itemRef))).cancellation).toEqual({
      cancelledAt: outcome.cancelledAt.toISOString(),
      refund: money(outcome.refund),
      fee: money(outcome.fee),
    });
    expect(outcome.refund).toEqual({ amountMinor: 1500, currency: 'EUR' });
  });
});
