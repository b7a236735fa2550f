import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRequestDeadline, withCorrelationId } from '../../../src/lib/request-scope.js';
import { createHttpClient } from '../../../src/providers/http.js';
import { createIminAdapter } from '../../../src/providers/imin/adapter.js';
import type { BookingProvider } from '../../../src/providers/port.js';
import { startIminSimulator, type IminSimulator } from '../../../src/simulators/imin/index.js';

const API_KEY = 'SENTINEL-KEY-faults';
const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01';

let sim: IminSimulator;
let evil: Server;
let evilHits: Array<Record<string, unknown>> = [];
let imin: BookingProvider;

beforeAll(async () => {
  sim = await startIminSimulator({ apiKey: API_KEY });
  evil = createServer((req, res) => {
    evilHits.push({ ...req.headers });
    res.end('{}');
  });
  await new Promise<void>(resolve => evil.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await sim.close();
  await new Promise(resolve => evil.close(resolve));
});
// A fresh adapter per test: the breaker and the retry budget carry state from one call to the next.
beforeEach(() => {
  imin = createIminAdapter({
    baseUrl: sim.url,
    apiKey: API_KEY,
    http: { readTimeoutMs: 800, readRetries: 2, breakerThreshold: 1_000 },
  });
});
afterEach(async () => {
  sim.server.clearFaults();
  await imin.close();
});

const read = async (provider = imin) => (await provider.loadOrders([ORDER]))[0];
const gets = () => sim.server.calls.filter(c => c.method === 'GET').length;

describe('provider read faults (one imin adapter against its simulator)', () => {
  it('FR-01: no headers within the deadline is PROVIDER_TIMEOUT, on time', async () => {
    sim.server.inject({ method: 'GET', latencyMs: 5_000, times: 5 });
    const started = Date.now();
    expect(await read()).toMatchObject({ code: 'PROVIDER_TIMEOUT', provider: 'IMIN' });
    expect(Date.now() - started).toBeLessThan(800 + 1_000);
  });

  it('FR-02: a 500 on every attempt: at most 1 + 2 calls, then PROVIDER_UNAVAILABLE without the body text', async () => {
    sim.server.inject({ method: 'GET', status: 500, body: { secret: 'upstream stack trace' }, times: 10 });
    const before = gets();
    const result = await read();
    expect(result).toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(gets() - before).toBeLessThanOrEqual(3);
    expect(String((result as Error).message)).not.toContain('stack trace');
  });

  it('FR-03: 504 then 200 succeeds with exactly 2 calls', async () => {
    sim.server.inject({ method: 'GET', status: 504 });
    const before = gets();
    expect(await read()).toMatchObject({ providerReference: ORDER });
    expect(gets() - before).toBe(2);
  });

  it('FR-04: a 429 with Retry-After: 1 is retried once after at least 1 s when the deadline allows', async () => {
    const patient = createIminAdapter({
      baseUrl: sim.url,
      apiKey: API_KEY,
      http: { readTimeoutMs: 3_000, breakerThreshold: 1_000 },
    });
    sim.server.inject({ method: 'GET', status: 429, headers: { 'retry-after': '1' } });
    const before = gets();
    const started = Date.now();
    expect(await read(patient)).toMatchObject({ providerReference: ORDER });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(gets() - before).toBe(2);
    await patient.close();
  });

  it('FR-04: a Retry-After beyond the deadline is answered RATE_LIMITED at once, with no second call', async () => {
    sim.server.inject({ method: 'GET', status: 429, headers: { 'retry-after': '30' } });
    const before = gets();
    const started = Date.now();
    expect(await read()).toMatchObject({ code: 'RATE_LIMITED', retryable: true, retryAfterSeconds: 30 });
    expect(Date.now() - started).toBeLessThan(300);
    expect(gets() - before).toBe(1);
  });

  it('FR-05: a connection reset on a read is retried, then succeeds', async () => {
    sim.server.inject({ method: 'GET', dropAfterApply: true });
    const before = gets();
    expect(await read()).toMatchObject({ providerReference: ORDER });
    expect(gets() - before).toBe(2);
  });

  it('FR-05: resets on every attempt end as PROVIDER_UNAVAILABLE after 1 + 2 calls', async () => {
    sim.server.inject({ method: 'GET', dropAfterApply: true, times: 10 });
    const before = gets();
    expect(await read()).toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(gets() - before).toBe(3);
  });

  it('FR-06: a malformed 200 is PROVIDER_BAD_RESPONSE for that read, not retried, and carries no body text', async () => {
    sim.server.inject({ method: 'GET', malformed: true });
    const before = gets();
    const result = await read();
    expect(result).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', provider: 'IMIN' });
    expect((result as Error).message).not.toContain('{');
    expect(gets() - before).toBe(1);
    expect(await read()).toMatchObject({ providerReference: ORDER });
  });

  it('the retry budget stops retries against a provider that keeps failing (breaker disabled here)', async () => {
    const decisions: string[] = [];
    const budgeted = createIminAdapter({
      baseUrl: sim.url,
      apiKey: API_KEY,
      http: {
        readRetries: 2,
        breakerThreshold: 1_000,
        observer: { onCall: () => {}, onRetry: (_p, decision) => decisions.push(decision) },
      },
    });
    sim.server.inject({ method: 'GET', status: 503, times: 100 });
    const before = gets();
    for (let i = 0; i < 6; i++) expect(await read(budgeted)).toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    // 10 tokens, one per failed attempt, retries only above 5: the first request makes 3 calls, the
    // second 3 (tokens 7 → 4), then every request is a single call.
    expect(gets() - before).toBe(3 + 2 + 1 + 1 + 1 + 1);
    expect(decisions.filter(d => d === 'budget_exhausted').length).toBeGreaterThanOrEqual(4);
    await budgeted.close();
  });

  it('a read queued behind a full bulkhead gives up at its deadline and is never sent', async () => {
    const narrow = createIminAdapter({
      baseUrl: sim.url,
      apiKey: API_KEY,
      http: { readTimeoutMs: 600, maxConcurrent: 1, maxQueued: 5, breakerThreshold: 1_000 },
    });
    sim.server.inject({ method: 'GET', latencyMs: 3_000, times: 5 });
    const before = gets();
    const started = Date.now();
    // The queued read runs under a shorter request deadline than the first read's own budget, so it
    // has certainly given up before the slot frees (two equal timers may fire in either order).
    const [first, queued] = await Promise.all([
      read(narrow),
      withCorrelationId(() => {
        startRequestDeadline(300);
        return read(narrow);
      }),
    ]);
    expect(first).toMatchObject({ code: 'PROVIDER_TIMEOUT' });
    expect(queued).toMatchObject({ code: 'PROVIDER_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(600 + 1_000);
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(gets() - before).toBe(1);
    await narrow.close();
  });

  it('our own outbound cap refuses the call before sending it, without blaming the provider', async () => {
    const capped = createHttpClient({
      provider: 'IMIN',
      baseUrl: sim.url,
      headers: () => ({ 'x-api-key': API_KEY }),
      maxRequestsPerSecond: 2,
    });
    const before = sim.server.calls.length;
    const path = `/orders/${ORDER}`;
    expect((await capped.read({ method: 'GET', path })).status).toBe(200);
    expect((await capped.read({ method: 'GET', path })).status).toBe(200);
    await expect(capped.read({ method: 'GET', path })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfterSeconds: 1,
    });
    expect(await capped.write({ method: 'PATCH', path, body: {} })).toEqual({
      kind: 'no-response',
      maybeApplied: false,
      cause: 'outbound rate limit',
    });
    expect(sim.server.calls.length - before).toBe(2);
    expect(capped.health()).toMatchObject({ circuit: 'CLOSED', lastFailureAt: null });
    await capped.close();
  });

  it('FR-09: a slowly dripping body is stopped by the per-call deadline', async () => {
    sim.server.inject({ method: 'GET', dripMs: 50, times: 5 });
    const started = Date.now();
    expect(await read()).toMatchObject({ code: 'PROVIDER_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(800 + 1_000);
  });

  it('FR-10: a body over the size cap is PROVIDER_BAD_RESPONSE', async () => {
    const small = createIminAdapter({
      baseUrl: sim.url,
      apiKey: API_KEY,
      http: { maxResponseBytes: 64 * 1024 },
    });
    sim.server.inject({ method: 'GET', hugeBodyBytes: 2 * 1024 * 1024 });
    expect(await read(small)).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
    await small.close();
  });

  it('FR-11: a 308 to another origin is not followed; the other server sees nothing and no key', async () => {
    const { port } = evil.address() as AddressInfo;
    sim.server.inject({ method: 'GET', redirectTo: `http://127.0.0.1:${port}/steal`, times: 3 });
    evilHits = [];
    expect(await read()).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
    expect(evilHits).toHaveLength(0);
  });

  it('FR-12: a refused connection is PROVIDER_UNAVAILABLE quickly', async () => {
    const down = createIminAdapter({
      baseUrl: 'http://127.0.0.1:9/api/v2',
      apiKey: API_KEY,
      http: { readRetries: 0 },
    });
    const started = Date.now();
    expect(await read(down)).toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(1_000);
    await down.close();
  });

  it('FR-13: after the threshold the breaker opens (no upstream calls), then one half-open probe closes it', async () => {
    const fragile = createIminAdapter({
      baseUrl: sim.url,
      apiKey: API_KEY,
      http: { readRetries: 0, breakerThreshold: 3, halfOpenAfterMs: 300 },
    });
    sim.server.inject({ method: 'GET', status: 503, times: 3 });
    for (let i = 0; i < 3; i++) expect(await read(fragile)).toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(fragile.health()).toMatchObject({ circuit: 'OPEN', lastFailureAt: expect.any(Date) });
    const before = gets();
    expect(await read(fragile)).toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(gets()).toBe(before);
    await new Promise(resolve => setTimeout(resolve, 350));
    expect(await read(fragile)).toMatchObject({ providerReference: ORDER });
    expect(gets() - before).toBe(1);
    expect(fragile.health().circuit).toBe('CLOSED');
    await fragile.close();
  });
});
