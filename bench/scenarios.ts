// The benchmark's scenarios, each measured against servers in their own processes (bench/run.ts).
import { orderId } from '../src/domain/ids.js';
import { LATENCY, type ProviderName, type UpstreamStats } from './fixture.js';
import type { Gateway } from './gateway.js';
import { round, type Round, type Target } from './load.js';
import type { Server, Upstream } from './procs.js';

export interface Options {
  readonly rounds: number;
  readonly seconds: number;
  readonly sequential: number;
}

/** A whole answer: no errors and no provider left out. */
const complete = (body: string) => !body.includes('"errors"') && body.includes('"providerOutages":[]');

/** The two-field order(id) read both servers answer, for one imin order. */
export const orderByIdBody = (iminUuid: string) =>
  JSON.stringify({
    query: 'query($id: ID!) { order(id: $id) { id providerReference } }',
    variables: { id: orderId('IMIN', iminUuid) },
  });

/** A request to the gateway as `token`'s caller; `verifyBody` counts answers it refuses as failures. */
export const gatewayTarget = (
  gateway: Gateway,
  token: string,
  body: string,
  verifyBody?: (body: string) => boolean,
): Target => ({
  url: gateway.url,
  pid: gateway.pid,
  body,
  headers: { authorization: `Bearer ${token}` },
  ...(verifyBody ? { verifyBody } : {}),
});

/** What each provider's count (calls or TCP connections) grew by between two upstream readings. */
function grown(before: UpstreamStats, after: UpstreamStats, count: 'calls' | 'connections') {
  const byProvider = Object.fromEntries(
    (Object.keys(after) as ProviderName[]).map(p => [p, after[p][count] - before[p][count]]),
  ) as Record<ProviderName, number>;
  return { byProvider, total: Object.values(byProvider).reduce((n, c) => n + c, 0) };
}
const ordersQuery = (first: number, providers: readonly string[] = []) =>
  `{ viewer { orders(first: ${first}${providers.length ? `, filter: { providers: [${providers.join(', ')}] }` : ''}) { edges { node { id items { status refundQuote { refund { amount } } } } } providerOutages { provider } } } }`;

async function expected(target: Omit<Target, 'expectBody'>): Promise<string> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"'))
    throw new Error(`${target.url}: ${res.status} ${text}`);
  return text;
}

/**
 * order(id) on one imin order: baseline and gateway alternate, round by round, no added latency.
 * 16 connections saturate a server (throughput); 1 connection is the latency one user feels.
 */
export async function orderById(
  o: Options,
  upstream: Upstream,
  baseline: Server & { url: string },
  gateway: Gateway,
  connections = 16,
) {
  await upstream.latency(false);
  const alice = await gateway.token('alice', ['orders:read']);
  const body = orderByIdBody(upstream.ready.iminOrder.uuid);
  const targets = {
    baseline: { url: baseline.url, pid: baseline.pid, body },
    gateway: gatewayTarget(gateway, alice, body),
  };
  const checked = {
    baseline: { ...targets.baseline, expectBody: await expected(targets.baseline) },
    gateway: { ...targets.gateway, expectBody: await expected(targets.gateway) },
  };
  if (checked.baseline.expectBody !== checked.gateway.expectBody)
    throw new Error(
      `the two servers answer differently: ${checked.baseline.expectBody} ${checked.gateway.expectBody}`,
    );
  const warm = Math.max(1, Math.round(o.seconds / 3));
  await round(checked.baseline, { connections, seconds: warm });
  await round(checked.gateway, { connections, seconds: warm });
  const rounds: Array<{ baseline: Round; gateway: Round }> = [];
  for (let r = 0; r < o.rounds; r++) {
    // Alternating who goes first spreads any drift of the machine over both.
    const order = r % 2 ? (['gateway', 'baseline'] as const) : (['baseline', 'gateway'] as const);
    const pair: Partial<Record<'baseline' | 'gateway', Round>> = {};
    for (const name of order) pair[name] = await round(checked[name], { connections, seconds: o.seconds });
    rounds.push(pair as { baseline: Round; gateway: Round });
  }
  return rounds;
}

