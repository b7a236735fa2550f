// SIGTERM during a rolling deploy, on a real process: a cancel in flight is answered and journalled,
// readiness turns off at once, new work is refused, and the process exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../src/domain/ids.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { CANCEL } from '../helpers/imin-gateway.js';
import { pollUntil } from '../helpers/poll.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';

const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04';
const ITEM = 'badminton-1';
/** The provider holds the cancel this long: SIGTERM lands in the middle of it. */
const HELD_MS = 2_000;
/**
 * Not vitest's NODE_ENV=test: libraries behave differently under it (Apollo Server installs its own
 * SIGTERM handler, which stops and re-kills the process, only outside tests).
 */
const AS_DEPLOYED = { NODE_ENV: 'production' };

describe('graceful shutdown (SIGTERM, a real process)', () => {
  let sims: AllSimulators;
  let gw: GatewayProcess;
  const dataDir = mkdtempSync(join(tmpdir(), 'og-shutdown-'));
  beforeAll(async () => {
    sims = await startAllSimulators();
    gw = await startGatewayProcess({
      env: { ...sims.env, ...AS_DEPLOYED, DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '10000' },
    });
  }, 30_000);
  afterAll(async () => {
    await gw?.stop();
    await sims?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a cancel in flight at SIGTERM completes and is journalled; /readyz says draining; exit code 0', async () => {
    await gw.register('alice', 'IMIN', ORDER);
    const alice = await gw.token('alice');
    const patches = () => sims.imin.server.calls.filter(c => c.method === 'PATCH').length;
    sims.imin.server.inject({ method: 'PATCH', pathPrefix: `/orders/${ORDER}`, latencyMs: HELD_MS });
    const cancel = gw.graphql(
      CANCEL,
      {
        input: {
          orderItemId: orderItemId('IMIN', ORDER, ITEM),
          reason: 'OTHER',
          idempotencyKey: 'sigterm-1',
        },
      },
      alice,
    );
    await pollUntil(patches, n => n === 1, { tries: 300, everyMs: 10 });
    const exited = gw.sigterm();

    // Draining: not ready, and new GraphQL work is refused with a typed, retryable answer.
    const ready = await pollUntil(
      () => gw.get('/readyz'),
      r => r.status === 503,
      { tries: 50, everyMs: 20 },
    );
    expect(ready.status).toBe(503);
    const refused = await gw.graphql('{ viewer { customerId } }', {}, alice);
    expect(refused.status).toBe(503);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    const answer = await cancel;
    expect(answer.body.data?.cancelOrderItem?.__typename).toBe('OrderItemCancelled');
    expect(await exited).toBe(0);
    expect(patches()).toBe(1);
    expect(gw.logs.join('')).not.toContain('cutting requests still open');

    const ledger = new Database(join(dataDir, 'ledger.sqlite'), { readonly: true });
    try {
      const row = ledger
        .prepare('select state from cancellation_journal where idempotency_key = ?')
        .get('sigterm-1') as { state: string } | undefined;
      expect(row?.state).toBe('SUCCEEDED');
    } finally {
      ledger.close();
    }
  }, 30_000);

  it('a read still open when the grace period ends is cut, and the process still exits 0, promptly', async () => {
    const quick = await startGatewayProcess({
      env: { ...sims.env, ...AS_DEPLOYED, DATA_DIR: ':memory:', SHUTDOWN_GRACE_MS: '300' },
    });
    const slowOrder = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a02';
    await quick.register('alice', 'IMIN', slowOrder);
    const gets = () => sims.imin.server.calls.filter(c => c.path === `/orders/${slowOrder}`).length;
    const before = gets();
    sims.imin.server.inject({ method: 'GET', pathPrefix: `/orders/${slowOrder}`, latencyMs: 5_000 });
    const read = quick
      .graphql('{ viewer { orders { edges { node { id } } } } }', {}, await quick.token('alice'))
      .catch((error: unknown) => error);
    await pollUntil(gets, n => n > before, { tries: 300, everyMs: 10 });
    const started = performance.now();
    expect(await quick.sigterm()).toBe(0);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(await read).toBeInstanceOf(Error);
    expect(quick.logs.join('')).toContain('cutting requests still open');
  }, 30_000);
});
