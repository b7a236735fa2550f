import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../src/domain/ids.js';
import type { ProviderId } from '../../src/domain/provider.js';
import type { Fault } from '../../src/simulators/kit.js';
import { CANCEL_ITEMS } from '../helpers/documents.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { POSTGRES_URL, createPostgresSchema } from '../helpers/ledgers.js';
import { pollUntil } from '../helpers/poll.js';
import { simulatorEnv } from '../helpers/simulators.js';
import { SENTINEL_CREDENTIALS as C } from '../helpers/sentinels.js';
import { startIminSimulator, type IminSimulator } from '../../src/simulators/imin/index.js';
import { iminSeed } from '../../src/simulators/imin/seed.js';
import { startMusementSimulator, type MusementSimulator } from '../../src/simulators/musement/index.js';
import {
  startBookingComSimulator,
  type BookingComSimulator,
} from '../../src/simulators/booking-com/index.js';

const SETTLE_BOUND_MS = 15_000;
const MUSEMENT_ORDER = '8bd6f4a4-0000-4000-8000-000000000006';
const MUSEMENT_ITEMS = ['8b742505-0000-4000-8000-000000000006', '8b742505-0000-4000-8000-000000000007'];
const IMIN_ORDERS = ['c4c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2c01', 'c4c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2c02'];
/** The seed's two-room stay: Booking.com cancels its rooms in one whole-order call. */
const BOOKING_ORDER = '509430129718704';
const BOOKING_ROOMS = ['8800004', '8800005'];
const iminItems = (copy: number) => [`court-a-${copy}`, `court-b-${copy}`];
/** The demo seed and, for each moment, its own copy of the two-court badminton order (items renamed). */
const iminSeedWithCopies = () => {
  const seed = iminSeed();
  const badminton = seed.find(o => o.items.length === 2)!;
  const copy = (uuid: string, n: number) => ({
    ...structuredClone(badminton),
    uuid,
    items: badminton.items.map((item, i) => ({ ...structuredClone(item), identifier: iminItems(n)[i]! })),
  });
  return [...seed, ...IMIN_ORDERS.map(copy)];
};

type Method = 'GET' | 'PATCH' | 'DELETE' | 'POST';
const CANCEL_METHOD: Record<'IMIN' | 'MUSEMENT' | 'BOOKING_COM', Method> = {
  IMIN: 'PATCH',
  MUSEMENT: 'DELETE',
  BOOKING_COM: 'POST',
};

/** Each moment of a `cancelOrderItems` request at which its process is killed. */
const MOMENTS: ReadonlyArray<{
  name: string;
  provider: ProviderId;
  order: string;
  items: readonly string[];
  faults: (order: string, items: readonly string[]) => Fault[];
  /** Killed once this many calls of `method` reached the provider since the request started. */
  trigger: { method: Method; count: number };
  settled: 'NOT_SENT' | 'SUCCEEDED';
  /** Provider calls that cancel, in all, and per item at most one applied. */
  cancels: number;
}> = [
  {
    name: 'imin: during the fresh read',
    provider: 'IMIN',
    order: IMIN_ORDERS[0]!,
    items: iminItems(0),
    faults: order => [{ method: 'GET', pathPrefix: `/orders/${order}`, latencyMs: 3_000 }],
    trigger: { method: 'GET', count: 1 },
    settled: 'NOT_SENT',
    cancels: 0,
  },
  {
    name: 'imin: the PATCH naming both items applied, its answer not yet back',
    provider: 'IMIN',
    order: IMIN_ORDERS[1]!,
    items: iminItems(1),
    faults: order => [{ method: 'PATCH', pathPrefix: `/orders/${order}`, holdAfterApplyMs: 3_000 }],
    trigger: { method: 'PATCH', count: 1 },
    settled: 'SUCCEEDED',
    cancels: 1,
  },
  {
    name: 'Musement: one DELETE answered, one applied but unanswered',
    provider: 'MUSEMENT',
    order: MUSEMENT_ORDER,
    items: MUSEMENT_ITEMS,
    faults: (order, items) => [
      { method: 'DELETE', pathPrefix: `/orders/${order}/items/${items[1]}`, holdAfterApplyMs: 3_000 },
    ],
    trigger: { method: 'DELETE', count: 2 },
    settled: 'SUCCEEDED',
    cancels: 2,
  },
  {
    // Both entries settle by reading the one cancelled order: each tells only its own room.
    name: 'Booking.com: the whole-order cancel applied, its answer not yet back',
    provider: 'BOOKING_COM',
    order: BOOKING_ORDER,
    items: BOOKING_ROOMS,
    faults: () => [{ method: 'POST', pathPrefix: '/orders/cancel', holdAfterApplyMs: 3_000 }],
    trigger: { method: 'POST', count: 1 },
    settled: 'SUCCEEDED',
    cancels: 1,
  },
];

/**
 * `kill -9` in the middle of a `cancelOrderItems` request, then a new process on the same database:
 * every item settles (by reading, never by sending again), each with at most one provider call.
 */