/** viewer.orders over each provider alone and over all four, one request at a time, simulated latency on. */
export async function fanOut(o: Options, upstream: Upstream, gateway: Gateway) {
  await upstream.latency(true);
  const alice = await gateway.token('alice', ['orders:read']);
  const target = (providers: readonly string[]) =>
    gatewayTarget(gateway, alice, JSON.stringify({ query: ordersQuery(20, providers) }), complete);
  await round(target([]), { connections: 1, amount: Math.max(10, o.sequential / 5) });
  const alone = {} as Record<ProviderName, Round>;
  for (const provider of Object.keys(LATENCY) as ProviderName[])
    alone[provider] = await round(target([provider]), { connections: 1, amount: o.sequential });
  const all = await round(target([]), { connections: 1, amount: o.sequential });
  return { alone, all, slowestP50: Math.max(...Object.values(alone).map(r => r.p50)) };
}

/**
 * A page of 50 orders over four providers: the gateway's CPU per request and the upstream calls behind
 * it. Two connections: each page makes 20 imin reads (imin has no batch read); the default 50 slots
 * per provider take both pages' reads at once (beyond that, reads wait their turn within the deadline).
 */
export async function page(o: Options, upstream: Upstream, gateway: Gateway) {
  await upstream.latency(true);
  const token = await gateway.token('page', ['orders:read']);
  const target = gatewayTarget(gateway, token, JSON.stringify({ query: ordersQuery(50) }), complete);
  const sample = JSON.parse(await expected(target)) as { data: { viewer: { orders: { edges: unknown[] } } } };
  if (sample.data.viewer.orders.edges.length !== 50) throw new Error('the page customer has no page of 50');
  await round(target, { connections: 2, seconds: Math.max(1, Math.round(o.seconds / 3)) });
  const rounds: Array<Round & { upstreamCalls: number }> = [];
  for (let r = 0; r < o.rounds; r++) {
    const before = await upstream.stats();
    const measured = await round(target, { connections: 2, seconds: o.seconds });
    const calls = grown(before, await upstream.stats(), 'calls').total;
    rounds.push({ ...measured, upstreamCalls: calls / measured.requests });
  }
  return rounds;
}

/** Booking.com calls behind one viewer.orders query for N of the bulk customer's stays. */
export async function batching(upstream: Upstream, gateway: Gateway) {
  const bulk = await gateway.token('bulk', ['orders:read']);
  const calls: Record<number, number> = {};
  for (const n of [1, 10, 50]) {
    const before = await upstream.stats();
    const answer = await gateway.graphql(ordersQuery(n, ['BOOKING_COM']), {}, bulk);
    if (answer.errors || answer.data?.viewer.orders.edges.length !== n)
      throw new Error(JSON.stringify(answer));
    calls[n] = grown(before, await upstream.stats(), 'calls').byProvider.BOOKING_COM;
  }
  return calls;
}

/** TCP connections the upstream accepted during a further round of fan-out queries. */
export async function newConnections(o: Options, upstream: Upstream, gateway: Gateway) {
  const alice = await gateway.token('alice', ['orders:read']);
  const target = gatewayTarget(gateway, alice, JSON.stringify({ query: ordersQuery(20) }), complete);
  await round(target, { connections: 8, seconds: o.seconds });
  const before = await upstream.stats();
  const measured = await round(target, { connections: 8, seconds: Math.max(1, o.seconds / 2) });
  const { byProvider, total: opened } = grown(before, await upstream.stats(), 'connections');
  return {
    opened,
    byProvider,
    requests: measured.requests,
    failures: measured.failures,
    ...(measured.firstFailure ? { firstFailure: measured.firstFailure } : {}),
  };
}
