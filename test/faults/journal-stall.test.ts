import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../src/domain/ids.js';
import { POSTGRES_URL, createPostgresSchema } from '../helpers/ledgers.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { CANCEL } from '../helpers/imin-gateway.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';
import { pollUntil } from '../helpers/poll.js';

const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04';
const ITEM = orderItemId('IMIN', ORDER, 'badminton-1');
const TENNIS_ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a09';

/**
 * Defect 3 of #14: the provider accepted the cancel, the journal could not record it (its table
 * locked, the statement cancelled by its timeout), and the customer was told "nothing was cancelled".
 */
describe.skipIf(POSTGRES_URL === null)(
  'the journal cannot record an accepted cancel (real process, real PostgreSQL)',
  () => {
    let sims: AllSimulators;
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let gw: GatewayProcess;
    let admin: pg.Client;
    beforeAll(async () => {
      sims = await startAllSimulators();
      schema = await createPostgresSchema();
      gw = await startGatewayProcess({
        databaseUrl: schema.url,
        env: { ...sims.env, DATABASE_STATEMENT_TIMEOUT_MS: '400' },
      });
      admin = new pg.Client({ connectionString: schema.url });
      await admin.connect();
      await gw.register('alice', 'IMIN', TENNIS_ORDER);
      expect(await gw.register('alice', 'IMIN', ORDER)).toBe('OrderRegistered');
    }, 40_000);
    afterAll(async () => {
      await admin?.end();
      await gw?.stop();
      await schema?.drop();
      await sims?.close();
    });

    /** Bounded wait until the entry reaches `wanted` (the outbox landing it); returns the last state seen. */
    const settledState = (key: string, wanted: string) =>
      pollUntil(
        () => journalState(key),
        state => state === wanted,
        { tries: 50, everyMs: 100 },
      );
    const journalState = async (key: string) =>
      (await admin.query('select state from cancellation_journal where idempotency_key = $1', [key])).rows[0]
        ?.state;

    it('answers the success the provider gave, records it once the journal is back, and never PATCHes twice', async () => {
      const alice = await gw.token('alice');
      const patches = () => sims.imin.server.calls.filter(c => c.method === 'PATCH').length;
      sims.imin.server.inject({ method: 'PATCH', pathPrefix: `/orders/${ORDER}`, latencyMs: 700 });
      const answer = gw.graphql(
        CANCEL,
        { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: 'stall-1' } },
        alice,
      );
      await pollUntil(patches, n => n > 0, { tries: 200, everyMs: 10 });
      expect(patches()).toBe(1);
      // While the PATCH is held at imin, the journal table is locked for 2 s: the outcome write times out.
      await admin.query('begin');
      await admin.query('lock table cancellation_journal in access exclusive mode');
      const result = (await answer).body.data?.cancelOrderItem;
      expect(result).toMatchObject({ __typename: 'OrderItemCancelled', status: 'PENDING' });
      await new Promise(resolve => setTimeout(resolve, 500));
      await admin.query('rollback');
      // The outbox lands the write by itself (bounded wait).
      expect(await settledState('stall-1', 'SUCCEEDED')).toBe('SUCCEEDED');
      // The same key replays the success; another key is told it is already cancelled. One PATCH in all.
      const again = await gw.graphql(
        CANCEL,
        { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: 'stall-1' } },
        alice,
      );
      expect(again.body.data?.cancelOrderItem).toMatchObject({ __typename: 'OrderItemCancelled' });
      const other = await gw.graphql(
        CANCEL,
        { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: 'stall-2' } },
        alice,
      );
      expect(other.body.data?.cancelOrderItem?.__typename).toMatch(
        /OrderItemAlreadyCancelledError|CancellationInProgressError/,
      );
      expect(patches()).toBe(1);
      expect(sims.imin.appliedCancels.get('badminton-1')).toBe(1);
      expect(gw.alive()).toBe(true);
    }, 30_000);

    it('pg_cancel_backend on the blocked outcome write: the same honest success, recorded later, one PATCH', async () => {
      const alice = await gw.token('alice');
      const item = orderItemId('IMIN', TENNIS_ORDER, 'tennis-1');
      const patches = () =>
        sims.imin.server.calls.filter(c => c.method === 'PATCH' && c.path.endsWith(TENNIS_ORDER)).length;
      sims.imin.server.inject({ method: 'PATCH', pathPrefix: `/orders/${TENNIS_ORDER}`, latencyMs: 700 });
      const answer = gw.graphql(
        CANCEL,
        { input: { orderItemId: item, reason: 'OTHER', idempotencyKey: 'cancel-1' } },
        alice,
      );
      await pollUntil(patches, n => n > 0, { tries: 200, everyMs: 10 });
      await admin.query('begin');
      await admin.query('lock table cancellation_journal in access exclusive mode');
      // Cancel the gateway's statement as soon as it waits on the lock (bounded), before its own timeout.
      const watcher = new pg.Client({ connectionString: POSTGRES_URL! });
      await watcher.connect();
      let cancelled = 0;
      for (let i = 0; i < 300 && cancelled === 0; i++) {
        const { rows } = await watcher.query(
          "select pg_cancel_backend(pid) as ok from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock'",
          [gw.applicationName],
        );
        cancelled = rows.filter(r => r.ok).length;
        if (cancelled === 0) await new Promise(resolve => setTimeout(resolve, 5));
      }
      await watcher.end();
      const result = (await answer).body.data?.cancelOrderItem;
      await admin.query('rollback');
      expect(cancelled).toBeGreaterThan(0);
      expect(result).toMatchObject({ __typename: 'OrderItemCancelled' });
      expect(await settledState('cancel-1', 'SUCCEEDED')).toBe('SUCCEEDED');
      expect(patches()).toBe(1);
      expect(sims.imin.appliedCancels.get('tennis-1')).toBe(1);
      expect(gw.alive()).toBe(true);
    }, 30_000);
  },
);
