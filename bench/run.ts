/**
 * DESIGN §8 benchmark: fan-out, overhead against two baselines measured in the same run, batching and
 * memory. Prints figures and ratios; the ratios are what to compare between machines and commits.
 * Run: `npm run bench` (about a minute). Load generator and servers share this process and its cores,
 * the baselines included, so the comparison is like for like.
 */
import { startGateway } from '../src/app.js';
import { issueToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { orderId } from '../src/domain/ids.js';
import { createLogger } from '../src/lib/logger.js';
import { providerPlugins } from '../src/providers/registry.js';
import { startBookingComSimulator } from '../src/simulators/booking-com/index.js';
import { bookingComSeed } from '../src/simulators/booking-com/seed.js';
import { startBokunSimulator } from '../src/simulators/bokun/index.js';
import { bookingStays, iminOrders } from '../src/simulators/bulk-seeds.js';
import { startIminSimulator } from '../src/simulators/imin/index.js';
import { iminSeed } from '../src/simulators/imin/seed.js';
import { startMusementSimulator } from '../src/simulators/musement/index.js';
import { musementSeed } from '../src/simulators/musement/seed.js';
import { memoryBaseline, oneCallBaseline } from './baselines.js';
import { runLoad, type LoadResult } from './load.js';

const LATENCY = { IMIN: 10, BOOKING_COM: 20, MUSEMENT: 30, BOKUN: 40 } as const;
const KEY = 'bench-key';
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const line = (label: string, r: LoadResult) =>
  `${label.padEnd(34)} ${fmt(r.rps, 0).padStart(6)} req/s   p50 ${fmt(r.p50).padStart(6)} ms   p99 ${fmt(r.p99).padStart(6)} ms   failures ${r.failures}`;

const bulkImin = iminOrders(50);
const bulkBooking = bookingStays(50);
const [imin, booking, musement, bokun] = await Promise.all([
  startIminSimulator({ apiKey: KEY, seed: [...iminSeed(), ...bulkImin] }),
  startBookingComSimulator({ token: KEY, affiliateId: '1', seed: [...bookingComSeed(), ...bulkBooking] }),
  startMusementSimulator({
    clientId: 'bench',
    clientSecret: KEY,
    application: 'bench',
    tokenTtlSeconds: 3600,
  }),
  startBokunSimulator({ username: 'bench', password: KEY, parameters: [] }),
]);
imin.server.setLatency(LATENCY.IMIN);
booking.server.setLatency(LATENCY.BOOKING_COM);
musement.server.setLatency(LATENCY.MUSEMENT);
bokun.server.setLatency(LATENCY.BOKUN);

const config = loadConfig({
  PORT: '0',
  DATA_DIR: ':memory:',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '1000000',
  IMIN_BASE_URL: imin.url,
  IMIN_API_KEY: KEY,
  BOOKINGCOM_BASE_URL: booking.url,
  BOOKINGCOM_TOKEN: KEY,
  BOOKINGCOM_AFFILIATE_ID: '1',
  MUSEMENT_BASE_URL: musement.url,
  MUSEMENT_CLIENT_ID: 'bench',
  MUSEMENT_CLIENT_SECRET: KEY,
  MUSEMENT_APPLICATION: 'bench',
  BOKUN_PLUGIN_URL: bokun.url,
  BOKUN_PLUGIN_USERNAME: 'bench',
  BOKUN_PLUGIN_PASSWORD: KEY,
});
const gateway = await startGateway(config, createLogger('silent'), {
  plugins: providerPlugins,
  reconcileIntervalMs: null,
});
const url = `${gateway.url}/graphql`;
const service = await issueToken(gateway.auth, 'bench-flow', ['orders:write']);
const alice = await issueToken(gateway.auth, 'alice', ['orders:read']);
const bulk = await issueToken(gateway.auth, 'bulk', ['orders:read']);

async function gql(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}
const REGISTER = 'mutation($i: RegisterOrderInput!) { registerOrder(input: $i) { __typename } }';
const register = (customerId: string, provider: string, providerReference: string, extra = {}) =>
  gql(REGISTER, { i: { customerId, provider, providerReference, ...extra } }, service);

const aliceImin = iminSeed()[0]!.uuid;
await register('alice', 'IMIN', aliceImin);
await register('alice', 'BOOKING_COM', bookingComSeed()[0]!.id);
await register('alice', 'MUSEMENT', musementSeed()[0]!.uuid);
await register('alice', 'BOKUN', 'BENCH-1', {
  bokunBooking: {
    title: 'Fjord Cruise',
    startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
    price: { amount: '1290.00', currency: 'NOK' },
    penaltyRules: [{ cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' }],
  },
});
for (const o of bulkImin) await register('bulk', 'IMIN', o.uuid);
for (const s of bulkBooking) await register('bulk', 'BOOKING_COM', s.id);

const ordersQuery = (filter: string, first = 20) =>
  `{ viewer { orders(first: ${first}${filter ? `, filter: { providers: [${filter}] }` : ''}) { edges { node { id items { status refundQuote { refund { amount } } } } } providerOutages { provider } } } }`;
const sequential = (query: string, token: string, requests: number) =>
  runLoad({
    url,
    body: JSON.stringify({ query }),
    headers: { authorization: `Bearer ${token}` },
    concurrency: 1,
    requests,
  });

console.log(`orders-gateway benchmark · Node ${process.version} · ${new Date().toISOString()}`);
console.log(`simulated latency per call: ${JSON.stringify(LATENCY)} (Bókun reads come from the ledger)\n`);

// 1. Fan-out
console.log('1. Fan-out: viewer.orders over four providers vs each provider alone (sequential, p50)');
await sequential(ordersQuery(''), alice, 30);
const single: Record<string, LoadResult> = {};
for (const p of Object.keys(LATENCY)) {
  single[p] = await sequential(ordersQuery(p), alice, 150);
  console.log(line(`   ${p} alone`, single[p]));
}
const all = await sequential(ordersQuery(''), alice, 150);
console.log(line('   all four', all));
const slowest = Math.max(...Object.values(single).map(r => r.p50));
const sum = Object.values(single).reduce((s, r) => s + r.p50, 0);
console.log(
  `   ratio all/slowest p50 = ${fmt(all.p50 / slowest, 2)} (target ≤ 1.10) · all/sum-of-providers = ${fmt(all.p50 / sum, 2)}\n`,
);

// 2. Overhead
console.log('2. Overhead: order(id) on one imin order vs baselines (16 concurrent, 5 s each after warm-up)');
const orderBody = JSON.stringify({
  query: 'query($id: ID!) { order(id: $id) { id providerReference } }',
  variables: { id: orderId('IMIN', aliceImin) },
});
const baseMem = await memoryBaseline();
const baseCall = await oneCallBaseline(id => `${imin.url}/orders/${aliceImin}?ref=${id.length}`, {
  'x-api-key': KEY,
});
const measure = async (target: string, headers: Record<string, string>) => {
  await runLoad({ url: target, body: orderBody, headers, concurrency: 16, durationMs: 1_000 });
  return runLoad({ url: target, body: orderBody, headers, concurrency: 16, durationMs: 5_000 });
};
const mem = await measure(baseMem.url, {});
console.log(line('   baseline: Apollo from memory', mem));
const call = await measure(baseCall.url, {});
console.log(line('   baseline: Apollo + 1 undici call', call));
const ours = await measure(url, { authorization: `Bearer ${alice}` });
console.log(line('   gateway', ours));
console.log(
  `   ratio throughput gateway/baseline2 = ${fmt(ours.rps / call.rps, 2)} (target ≥ 1.00) · p99 gateway/baseline2 = ${fmt(ours.p99 / call.p99, 2)} (target ≤ 1.25)\n`,
);
await baseMem.close();
await baseCall.close();

// 3. Batching
console.log('3. Batching: upstream calls per viewer.orders query for N orders of one provider');
for (const n of [1, 10, 50]) {
  const before = { b: booking.server.calls.length, i: imin.server.calls.length };
  await gql(ordersQuery('BOOKING_COM', n), {}, bulk);
  await gql(ordersQuery('IMIN', n), {}, bulk);
  console.log(
    `   N=${String(n).padEnd(3)} Booking.com calls ${booking.server.calls.length - before.b} (batch of ≤100) · imin calls ${imin.server.calls.length - before.i} (no batch read)`,
  );
}
const fanOut = (requests: number) =>
  runLoad({
    url,
    body: JSON.stringify({ query: ordersQuery('') }),
    headers: { authorization: `Bearer ${alice}` },
    concurrency: 8,
    requests,
  });
await fanOut(400); // warm-up at the measured concurrency: the agents open what they need once
const connectionsBefore = imin.server.connections + booking.server.connections + musement.server.connections;
await fanOut(400);
const newConnections =
  imin.server.connections + booking.server.connections + musement.server.connections - connectionsBefore;
console.log(`   new provider connections during 400 queries after warm-up: ${newConnections} (target 0)\n`);

// 4. Memory
console.log('4. Memory: resident set after each round of 500 fan-out queries (8 concurrent)');
const gc = (globalThis as { gc?: () => void }).gc;
const rss: number[] = [];
for (let round = 1; round <= 7; round++) {
  await fanOut(500);
  gc?.();
  rss.push(process.memoryUsage().rss / 2 ** 20);
  console.log(`   round ${round}: rss ${fmt(rss[round - 1]!)} MiB${round <= 2 ? ' (warm-up)' : ''}`);
}
const steady = rss.slice(2);
console.log(
  `   ratio max/min after warm-up = ${fmt(Math.max(...steady) / Math.min(...steady), 3)} (target ≤ 1.15)${gc ? '' : ' (run with --expose-gc for steadier figures)'}`,
);

await gateway.close();
await Promise.all([imin.close(), booking.close(), musement.close(), bokun.close()]);
