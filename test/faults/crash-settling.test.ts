import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../src/domain/ids.js';
import { POSTGRES_URL, createPostgresSchema } from '../helpers/ledgers.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { CANCEL } from '../helpers/imin-gateway.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';

const REGISTER = 'mutation($i: RegisterOrderInput!) { registerOrder(input: $i) { __typename } }';
const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04';
const ITEM = orderItemId('IMIN', ORDER, 'badminton-1');
const SETTLE_BOUND_MS = 15_000;

/**
 * Defect 5 of #14: after a crash, rows the dead process held settled only ~30 s later, because the
 * start-up pass skipped young rows even when their holder was provably gone.
 */
describe.skipIf(POSTGRES_URL === null)(
  'kill -9 while the PATCH is applied but unanswered (real processes)',
  () => {
    let sims: AllSimulators;
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let first: GatewayProcess;
    let second: GatewayProcess | undefined;
    let admin: pg.Client;
    beforeAll(async () => {
      sims = await startAllSimulators();
      schema = await createPostgresSchema();
      first = await startGatewayProcess({ databaseUrl: schema.url, env: sims.env });
      admin = new pg.Client({ connectionString: schema.url });
      await admin.connect();
      const service = await first.token('booking-flow', ['orders:write']);
      await first.graphql(
        REGISTER,
        { i: { customerId: 'alice', provider: 'IMIN', providerReference: ORDER } },
        service,
      );
    }, 40_000);
    afterAll(async () => {
      await admin?.end();
      await first?.stop();
      await second?.stop();
      await schema?.drop();
      await sims?.close();
    });

    it("a new process settles the dead one's row at once (well inside 30 s), as succeeded, with one PATCH", async () => {
      const alice = await first.token('alice');
      sims.imin.server.inject({ method: 'PATCH', pathPrefix: `/orders/${ORDER}`, latencyMs: 3_000 });
      void first
        .graphql(CANCEL, { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: 'crash-1' } }, alice)
        .catch(() => undefined);
      const patches = () => sims.imin.server.calls.filter(c => c.method === 'PATCH').length;
      for (let i = 0; i < 300 && patches() === 0; i++) await new Promise(resolve => setTimeout(resolve, 10));
      expect(patches()).toBe(1);
      await first.kill9();
      const killedAt = performance.now();
      second = await startGatewayProcess({ databaseUrl: schema.url, env: sims.env });
      const state = async () =>
        (await admin.query('select state from cancellation_journal where idempotency_key = $1', ['crash-1']))
          .rows[0]?.state as string | undefined;
      let now = await state();
      while (now !== 'SUCCEEDED' && performance.now() - killedAt < SETTLE_BOUND_MS) {
        await new Promise(resolve => setTimeout(resolve, 200));
        now = await state();
      }
      const settledMs = performance.now() - killedAt;
      expect(now).toBe('SUCCEEDED');
      expect(settledMs).toBeLessThan(SETTLE_BOUND_MS);
      console.info(`crash settling: SUCCEEDED ${Math.round(settledMs)} ms after kill -9`);
      expect(patches()).toBe(1);
      expect(sims.imin.appliedCancels.get('badminton-1')).toBe(1);
      // The same key on the new process replays the settled success without sending again.
      const again = await second.graphql(
        CANCEL,
        { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: 'crash-1' } },
        await second.token('alice'),
      );
      expect(again.body.data?.cancelOrderItem?.__typename).toBe('OrderItemCancelled');
      expect(patches()).toBe(1);
    }, 60_000);
  },
);
