import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../src/domain/ids.js';
import { POSTGRES_URL, createPostgresSchema } from '../helpers/ledgers.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { CANCEL } from '../helpers/imin-gateway.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';
import { pollUntil } from '../helpers/poll.js';

const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04';
const ITEM = orderItemId('IMIN', ORDER, 'badminton-1');
const LEASE_MS = 1_000;

/**
 * The lock-expiry timing of #14 with real processes: two gateways on one database and a 1 s lease.
 * While imin holds the first process's PATCH, that process is killed, so nothing renews its lease; the
 * second process asks with another key after the lease lapsed. The lease is gone but the entry is SENT,
 * so the lock is not taken over: no second PATCH, whatever the timing.
 */
describe.skipIf(POSTGRES_URL === null)(
  'two gateway processes, a lease shorter than the PATCH (real processes)',
  () => {
    let sims: AllSimulators;
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let a: GatewayProcess;
    let b: GatewayProcess;
    beforeAll(async () => {
      sims = await startAllSimulators();
      schema = await createPostgresSchema();
      const env = { ...sims.env, CANCEL_LOCK_LEASE_MS: String(LEASE_MS) };
      a = await startGatewayProcess({ databaseUrl: schema.url, env });
      b = await startGatewayProcess({ databaseUrl: schema.url, env });
      await a.register('alice', 'IMIN', ORDER);
    }, 60_000);
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await schema?.drop();
      await sims?.close();
    });

    it('one PATCH in all: the lapsed lease of a SENT entry is not taken over; once settled, already cancelled', async () => {
      const patches = () => sims.imin.server.calls.filter(c => c.method === 'PATCH').length;
      sims.imin.server.inject({ method: 'PATCH', pathPrefix: `/orders/${ORDER}`, latencyMs: 4_000 });
      void a
        .graphql(
          CANCEL,
          { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: 'a-1' } },
          await a.token('alice'),
        )
        .catch(() => undefined);
      await pollUntil(patches, n => n > 0, { tries: 300, everyMs: 10 });
      expect(patches()).toBe(1);
      // Nothing renews A's lease any more.
      await a.kill9();
      await new Promise(resolve => setTimeout(resolve, LEASE_MS * 2));
      const alice = await b.token('alice');
      const cancel = (key: string) =>
        b.graphql(CANCEL, { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: key } }, alice);
      const during = await cancel('b-1');
      expect(during.body.data?.cancelOrderItem).toMatchObject({ __typename: 'CancellationInProgressError' });
      // B's reconciler settles A's row once A's heartbeat is 6 s old; then a new key is told the truth.
      let after = await cancel('b-2');
      for (
        let i = 0;
        i < 40 && after.body.data?.cancelOrderItem?.__typename !== 'OrderItemAlreadyCancelledError';
        i++
      ) {
        await new Promise(resolve => setTimeout(resolve, 500));
        after = await cancel(`b-${i + 3}`);
      }
      expect(after.body.data?.cancelOrderItem?.__typename).toBe('OrderItemAlreadyCancelledError');
      expect(patches()).toBe(1);
      expect(sims.imin.appliedCancels.get('badminton-1')).toBe(1);
      expect(sims.imin.repeatCancels.get('badminton-1')).toBeUndefined();
    }, 30_000);
  },
);
