import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import {
  startBookingComSimulator,
  type BookingComSimulator,
} from '../../../src/simulators/booking-com/index.js';
import { startIminSimulator, type IminSimulator } from '../../../src/simulators/imin/index.js';
import { bookingStays } from '../../../src/simulators/booking-com/seed.js';
import { iminOrders } from '../../../src/simulators/imin/seed.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../../helpers/gateway.js';
import { SENTINEL_CREDENTIALS as C } from '../../helpers/sentinels.js';
import { simulatorEnv } from '../../helpers/simulators.js';

const CUSTOMERS = 50;
const REQUESTS_EACH = 10;
const RATE_LIMIT = 8;
const MAX_CONCURRENT = 10;
const TYPED = new Set(['RATE_LIMITED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_TIMEOUT']);
const ORDERS = (providers?: string) =>
  `{ viewer { orders${providers ? `(filter: { providers: [${providers}] })` : ''} { edges { node { provider providerReference } } providerOutages { provider code } } } }`;

let imin: IminSimulator;
let booking: BookingComSimulator;
let gw: TestGateway;
const tokens: string[] = [];
const iminSeed = iminOrders(CUSTOMERS * 4);
const bookingSeed = bookingStays(CUSTOMERS * 4);

beforeAll(async () => {
  imin = await startIminSimulator({ ...C.imin, seed: iminSeed });
  booking = await startBookingComSimulator({ ...C.bookingCom, seed: bookingSeed });
  gw = await startTestGateway({
    plugins: providerPlugins.filter(p => p.id === 'IMIN' || p.id === 'BOOKING_COM'),
    env: {
      ...simulatorEnv({ imin, booking }),
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      PROVIDER_MAX_CONCURRENT: String(MAX_CONCURRENT),
    },
  });
  // Each customer owns two orders at each provider, written straight to the ledger (faster than 400
  // registerOrder calls, and registration is not what is measured).
  // Customers 0–49 take the LD-04 burst; 50–99 (fresh rate-limit windows) take the LD-06 one.
  for (let c = 0; c < CUSTOMERS * 2; c++) {
    for (const i of [2 * c, 2 * c + 1]) {
      await gw.ledger.ownership.register(`load-${c}`, 'IMIN', iminSeed[i]!.uuid, new Date(Date.now() + i));
      await gw.ledger.ownership.register(
        `load-${c}`,
        'BOOKING_COM',
        bookingSeed[i]!.id,
        new Date(Date.now() + i),
      );
    }
    tokens.push(await gw.token(`load-${c}`));
  }
}, 60_000);
afterAll(async () => {
  await gw.close();
  await Promise.all([imin.close(), booking.close()]);
});

const errorCodes = (res: GraphQLResponse) => (res.body.errors ?? []).map(e => String(e.extensions?.['code']));

describe('LD-04: a burst of 500 queries from 50 customers, mixed provider latency', () => {
  it('answers every query with data or a typed error, within the concurrency limit, batching per request only', async () => {
    imin.server.setLatency([5, 40]);
    booking.server.setLatency([10, 30]);
    imin.server.resetStats();
    booking.server.resetStats();
    const detailsBefore = booking.server.calls.length;
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const results = await Promise.all(
      tokens.slice(0, CUSTOMERS).map(async (token, c) => {
        const mine: GraphQLResponse[] = [];
        for (let r = 0; r < REQUESTS_EACH; r++) mine.push(await gw.graphql(ORDERS(), {}, token));
        return { c, mine };
      }),
    );
    lag.disable();
    imin.server.setLatency(null);
    booking.server.setLatency(null);

    const all = results.flatMap(r => r.mine);
    expect(all).toHaveLength(CUSTOMERS * REQUESTS_EACH);
    expect(all.filter(r => r.status >= 500)).toEqual([]);
    for (const res of all) for (const code of errorCodes(res)) expect(TYPED).toContain(code);
    // The per-customer limit refuses exactly the requests over it, and nothing else.
    const limited = all.filter(r => r.status === 429);
    expect(limited).toHaveLength(CUSTOMERS * (REQUESTS_EACH - RATE_LIMIT));
    expect(limited.every(r => errorCodes(r).join() === 'RATE_LIMITED')).toBe(true);
    // Each customer sees only their own orders.
    for (const { c, mine } of results) {
      for (const res of mine.filter(r => r.status === 200)) {
        const refs = res.body.data?.viewer.orders.edges.flatMap(
          (e: { node: { providerReference: string } | null }) => (e.node ? [e.node.providerReference] : []),
        ) as string[];
        const own = new Set([
          iminSeed[2 * c]!.uuid,
          iminSeed[2 * c + 1]!.uuid,
          bookingSeed[2 * c]!.id,
          bookingSeed[2 * c + 1]!.id,
        ]);
        expect(refs.every(ref => own.has(ref))).toBe(true);
      }
    }
    expect(imin.server.maxInFlight).toBeLessThanOrEqual(MAX_CONCURRENT);
    expect(booking.server.maxInFlight).toBeLessThanOrEqual(MAX_CONCURRENT);
    // One details call per request for both of its stays, never a batch mixing two customers.
    const details = booking.server.calls
      .slice(detailsBefore)
      .map(call => JSON.parse(call.body).orders as string[]);
    expect(details.length).toBeLessThanOrEqual(CUSTOMERS * RATE_LIMIT);
    const pairOfOneCustomer = (ids: string[]) => {
      const [a, b] = ids.map(Number).sort((x, y) => x - y);
      return ids.length === 2 && a! % 2 === 0 && b === a! + 1;
    };
    expect(details.every(pairOfOneCustomer)).toBe(true);
    // Generous: the point is that the loop never stalls for long, not a latency target.
    expect(lag.percentile(99) / 1e6).toBeLessThan(500);
  }, 60_000);
});

describe('LD-06: one provider slow during a burst', () => {
  it("the other provider's queries neither fail nor wait; the slow one's reads queue for its slots and all arrive", async () => {
    imin.server.setLatency(700);
    imin.server.resetStats();
    const fast = tokens.slice(CUSTOMERS, CUSTOMERS + 20);
    const mixed = tokens.slice(CUSTOMERS + 20, CUSTOMERS * 2);
    const timed = async (token: string, query: string) => {
      const started = Date.now();
      const res = await gw.graphql(query, {}, token);
      return { res, ms: Date.now() - started };
    };
    const [bookingOnly, withImin] = await Promise.all([
      Promise.all(fast.map(t => timed(t, ORDERS('BOOKING_COM')))),
      Promise.all(mixed.map(t => timed(t, ORDERS()))),
    ]);
    imin.server.setLatency(null);

    const ok = bookingOnly.filter(r => r.res.status === 200);
    for (const { res, ms } of ok) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.viewer.orders.edges).toHaveLength(2);
      expect(ms).toBeLessThan(700);
    }
    // 30 requests × 2 imin reads are 60 calls for 10 slots: six rounds of 700 ms fit the 10 s
    // deadline, so they wait their turn and all arrive. (This asserted the opposite while the queue
    // was a fixed 50 calls: the excess was reported as imin being unavailable, though it answered
    // every call. A provider too slow for the deadline is shed typed: test/integration/resilience/queueing.test.ts.)
    for (const { res } of withImin) {
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.viewer.orders.providerOutages).toEqual([]);
      expect(res.body.data?.viewer.orders.edges.filter((e: { node: unknown }) => e.node)).toHaveLength(4);
    }
    expect(imin.server.maxInFlight).toBeLessThanOrEqual(MAX_CONCURRENT);
  }, 30_000);
});
