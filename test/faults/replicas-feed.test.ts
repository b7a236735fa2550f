// Issue #30 with real processes: three gateway replicas on one PostgreSQL schema and one set of
// simulators. A cancel through one replica reaches a live subscriber on another (pushed through the
// feed, not by its 30 s poll); a change made on the provider's side is recorded exactly once however
// many replicas watch; and a replica killed (kill -9) while it holds a booking's watch loses nothing.
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { orderItemId } from '../../src/domain/ids.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { POSTGRES_URL, createPostgresSchema } from '../helpers/ledgers.js';
import { readWholeFeed } from '../helpers/changes.js';
import { pollUntil } from '../helpers/poll.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';

const CANCEL = `mutation($input: CancelOrderItemInput!) { cancelOrderItem(input: $input) { __typename } }`;
const FEED = `query($after: String) { bookingChanges(first: 100, after: $after) {
  edges { node { id kind orderReference itemReference source } } pageInfo { hasNextPage endCursor } } }`;
const WATCH = `subscription($id: ID!) { orderItemUpdated(id: $id) { status } }`;
const SECRET = 'replicas-feed-secret-0123456789abcdef';

interface Change {
  id: string;
  kind: string;
  orderReference: string;
  itemReference: string | null;
  source: string;
}

describe.skipIf(!POSTGRES_URL)('three replicas on one PostgreSQL: the change feed', () => {
  let sims: AllSimulators;
  let schema: { url: string; drop(): Promise<void> };
  let replicas: GatewayProcess[];
  const clients: Client[] = [];

  beforeAll(async () => {
    sims = await startAllSimulators();
    schema = await createPostgresSchema();
    const env = {
      ...sims.env,
      WATCH_INTERVAL_MS: '1000',
      WATCH_PENDING_MS: '200',
      WATCH_LEASE_MS: '3000',
    };
    replicas = await Promise.all(
      [0, 1, 2].map(() => startGatewayProcess({ databaseUrl: schema.url, env, secret: SECRET })),
    );
  }, 90_000);
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await Promise.all(replicas.map(r => r.stop()));
    await schema.drop();
    await sims.close();
  });

  async function feed(via: GatewayProcess): Promise<Change[]> {
    const token = await via.token('email-service', ['changes:read']);
    return readWholeFeed(
      async after => (await via.graphql(FEED, { after }, token)).body.data?.bookingChanges,
    );
  }

  const changesOf = async (order: string, kind: string, via = replicas[0]!) =>
    (await feed(via)).filter(c => c.orderReference === order && c.kind === kind);

  it('a cancel through replica B reaches a subscriber on replica A, pending first, in order', async () => {
    const [a, b] = [replicas[0]!, replicas[1]!];
    const order = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01';
    expect(await b.register('alice', 'IMIN', order)).toBe('OrderRegistered');
    const id = orderItemId('IMIN', order, 'yoga-1');
    const alice = await a.token('alice');
    const statuses: string[] = [];
    const client = createClient({
      url: `${a.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${alice}` },
    });
    clients.push(client);
    client.subscribe<{ orderItemUpdated: { status: string } }>(
      { query: WATCH, variables: { id } },
      {
        next: v => v.data && statuses.push(v.data.orderItemUpdated.status),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await pollUntil(
      () => statuses.length,
      n => n >= 1,
      { tries: 100, everyMs: 50 },
    );
    const res = await b.graphql(
      CANCEL,
      { input: { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: 'replicas-1' } },
      await b.token('alice'),
    );
    expect(res.body.data?.cancelOrderItem.__typename).toBe('OrderItemCancelled');
    // A's own poll comes every 30 s: within this bound only the feed's push can have told it.
    const seen = await pollUntil(
      () => [...statuses],
      s => s.includes('CANCELLED_BY_CUSTOMER'),
      {
        tries: 100,
        everyMs: 50,
      },
    );
    expect(seen).toEqual(['CONFIRMED', 'CANCELLATION_PENDING', 'CANCELLED_BY_CUSTOMER']);
  });

  it('an imin SellerCancelled is recorded exactly once by three watching replicas', async () => {
    const order = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04';
    expect(await replicas[2]!.register('alice', 'IMIN', order)).toBe('OrderRegistered');
    await pollUntil(
      () => changesOf(order, 'STATUS_CHANGED'),
      c => c.length >= 2,
      { tries: 100, everyMs: 100 },
    );
    sims.imin.sellerCancel(order, 'badminton-1');
    await pollUntil(
      () => changesOf(order, 'CANCELLED_BY_PROVIDER'),
      c => c.length >= 1,
      { tries: 100, everyMs: 100 },
    );
    // Three more watch intervals on every replica: still one.
    await new Promise(resolve => setTimeout(resolve, 3_500));
    for (const via of replicas) {
      const recorded = await changesOf(order, 'CANCELLED_BY_PROVIDER', via);
      expect(recorded.map(c => c.itemReference)).toEqual(['badminton-1']);
    }
  }, 30_000);

  it('kill -9 of the replica holding a booking’s watch, mid-read: the change is recorded once, by another', async () => {
    const order = '509430129718703';
    expect(await replicas[0]!.register('alice', 'BOOKING_COM', order)).toBe('OrderRegistered');
    await pollUntil(
      () => changesOf(order, 'STATUS_CHANGED'),
      c => c.length >= 1,
      { tries: 100, everyMs: 100 },
    );
    // The property cancels; the next read of this order is slow, so its reader is caught holding it.
    sims.booking.server.inject({ pathPrefix: '/orders/details', latencyMs: 5_000, times: 3 });
    sims.booking.cancelByAccommodation(order);
    const owner = await pollUntil(
      () => leaseOwner(schema.url, order),
      o => o !== null,
      { tries: 100, everyMs: 50 },
    );
    const holder = replicas.find(r => r.logs.join('').includes(owner!));
    if (!holder)
      throw new Error(`no replica logged instance ${owner}: ${replicas[0]!.logs.join('').slice(0, 1500)}`);
    await holder.kill9();
    const survivor = replicas.find(r => r !== holder)!;
    sims.booking.server.clearFaults();
    const recorded = await pollUntil(
      () => changesOf(order, 'CANCELLED_BY_PROVIDER', survivor),
      c => c.length >= 1,
      {
        tries: 200,
        everyMs: 100,
      },
    );
    await new Promise(resolve => setTimeout(resolve, 2_500));
    expect(await changesOf(order, 'CANCELLED_BY_PROVIDER', survivor)).toHaveLength(1);
    expect(recorded).toHaveLength(1);
  }, 60_000);
});

/** The instance holding the order's watch lease right now, or null. */
async function leaseOwner(url: string, order: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ lease_owner: string | null }>(
      'select lease_owner from booking_watch where order_ref = $1 and lease_until > $2',
      [order, new Date().toISOString()],
    );
    return rows[0]?.lease_owner ?? null;
  } finally {
    await client.end();
  }
}
