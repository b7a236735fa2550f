// Issue #30: the life of a booking around the cancel, through the gateway's HTTP API against the
// four simulators: the history of an item, refund progress, changes made on the provider's side, and
// the feed backends page through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { readWholeFeed } from '../../helpers/changes.js';
import { pollUntil } from '../../helpers/poll.js';
import { startAllSimulators, type AllSimulators } from '../../helpers/simulators.js';

const CHANGE = `id kind source provider orderId orderItemId orderReference itemReference statusBefore
  statusAfter providerStatus refundState refund { amount currency } fee { amount currency }
  providerMessage occurredAt recordedAt`;
const HISTORY = `query($id: ID!, $after: String) { orderItem(id: $id) { status
  cancellation { refundState refund { amount } }
  history(first: 50, after: $after) { edges { cursor node { ${CHANGE} } } pageInfo { hasNextPage endCursor } } } }`;
const FEED = `query($first: Int, $after: String) { bookingChanges(first: $first, after: $after) {
  edges { cursor node { ${CHANGE} } } pageInfo { hasNextPage endCursor } } }`;
const CANCEL = `mutation($input: CancelOrderItemInput!) { cancelOrderItem(input: $input) { __typename } }`;

interface Change {
  id: string;
  kind: string;
  source: string;
  orderReference: string;
  itemReference: string | null;
  statusBefore: string | null;
  statusAfter: string | null;
  refundState: string | null;
  refund: { amount: string; currency: string } | null;
  providerMessage: string | null;
}

let sims: AllSimulators;
let gw: TestGateway;
let alice: string;
let backend: string;

beforeAll(async () => {
  sims = await startAllSimulators();
  gw = await startTestGateway({
    plugins: providerPlugins,
    env: { ...sims.env, WATCH_INTERVAL_MS: '500', WATCH_PENDING_MS: '100' },
  });
  alice = await gw.token('alice');
  backend = await gw.token('email-service', ['changes:read']);
});
afterAll(async () => {
  await gw.close();
  await sims.close();
});

async function history(id: string, token = alice) {
  const res = await gw.graphql(HISTORY, { id }, token);
  const item = res.body.data?.orderItem as {
    status: string;
    cancellation: { refundState: string } | null;
    history: { edges: Array<{ node: Change }> };
  } | null;
  return { item, changes: item?.history.edges.map(e => e.node) ?? [], errors: res.body.errors };
}

/** Every change in the feed, paging with each page's endCursor from the start. */
const wholeFeed = (first = 7): Promise<Change[]> =>
  readWholeFeed(async after => (await gw.graphql(FEED, { first, after }, backend)).body.data?.bookingChanges);

const kinds = (changes: Change[]) => changes.map(c => c.kind);
const untilKind = (id: string, kind: string) =>
  pollUntil(
    () => history(id),
    h => kinds(h.changes).includes(kind),
    { tries: 150, everyMs: 50 },
  );

