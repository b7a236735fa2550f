import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRequestDeadline, withCorrelationId } from '../../../src/lib/request-scope.js';
import { createHttpClient, type HttpClient, type HttpSettings } from '../../../src/providers/http.js';
import { startIminSimulator, type IminSimulator } from '../../../src/simulators/imin/index.js';

// Our own queue against the imin simulator: waiting for a slot is the gateway's business, so it must
// never look like the provider failing (breaker, retry budget, last failure), and a cancel that
// never got a slot was never sent.
const API_KEY = 'SENTINEL-KEY-queue';
const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01';
const PATH = `/orders/${ORDER}`;

let sim: IminSimulator;
const clients: HttpClient[] = [];

beforeAll(async () => {
  sim = await startIminSimulator({ apiKey: API_KEY });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  sim.server.clearFaults();
  await Promise.all(clients.splice(0).map(c => c.close()));
});

function client(settings: Partial<HttpSettings> = {}): HttpClient {
  const http = createHttpClient({
    provider: 'IMIN',
    baseUrl: sim.url,
    headers: () => ({ 'x-api-key': API_KEY }),
    readTimeoutMs: 3_000,
    ...settings,
  });
  clients.push(http);
  return http;
}

/** Runs `fn` as a GraphQL request would: its own scope (fairness bucket) and deadline. */
const inRequest = <T>(deadlineMs: number, fn: () => Promise<T>): Promise<T> =>
  withCorrelationId(() => {
    startRequestDeadline(deadlineMs);
    return fn();
  });

const calls = (method: string) => sim.server.calls.filter(c => c.method === method).length;

describe('the provider queue is ours, not the provider', () => {
  it('reads refused by the queue are PROVIDER_TIMEOUT, unsent, and spare the breaker and the retry budget', async () => {
    const http = client({ maxConcurrent: 1, maxQueued: 3, breakerThreshold: 2, readRetries: 2 });
    sim.server.inject({ method: 'GET', latencyMs: 400 });
    const before = calls('GET');
    const holder = inRequest(2_000, () => http.read({ method: 'GET', path: PATH }));
    // Ten requests behind it: three wait until their deadline passes, seven find the queue full.
    const queued = Array.from({ length: 10 }, () =>
      inRequest(100, () => http.read({ method: 'GET', path: PATH })).catch((e: unknown) => e),
    );
    for (const refusal of await Promise.all(queued))
      expect(refusal).toMatchObject({ code: 'PROVIDER_TIMEOUT', provider: 'IMIN', retryable: true });
    expect((await holder).status).toBe(200);
    expect(calls('GET') - before).toBe(1);
    // Nothing of this was the provider's doing.
    expect(http.health()).toMatchObject({ circuit: 'CLOSED', lastFailureAt: null });
    // The retry budget is whole: a 503 is still retried (a spent budget would give up at once).
    sim.server.inject({ method: 'GET', status: 503 });
    const beforeRetry = calls('GET');
    expect((await inRequest(2_000, () => http.read({ method: 'GET', path: PATH }))).status).toBe(200);
    expect(calls('GET') - beforeRetry).toBe(2);
  });

  it('a cancel that waited past its deadline for a slot was never sent, and says so', async () => {
    const http = client({ maxConcurrent: 1 });
    sim.server.inject({ method: 'GET', latencyMs: 400 });
    const patches = calls('PATCH');
    const holder = inRequest(2_000, () => http.read({ method: 'GET', path: PATH }));
    const write = inRequest(100, () => http.write({ method: 'PATCH', path: PATH, body: {} }));
    expect(await write).toEqual({
      kind: 'no-response',
      maybeApplied: false,
      cause: expect.stringContaining('not sent'),
    });
    await holder;
    // Its turn would have come once the read finished: it must not go out then either.
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(calls('PATCH') - patches).toBe(0);
    expect(http.health().lastFailureAt).toBeNull();
  });

  it('a cancel that gets its slot in time is sent exactly once, after the read ahead of it', async () => {
    const http = client({ maxConcurrent: 1 });
    sim.server.inject({ method: 'GET', latencyMs: 200 });
    const patches = calls('PATCH');
    const holder = inRequest(2_000, () => http.read({ method: 'GET', path: PATH }));
    const write = await inRequest(2_000, () => http.write({ method: 'PATCH', path: PATH, body: {} }));
    expect(write.kind).toBe('response');
    expect((await holder).status).toBe(200);
    expect(calls('PATCH') - patches).toBe(1);
  });
});
