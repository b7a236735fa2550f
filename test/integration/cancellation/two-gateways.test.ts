import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { authSettings, issueToken } from '../../../src/auth/tokens.js';
import { orderItemId } from '../../../src/domain/ids.js';
import { startIminSimulator, type IminSimulator } from '../../../src/simulators/imin/index.js';
import { POSTGRES_URL, createPostgresSchema } from '../../helpers/ledgers.js';
import { operationText, REGISTER, type Operation } from '../../helpers/documents.js';
import { CANCEL, IMIN_ORDERS } from '../../helpers/imin-gateway.js';

const SECRET = 'two-gateways-shared-secret-0123456789';
const API_KEY = 'SENTINEL-KEY-imin-ld03';

/** A real gateway process (`src/index.ts`), resolved with its URL once it listens. */
function startGatewayProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['src/index.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`gateway did not start: ${out.slice(-500)}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    });
    child.on('exit', code => reject(new Error(`gateway exited ${code}: ${out.slice(-500)}`)));
  });
}

describe.skipIf(POSTGRES_URL === null)('LD-03: two gateway processes sharing PostgreSQL', () => {
  let sim: IminSimulator;
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let gateways: Array<{ url: string; child: ChildProcess }> = [];
  const auth = authSettings(SECRET, null, null);

  beforeAll(async () => {
    sim = await startIminSimulator({ apiKey: API_KEY, pendingMs: 200 });
    schema = await createPostgresSchema();
    const env = {
      PORT: '0',
      DATABASE_URL: schema.url,
      AUTH_JWT_SECRET: SECRET,
      IMIN_BASE_URL: sim.url,
      IMIN_API_KEY: API_KEY,
      LOG_LEVEL: 'info',
      GATEWAY_ENV: 'development',
    };
    // One at a time, so they do not race on creating the tables.
    gateways.push(await startGatewayProcess(env));
    gateways.push(await startGatewayProcess(env));
  }, 120_000);
  afterAll(async () => {
    for (const g of gateways) g.child.kill('SIGTERM');
    await Promise.all(
      gateways.map(
        g =>
          new Promise(resolve => (g.child.exitCode !== null ? resolve(null) : g.child.once('exit', resolve))),
      ),
    );
    gateways = [];
    await sim?.close();
    await schema?.drop();
  }, 30_000);

  const graphql = async (url: string, query: Operation<any, any>, variables: unknown, token: string) => {
    const res = await request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: operationText(query), variables }),
    });
    return (await res.body.json()) as { data?: Record<string, any> };
  };

  it('50 concurrent cancels with one key, spread over both processes, reach imin exactly once', async () => {
    const service = await issueToken(auth, 'svc', ['orders:write']);
    const alice = await issueToken(auth, 'alice', ['orders:read', 'orders:cancel']);
    const registered = await graphql(
      gateways[0]!.url,
      REGISTER,
      { input: { customerId: 'alice', provider: 'IMIN', providerReference: IMIN_ORDERS.yoga } },
      service,
    );
    expect(registered.data?.registerOrder.__typename).toBe('OrderRegistered');

    const input = {
      orderItemId: orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1'),
      reason: 'CUSTOMER_REQUEST',
      idempotencyKey: 'ld-03',
    };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => graphql(gateways[i % 2]!.url, CANCEL, { input }, alice)),
    );
    const kinds = results.map(r => r.data?.cancelOrderItem.__typename as string);
    expect(kinds.every(k => k === 'OrderItemCancelled' || k === 'CancellationInProgressError')).toBe(true);
    expect(kinds).toContain('OrderItemCancelled');
    expect(sim.server.calls.filter(c => c.method === 'PATCH')).toHaveLength(1);
    expect(sim.appliedCancels.get('yoga-1')).toBe(1);

    // Different keys on both processes for another item: the per-order lock holds across processes too.
    await graphql(
      gateways[1]!.url,
      REGISTER,
      { input: { customerId: 'alice', provider: 'IMIN', providerReference: IMIN_ORDERS.badminton } },
      service,
    );
    const item = orderItemId('IMIN', IMIN_ORDERS.badminton, 'badminton-1');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        graphql(
          gateways[i % 2]!.url,
          CANCEL,
          { input: { orderItemId: item, reason: 'OTHER', idempotencyKey: `ld-03-${i}` } },
          alice,
        ),
      ),
    );
    expect(sim.appliedCancels.get('badminton-1')).toBe(1);
    expect(sim.server.calls.filter(c => c.method === 'PATCH')).toHaveLength(2);
  }, 60_000);
});
