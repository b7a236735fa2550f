/**
 * Cross-replica push latency (issue #30): three gateway replicas (the production build, each its own
 * process) on one PostgreSQL schema and one imin simulator; for each of N bookings a live subscriber
 * on replica A, a cancel through replica B, and the time until A's subscriber sees the change.
 * Prints p50 / p99 / max, from the cancel's answer and from its request, and how many subscribers saw
 * CANCELLATION_PENDING (imin passes through it for `--pending-ms`), with ✔/✘ against < 1 s p50 and
 * < 2 s p99. Needs DATABASE_URL (a PostgreSQL it may create a schema in) and `npm run build`.
 * Options: --bookings (40), --pending-ms (1500), --out (bench/results/push-latency.json).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { authSettings, issueToken } from '../src/auth/tokens.js';
import { orderItemId } from '../src/domain/ids.js';
import { iminOrders } from '../src/simulators/imin/seed.js';
import { startIminSimulator } from '../src/simulators/imin/index.js';
import { productionFlags, startNode } from '../scripts/processes.mjs';

const { values: args } = parseArgs({
  options: {
    bookings: { type: 'string', default: '40' },
    'pending-ms': { type: 'string', default: '1500' },
    out: { type: 'string', default: 'bench/results/push-latency.json' },
  },
});
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl) {
  console.log('push latency: skipped (set DATABASE_URL to a PostgreSQL the benchmark may use)');
  process.exit(0);
}
const n = Number(args.bookings);
const secret = randomBytes(32).toString('base64url');
const auth = authSettings(secret, null, null);
const schema = `bench_${randomBytes(5).toString('hex')}`;
const admin = new pg.Client({ connectionString: databaseUrl });
await admin.connect();
await admin.query(`create schema ${schema}`);
const url = new URL(databaseUrl);
url.searchParams.set('options', `-c search_path=${schema}`);

const orders = iminOrders(n);
const apiKey = randomBytes(16).toString('hex');
const imin = await startIminSimulator({ apiKey, seed: orders, pendingMs: Number(args['pending-ms']) });
const replicas = await Promise.all(
  [0, 1, 2].map(async () => {
    const env = {
      PATH: process.env['PATH'],
      NODE_ENV: 'production',
      GATEWAY_ENV: 'production',
      AUTH_JWT_SECRET: secret,
      DATABASE_URL: url.toString(),
      PORT: '0',
      RATE_LIMIT_PER_MINUTE: '1000000',
      IMIN_BASE_URL: imin.url,
      IMIN_API_KEY: apiKey,
    };
    const node = startNode([...productionFlags(), 'dist/index.js'], env, 'orders-gateway listening');
    await node.started;
    return { node, url: /"url":"([^"]+)"/.exec(node.output())![1]!.replace(/\/graphql$/, '') };
  }),
);
const [a, b] = [replicas[0]!, replicas[1]!];

async function graphql(base: string, query: string, variables: object, token: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

try {
  const service = await issueToken(auth, 'booking-flow', ['orders:write']);
  const alice = await issueToken(auth, 'alice', ['orders:read', 'orders:cancel']);
  for (const order of orders) {
    const input = { customerId: 'alice', provider: 'IMIN', providerReference: order.uuid };
    const res = await graphql(
      a.url,
      'mutation($i: RegisterOrderInput!) { registerOrder(input: $i) { __typename } }',
      { i: input },
      service,
    );
    if (res.data?.registerOrder?.__typename !== 'OrderRegistered') throw new Error(JSON.stringify(res));
  }
  const ws = createClient({
    url: `${a.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${alice}` },
  });
  const fromAnswer: number[] = [];
  const fromRequest: number[] = [];
  let sawPending = 0;
  for (const order of orders) {
    const id = orderItemId('IMIN', order.uuid, order.items[0]!.identifier);
    const seen: Array<{ status: string; at: number }> = [];
    let unsubscribe = () => undefined as void;
    const first = new Promise<void>(resolve => {
      unsubscribe = ws.subscribe<{ orderItemUpdated: { status: string } }>(
        { query: 'subscription($id: ID!) { orderItemUpdated(id: $id) { status } }', variables: { id } },
        {
          next: v => {
            seen.push({ status: v.data!.orderItemUpdated.status, at: performance.now() });
            resolve();
          },
          error: () => resolve(),
          complete: () => undefined,
        },
      );
    });
    await first;
    const sent = performance.now();
    const res = await graphql(
      b.url,
      'mutation($i: CancelOrderItemInput!) { cancelOrderItem(input: $i) { __typename } }',
      { i: { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: `bench-${order.uuid}` } },
      alice,
    );
    const answered = performance.now();
    if (res.data?.cancelOrderItem?.__typename !== 'OrderItemCancelled') throw new Error(JSON.stringify(res));
    for (let i = 0; i < 200 && seen.length < 2; i++) await new Promise(r => setTimeout(r, 10));
    const change = seen[1];
    if (!change) throw new Error(`replica A's subscriber saw nothing within 2 s for ${id}`);
    // One subscription at a time: a customer may hold only SUBSCRIPTIONS_PER_CALLER.
    unsubscribe();
    if (change.status === 'CANCELLATION_PENDING') sawPending += 1;
    fromAnswer.push(Math.max(0, change.at - answered));
    fromRequest.push(change.at - sent);
  }
  await ws.dispose();
  fromAnswer.sort((x, y) => x - y);
  fromRequest.sort((x, y) => x - y);
  const figures = {
    bookings: n,
    p50FromAnswerMs: quantile(fromAnswer, 0.5),
    p99FromAnswerMs: quantile(fromAnswer, 0.99),
    maxFromAnswerMs: fromAnswer.at(-1),
    p50FromRequestMs: quantile(fromRequest, 0.5),
    p99FromRequestMs: quantile(fromRequest, 0.99),
    sawPending,
  };
  const mark = (ok: boolean) => (ok ? '✔' : '✘');
  console.log(
    `cross-replica push (cancel through B, subscriber on A), ${n} bookings, Node ${process.version}`,
  );
  console.log(
    `  from the cancel's request: p50 ${figures.p50FromRequestMs.toFixed(0)} ms ${mark(figures.p50FromRequestMs < 1000)} (< 1000), p99 ${figures.p99FromRequestMs.toFixed(0)} ms ${mark(figures.p99FromRequestMs < 2000)} (< 2000)`,
  );
  console.log(
    `  from the cancel's answer: p50 ${figures.p50FromAnswerMs.toFixed(1)} ms, p99 ${figures.p99FromAnswerMs.toFixed(1)} ms, max ${figures.maxFromAnswerMs?.toFixed(1)} ms`,
  );
  console.log(`  CANCELLATION_PENDING seen first: ${sawPending}/${n} ${mark(sawPending === n)}`);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(
    args.out,
    JSON.stringify({ when: new Date().toISOString(), node: process.version, ...figures }, null, 2),
  );
  console.log(`figures: ${args.out}`);
} finally {
  for (const replica of replicas) replica.node.process.kill('SIGTERM');
  await new Promise(r => setTimeout(r, 1000));
  await imin.close();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
