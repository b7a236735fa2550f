import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
  imin = createIminAdapter({
    baseUrl: sim.url,
    apiKey: API_KEY,
    simulated: true,
    http: { readTimeoutMs: 800, readRetries: 2, breakerThreshold: 1_000 },
  });
});
afterAll(async () => {
  await imin.close();
  await sim.close();
  await new Promise(resolve => evil.close(resolve));
});
afterEach(() => sim.server.clearFaults());

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
      simulated: true,
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
      simulated: true,
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
      simulated: true,
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
