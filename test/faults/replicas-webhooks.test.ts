// Issue #31 with real processes: three replicas on one PostgreSQL deliver every change to a receiver,
// one replica at a time per endpoint; duplicates only after a crash, and then with the same
// webhook-id. WH-03: kill -9 of the replica in the middle of a delivery loses nothing.
import { Webhook } from 'standardwebhooks';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { POSTGRES_URL, createPostgresSchema } from '../helpers/ledgers.js';
import { readWholeFeed } from '../helpers/changes.js';
import { pollUntil } from '../helpers/poll.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';
import { newSecret, startReceiver, type Receiver } from '../helpers/webhook-receiver.js';

const SECRET = 'replicas-webhooks-secret-0123456789ab';
const FEED = `query($after: String) { bookingChanges(first: 100, after: $after) {
  edges { node { id orderReference } } pageInfo { hasNextPage endCursor } } }`;

describe.skipIf(!POSTGRES_URL)('three replicas deliver webhooks', () => {
  let sims: AllSimulators;
  let schema: { url: string; drop(): Promise<void> };
  let replicas: GatewayProcess[];
  let receiver: Receiver;
  let hang: ((release: () => void) => void) | null = null;
  const secret = newSecret();

  beforeAll(async () => {
    sims = await startAllSimulators();
    schema = await createPostgresSchema();
    receiver = await startReceiver((res, _n, got) => {
      if (
        hang &&
        JSON.parse(got.body).data?.providerReference?.order === 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a09'
      )
        return hang(() => res.writeHead(200).end());
      res.writeHead(200).end();
    });
    const env = {
      ...sims.env,
      WEBHOOK_ENDPOINTS: JSON.stringify([{ url: receiver.url, secret }]),
      WEBHOOK_LEASE_MS: '2000',
      WEBHOOK_TIMEOUT_MS: '20000',
      WEBHOOK_RETRY_BASE_MS: '100',
      WATCH_INTERVAL_MS: '1000',
    };
    replicas = await Promise.all(
      [0, 1, 2].map(() => startGatewayProcess({ databaseUrl: schema.url, env, secret: SECRET })),
    );
  }, 90_000);
  afterAll(async () => {
    await Promise.all(replicas.map(r => r.stop()));
    await receiver.close();
    await schema.drop();
    await sims.close();
  });

  const verified = () =>
    receiver.received.map(r => ({
      id: String(r.headers['webhook-id']),
      event: new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as {
        data: { changeId: string; providerReference: { order: string } };
      },
    }));

  async function feedIds(): Promise<string[]> {
    const via = replicas.find(r => r.alive())!;
    const token = await via.token('backend', ['changes:read']);
    const all = await readWholeFeed<{ id: string }>(
      async after => (await via.graphql(FEED, { after }, token)).body.data?.bookingChanges,
    );
    return all.map(c => c.id);
  }

  it('every change reaches the receiver once, whichever replica wrote it', async () => {
    const orders = ['b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01', 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04'];
    await Promise.all(orders.map((order, i) => replicas[i]!.register('alice', 'IMIN', order)));
    await replicas[2]!.register('bob', 'BOOKING_COM', '509430129718703');
    const expected = await pollUntil(feedIds, ids => ids.length >= 6, { tries: 100, everyMs: 100 });
    const got = await pollUntil(
      verified,
      v => expected.every(id => v.some(x => x.event.data.changeId === id)),
      {
        tries: 100,
        everyMs: 100,
      },
    );
    const webhookIds = got.map(g => g.id);
    expect(new Set(webhookIds).size).toBe(webhookIds.length);
    expect(new Set(got.map(g => g.event.data.changeId))).toEqual(new Set(await feedIds()));
  }, 30_000);

  it('WH-03: kill -9 of the replica mid-delivery: another replica delivers it, with the same webhook-id', async () => {
    let release: (() => void) | null = null;
    hang = r => (release = r);
    const order = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a09';
    expect(await replicas[0]!.register('alice', 'IMIN', order)).toBe('OrderRegistered');
    await pollUntil(
      () => release,
      r => r !== null,
      { tries: 100, everyMs: 50 },
    );
    const holder = await leaseHolder(schema.url);
    const victim = replicas.find(r => r.logs.join('').includes(holder!))!;
    await victim.kill9();
    hang = null;
    const firstId = verified().find(v => v.event.data.providerReference.order === order)!.id;
    const again = await pollUntil(
      () => receiver.received.filter(r => r.headers['webhook-id'] === firstId),
      r => r.length >= 2,
      { tries: 150, everyMs: 100 },
    );
    expect(again).toHaveLength(2);
    // Everything about that order arrives, nothing is lost, and only the interrupted one came twice.
    const feed = await feedIds();
    await pollUntil(verified, v => feed.every(id => v.some(x => x.event.data.changeId === id)), {
      tries: 150,
      everyMs: 100,
    });
    const counts = new Map<string, number>();
    for (const v of verified()) counts.set(v.id, (counts.get(v.id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([firstId]);
  }, 60_000);
});

/** The instance delivering for the (only) webhook endpoint now. */
async function leaseHolder(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner: string }>(
      "select owner from lease where name like 'webhook:%'",
    );
    return rows[0]?.owner ?? null;
  } finally {
    await client.end();
  }
}