describe.skipIf(POSTGRES_URL === null)(
  'kill -9 mid-request of several items (real processes, real PostgreSQL)',
  () => {
    let imin: IminSimulator;
    let musement: MusementSimulator;
    let booking: BookingComSimulator;
    let env: Record<string, string>;
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let admin: pg.Client;
    const running: GatewayProcess[] = [];
    beforeAll(async () => {
      [imin, musement, booking] = await Promise.all([
        startIminSimulator({ ...C.imin, pendingMs: 100, seed: iminSeedWithCopies() }),
        startMusementSimulator({ ...C.musement, refundMs: 100 }),
        startBookingComSimulator({ ...C.bookingCom }),
      ]);
      env = simulatorEnv({ imin, musement, booking });
      schema = await createPostgresSchema();
      admin = new pg.Client({ connectionString: schema.url });
      await admin.connect();
    }, 30_000);
    afterAll(async () => {
      await admin?.end();
      for (const gw of running) await gw.stop();
      await schema?.drop();
      await Promise.all([imin?.close(), musement?.close(), booking?.close()]);
    });

    const start = async () => {
      const gw = await startGatewayProcess({ databaseUrl: schema.url, env });
      running.push(gw);
      return gw;
    };
    const simulatorOf = (provider: ProviderId) =>
      provider === 'IMIN' ? imin : provider === 'MUSEMENT' ? musement : booking;
    const serverOf = (provider: ProviderId) => simulatorOf(provider).server;
    // Booking.com names the order in the body of POST /orders/cancel; the others in the path.
    const calls = (provider: ProviderId, method: string, order: string) =>
      serverOf(provider).calls.filter(
        c =>
          c.method === method &&
          (provider === 'BOOKING_COM' ? c.path === '/orders/cancel' : c.path.startsWith(`/orders/${order}`)),
      ).length;
    const states = async (key: string) =>
      (
        await admin.query<{ state: string }>(
          `select state from cancellation_journal where batch_id =
             (select batch_id from cancellation_journal where idempotency_key = $1) order by batch_position`,
          [key],
        )
      ).rows.map(r => r.state);
    const cancellationsInFeed = async (order: string) =>
      Object.fromEntries(
        (
          await admin.query<{ item_ref: string; n: string }>(
            `select item_ref, count(*) as n from booking_change
              where order_ref = $1 and kind in ('CANCELLED', 'CANCELLATION_PENDING', 'OUTCOME_SETTLED')
                and status_after in ('CANCELLED_BY_CUSTOMER', 'CANCELLATION_PENDING') group by item_ref`,
            [order],
          )
        ).rows.map(r => [r.item_ref, Number(r.n)]),
      );
    // Booking.com counts cancels per order (the stay); the others per item.
    const applied = (provider: ProviderId, order: string, item: string) =>
      simulatorOf(provider).appliedCancels.get(provider === 'BOOKING_COM' ? order : item) ?? 0;

    for (const moment of MOMENTS) {
      it(`${moment.name}: every item settles ${moment.settled}, ${moment.cancels} provider call(s) in all`, async () => {
        const first = await start();
        await first.register('alice', moment.provider, moment.order);
        const cancelMethod = CANCEL_METHOD[moment.provider as keyof typeof CANCEL_METHOD];
        const before = {
          GET: calls(moment.provider, 'GET', moment.order),
          PATCH: calls(moment.provider, 'PATCH', moment.order),
          DELETE: calls(moment.provider, 'DELETE', moment.order),
          POST: calls(moment.provider, 'POST', moment.order),
        };
        for (const fault of moment.faults(moment.order, moment.items))
          serverOf(moment.provider).inject(fault);
        const key = `crash-several-${moment.provider}-${moment.trigger.method}`;
        const input = {
          orderItemIds: moment.items.map(ref => orderItemId(moment.provider, moment.order, ref)),
          reason: 'OTHER' as const,
          idempotencyKey: key,
        };
        void first.graphql(CANCEL_ITEMS, { input }, await first.token('alice')).catch(() => undefined);
        const { method, count } = moment.trigger;
        await pollUntil(
          () => calls(moment.provider, method, moment.order) - before[method],
          n => n >= count,
          { tries: 500, everyMs: 10 },
        );
        await first.kill9();
        const killedAt = performance.now();

        const second = await start();
        const settled = () => moment.items.map(() => moment.settled);
        let now = await states(key);
        while (
          JSON.stringify(now) !== JSON.stringify(settled()) &&
          performance.now() - killedAt < SETTLE_BOUND_MS
        ) {
          await new Promise(resolve => setTimeout(resolve, 200));
          now = await states(key);
        }
        console.info(
          `kill -9 ${moment.name}: ${now.join(', ')} ${Math.round(performance.now() - killedAt)} ms after`,
        );
        expect(now).toEqual(settled());
        // Let any held request finish at the provider before counting what was applied.
        await new Promise(resolve => setTimeout(resolve, 3_200));
        expect(calls(moment.provider, cancelMethod, moment.order) - before[cancelMethod]).toBe(
          moment.cancels,
        );
        for (const item of moment.items)
          expect(applied(moment.provider, moment.order, item), item).toBe(
            moment.settled === 'SUCCEEDED' ? 1 : 0,
          );

        // The same key on the new process: the settled items replay; unsent ones go now, once.
        const again = await second.graphql(CANCEL_ITEMS, { input }, await second.token('alice'));
        const result = again.body.data?.cancelOrderItems;
        const answers =
          result?.__typename === 'CancellationResults' ? result.results.map(r => r.__typename) : [];
        expect(answers).toEqual(moment.items.map(() => 'OrderItemCancelled'));
        const sentInAll = calls(moment.provider, cancelMethod, moment.order) - before[cancelMethod];
        expect(sentInAll).toBe(
          moment.cancels === 0 ? (moment.provider === 'IMIN' ? 1 : moment.items.length) : moment.cancels,
        );
        for (const item of moment.items) expect(applied(moment.provider, moment.order, item), item).toBe(1);
        // The feed tells each item's cancellation once (cancelled, pending, or settled by reading),
        // however many entries settled it.
        expect(await cancellationsInFeed(moment.order)).toEqual(
          Object.fromEntries(moment.items.map(item => [item, 1])),
        );
        await second.stop();
      }, 60_000);
    }
  },
);