describe('an item’s history', () => {
  it('imin: registered, first seen, requested, pending, then cancelled at the provider; the refund triggered', async () => {
    const ref = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01';
    expect(await gw.register('alice', 'IMIN', ref)).toBe('OrderRegistered');
    const id = orderItemId('IMIN', ref, 'yoga-1');
    await untilKind(id, 'STATUS_CHANGED');
    const res = await gw.graphql(
      CANCEL,
      { input: { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: 'feed-imin' } },
      alice,
    );
    expect(res.body.data?.cancelOrderItem.__typename).toBe('OrderItemCancelled');
    const done = await untilKind(id, 'CANCELLED');
    expect(kinds(done.changes)).toEqual([
      'REGISTERED',
      'STATUS_CHANGED',
      'CANCELLATION_REQUESTED',
      'CANCELLATION_PENDING',
      'CANCELLED',
    ]);
    const [registered, seen, requested, pending, cancelled] = done.changes;
    expect(registered).toMatchObject({ source: 'SERVICE', itemReference: null, statusAfter: null });
    expect(seen).toMatchObject({ source: 'PROVIDER', statusBefore: null, statusAfter: 'CONFIRMED' });
    expect(requested).toMatchObject({
      source: 'CUSTOMER',
      statusBefore: 'CONFIRMED',
      refund: { amount: '8.50' },
    });
    expect(pending).toMatchObject({
      source: 'CUSTOMER',
      statusAfter: 'CANCELLATION_PENDING',
      refundState: 'PENDING',
    });
    expect(cancelled).toMatchObject({
      source: 'PROVIDER',
      statusBefore: 'CANCELLATION_PENDING',
      statusAfter: 'CANCELLED_BY_CUSTOMER',
      refundState: 'STARTED',
    });
    expect(done.item?.cancellation?.refundState).toBe('STARTED');
  });

  it('Booking.com: a cancel through the gateway, cancelled at once; its refund state unknown (the guide says nothing)', async () => {
    const ref = '509430129718702';
    expect(await gw.register('alice', 'BOOKING_COM', ref)).toBe('OrderRegistered');
    const id = orderItemId('BOOKING_COM', ref, '8800002');
    await untilKind(id, 'STATUS_CHANGED');
    const input = { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: 'feed-bdc' };
    expect((await gw.graphql(CANCEL, { input }, alice)).body.data?.cancelOrderItem.__typename).toBe(
      'OrderItemCancelled',
    );
    const done = await untilKind(id, 'CANCELLED');
    expect(kinds(done.changes).slice(-2)).toEqual(['CANCELLATION_REQUESTED', 'CANCELLED']);
    expect(done.changes.at(-1)).toMatchObject({
      source: 'CUSTOMER',
      statusAfter: 'CANCELLED_BY_CUSTOMER',
      refund: { amount: '140.00' },
      refundState: 'UNKNOWN',
    });
    expect(done.item?.cancellation?.refundState).toBe('UNKNOWN');
  });

  it('Bókun: a cancel answered by the plugin, priced by the snapshot; nothing due under a 100 % rule', async () => {
    const code = sims.bokun.confirm('feed-1');
    const bokunBooking = {
      title: 'Glacier Walk',
      startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      price: { amount: '900.00', currency: 'NOK' },
      penaltyRules: [{ cutoffHours: 24_000, charge: '100', chargeType: 'PERCENTAGE' }],
    };
    expect(await gw.register('alice', 'BOKUN', code, { bokunBooking })).toBe('OrderRegistered');
    const id = orderItemId('BOKUN', code, code);
    await untilKind(id, 'STATUS_CHANGED');
    const input = { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: 'feed-bokun' };
    expect((await gw.graphql(CANCEL, { input }, alice)).body.data?.cancelOrderItem.__typename).toBe(
      'OrderItemCancelled',
    );
    const done = await untilKind(id, 'CANCELLED');
    expect(done.changes.at(-1)).toMatchObject({ refund: { amount: '0.00' }, refundState: 'NONE_DUE' });
    expect(done.item?.cancellation?.refundState).toBe('NONE_DUE');
  });

  it('an early refusal is in the history, with nothing sent', async () => {
    const ref = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a02';
    expect(await gw.register('alice', 'IMIN', ref)).toBe('OrderRegistered');
    // Football in 12 hours, cancellable until a day before: the window has closed.
    const id = orderItemId('IMIN', ref, 'football-1');
    await gw.graphql(
      CANCEL,
      { input: { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: 'feed-refused' } },
      alice,
    );
    const seen = await history(id);
    const refusals = seen.changes.filter(
      c => c.kind === 'CANCELLATION_REFUSED' || c.kind === 'CANCELLATION_REQUESTED',
    );
    // Either refused before sending (the terms) or by imin itself: never silently dropped.
    expect(refusals.length).toBeGreaterThan(0);
  });

  it('is its owner’s only: another customer reads no item, so no history', async () => {
    const bob = await gw.token('bob');
    const id = orderItemId('IMIN', 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01', 'yoga-1');
    const seen = await history(id, bob);
    expect(seen.item).toBeNull();
  });
});

describe('changes made on the provider’s side', () => {
  it('an imin SellerCancelled is recorded once, as cancelled by the provider', async () => {
    const ref = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04';
    expect(await gw.register('alice', 'IMIN', ref)).toBe('OrderRegistered');
    const item = sims.imin.orders.get(ref)!.items[0]!;
    const id = orderItemId('IMIN', ref, item.identifier);
    await untilKind(id, 'STATUS_CHANGED');
    expect(sims.imin.sellerCancel(ref, item.identifier)).toBe(true);
    const after = await untilKind(id, 'CANCELLED_BY_PROVIDER');
    await new Promise(resolve => setTimeout(resolve, 1_200));
    const settled = await history(id);
    expect(settled.changes.filter(c => c.kind === 'CANCELLED_BY_PROVIDER')).toHaveLength(1);
    expect(after.changes.at(-1)).toMatchObject({ source: 'PROVIDER', statusAfter: 'CANCELLED_BY_PROVIDER' });
  });

  it('a Booking.com cancelled_by_accommodation is recorded once', async () => {
    const ref = '509430129718703';
    expect(await gw.register('alice', 'BOOKING_COM', ref)).toBe('OrderRegistered');
    const stay = sims.booking.stays.get(ref)!;
    const id = orderItemId('BOOKING_COM', ref, stay.rooms[0]!.reservation);
    await untilKind(id, 'STATUS_CHANGED');
    expect(sims.booking.cancelByAccommodation(ref)).toBe(true);
    const after = await untilKind(id, 'CANCELLED_BY_PROVIDER');
    expect(after.changes.filter(c => c.kind === 'CANCELLED_BY_PROVIDER')).toHaveLength(1);
  });

  it('a Musement refund completing is recorded as REFUNDED, and the record says so', async () => {
    const ref = '8bd6f4a4-0000-4000-8000-000000000002';
    expect(await gw.register('alice', 'MUSEMENT', ref)).toBe('OrderRegistered');
    const item = sims.musement.orders.get(ref)!.items[0]!;
    item.status = 'REFUND_STARTED';
    const id = orderItemId('MUSEMENT', ref, item.uuid);
    await untilKind(id, 'STATUS_CHANGED');
    expect(sims.musement.refund(ref, item.uuid)).toBe(true);
    const after = await untilKind(id, 'REFUNDED');
    expect(after.changes.filter(c => c.kind === 'REFUNDED')).toHaveLength(1);
    expect(after.item?.cancellation?.refundState).toBe('REFUNDED');
  });
});

describe('bookingChanges, for backends', () => {
  it('needs changes:read or orders:admin', async () => {
    const res = await gw.graphql(FEED, { first: 1 }, alice);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await gw.token('ops', ['orders:admin']);
    expect((await gw.graphql(FEED, { first: 1 }, admin)).body.data?.bookingChanges).toBeTruthy();
  });

  it('pages through every change once, in order, with durable cursors', async () => {
    const whole = await wholeFeed(3);
    const ids = whole.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(whole.length).toBeGreaterThan(5);
    // The same feed read with another page size is the same sequence.
    expect((await wholeFeed(50)).map(c => c.id)).toEqual(ids);
  });

  it('refuses a cursor it did not make', async () => {
    const res = await gw.graphql(FEED, { first: 5, after: 'not-a-cursor' }, backend);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
