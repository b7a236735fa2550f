import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import {
  startBookingComSimulator,
  type BookingComSimulator,
} from '../../../src/simulators/booking-com/index.js';
import { startIminSimulator, type IminSimulator } from '../../../src/simulators/imin/index.js';
import { bookingStays } from '../../../src/simulators/booking-com/seed.js';
import { iminOrders } from '../../../src/simulators/imin/seed.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../../helpers/gateway.js';
import { pollUntil } from '../../helpers/poll.js';
import { SENTINEL_CREDENTIALS as C } from '../../helpers/sentinels.js';
import { simulatorEnv } from '../../helpers/simulators.js';

// RP-02: imin reads one order per call, so a page of 50 needs 50 slots; several customers opening
// full pages at once must queue for slots within their deadline, never be told imin is down.
const CUSTOMERS = 4;
const PAGE = 50;
const PAGE_QUERY = `{ viewer { orders(first: ${PAGE}) {
  edges { node { provider providerReference } }
  providerOutages { provider code retryable }
} } }`;

type Page = GraphQLResponse<{
  viewer: {
    orders: {
      edges: Array<{ node: { provider: string; providerReference: string } | null }>;
      providerOutages: Array<{ provider: string; code: string }>;
    };
  };
}>;

const refsOf = (res: Page, provider = 'IMIN') =>
  (res.body.data?.viewer.orders.edges ?? []).flatMap(e =>
    e.node?.provider === provider ? [e.node.providerReference] : [],
  );

/** One sample of the gateway's Prometheus text (0 when the series does not exist yet). */
async function metric(gw: TestGateway, series: string): Promise<number> {
  const text = await (await request(`${gw.url}/metrics`)).body.text();
  const line = text.split('\n').find(l => l.startsWith(`${series} `));
  return Number(line?.split(' ').pop() ?? 0);
}

/** Customer `page-c` owns `perCustomer` of `uuids`, newest last (written straight to the ledger). */
async function own(
  gw: TestGateway,
  provider: 'IMIN' | 'BOOKING_COM',
  refs: readonly string[],
  perCustomer: number,
) {
  for (let i = 0; i < refs.length; i++)
    await gw.ledger.ownership.register(
      `page-${Math.floor(i / perCustomer)}`,
      provider,
      refs[i]!,
      new Date(Date.now() + i),
    );
}

describe('RP-02: concurrent full pages at a provider that reads one order per call (default limits)', () => {
  const seed = iminOrders(CUSTOMERS * PAGE);
  let imin: IminSimulator;
  let gw: TestGateway;
  const tokens: string[] = [];

  beforeAll(async () => {
    imin = await startIminSimulator({ ...C.imin, seed });
    // No PROVIDER_MAX_CONCURRENT: the defaults themselves must fit a few concurrent full pages.
    gw = await startTestGateway({
      plugins: providerPlugins.filter(p => p.id === 'IMIN'),
      env: simulatorEnv({ imin }),
    });
    await own(
      gw,
      'IMIN',
      seed.map(o => o.uuid),
      PAGE,
    );
    for (let c = 0; c < CUSTOMERS; c++) tokens.push(await gw.token(`page-${c}`));
  }, 60_000);
  afterAll(async () => {
    await gw.close();
    await imin.close();
  });

  it('four customers open a page of 50 at once: no outage, every order present, within the limit', async () => {
    // Enough latency that the calls of the four pages overlap at the provider, as in production.
    imin.server.setLatency([5, 25]);
    imin.server.resetStats();
    const pages = (await Promise.all(tokens.map(token => gw.graphql(PAGE_QUERY, {}, token)))) as Page[];
    imin.server.setLatency(null);

    pages.forEach((res, c) => {
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.viewer.orders.providerOutages).toEqual([]);
      const mine = seed.slice(c * PAGE, (c + 1) * PAGE).map(o => o.uuid);
      expect(refsOf(res).sort()).toEqual(mine.sort());
    });
    // The queue made them wait their turn; it never let more calls than the limit reach imin.
    const limit = loadConfig({}).providerHttp.maxConcurrent;
    expect(imin.server.maxInFlight).toBeLessThanOrEqual(limit);
    expect(gw.logs.some(line => line.includes('too many concurrent calls'))).toBe(false);
  }, 60_000);
});

describe("fair shares: one customer's page cannot starve another's (few slots on purpose)", () => {
  const seed = iminOrders(PAGE + 2);
  let imin: IminSimulator;
  let gw: TestGateway;

  beforeAll(async () => {
    imin = await startIminSimulator({ ...C.imin, seed });
    gw = await startTestGateway({
      plugins: providerPlugins.filter(p => p.id === 'IMIN'),
      env: { ...simulatorEnv({ imin }), PROVIDER_MAX_CONCURRENT: '2' },
    });
    // page-0 owns a full page of 50; page-1 owns two orders.
    await own(
      gw,
      'IMIN',
      seed.map(o => o.uuid),
      PAGE,
    );
  }, 60_000);
  afterAll(async () => {
    await gw.close();
    await imin.close();
  });

  it('a page of 2 sent after a page of 50 has queued is answered first, both complete', async () => {
    imin.server.setLatency(30);
    const finished: string[] = [];
    const [big, small] = [await gw.token('page-0'), await gw.token('page-1')];
    const bigPage = gw.graphql(PAGE_QUERY, {}, big).then(res => (finished.push('big'), res as Page));
    // The big page's 50 calls are queued behind its 2 in flight before the small page arrives.
    await pollUntil(
      () => imin.server.inFlight,
      n => n >= 2,
      { tries: 200, everyMs: 10 },
    );
    const smallPage = gw.graphql(PAGE_QUERY, {}, small).then(res => (finished.push('small'), res as Page));
    const [bigRes, smallRes] = await Promise.all([bigPage, smallPage]);
    imin.server.setLatency(null);

    // A FIFO queue would serve the small page after the 48 calls ahead of it (24 rounds of 30 ms).
    expect(finished).toEqual(['small', 'big']);
    expect(refsOf(smallRes).sort()).toEqual(
      seed
        .slice(PAGE)
        .map(o => o.uuid)
        .sort(),
    );
    expect(refsOf(bigRes)).toHaveLength(PAGE);
    expect(bigRes.body.data?.viewer.orders.providerOutages).toEqual([]);
  }, 30_000);
});

describe('a provider really too slow for the deadline is shed within it; the others keep answering', () => {
  const DEADLINE_MS = 1_000;
  const IMIN_EACH = 10;
  const BOOKING_EACH = 2;
  const iminSeed = iminOrders(CUSTOMERS * IMIN_EACH);
  const bookingSeed = bookingStays(CUSTOMERS * BOOKING_EACH);
  let imin: IminSimulator;
  let booking: BookingComSimulator;
  let gw: TestGateway;
  const tokens: string[] = [];

  beforeAll(async () => {
    imin = await startIminSimulator({ ...C.imin, seed: iminSeed });
    booking = await startBookingComSimulator({ ...C.bookingCom, seed: bookingSeed });
    gw = await startTestGateway({
      plugins: providerPlugins.filter(p => p.id === 'IMIN' || p.id === 'BOOKING_COM'),
      env: {
        ...simulatorEnv({ imin, booking }),
        REQUEST_DEADLINE_MS: String(DEADLINE_MS),
        PROVIDER_TIMEOUT_MS: '5000',
        PROVIDER_MAX_CONCURRENT: '4',
        // Out of the way: the timeouts of the calls really sent would open it, and this is about the queue.
        PROVIDER_BREAKER_THRESHOLD: '1000',
      },
    });
    await own(
      gw,
      'IMIN',
      iminSeed.map(o => o.uuid),
      IMIN_EACH,
    );
    await own(
      gw,
      'BOOKING_COM',
      bookingSeed.map(s => s.id),
      BOOKING_EACH,
    );
    for (let c = 0; c < CUSTOMERS; c++) tokens.push(await gw.token(`page-${c}`));
  }, 60_000);
  afterAll(async () => {
    await gw.close();
    await Promise.all([imin.close(), booking.close()]);
  });

  const SHED = (reason: string) =>
    `gateway_provider_shed_calls_total{provider="IMIN",kind="read",reason="${reason}"}`;
  const pagesOf = async (which: readonly string[]) => {
    const started = Date.now();
    const pages = (await Promise.all(which.map(t => gw.graphql(PAGE_QUERY, {}, t)))) as Page[];
    return { pages, ms: Date.now() - started };
  };
  /** Each page has its own Booking.com stays, and imin only as a PROVIDER_TIMEOUT outage. */
  const expectShedImin = (pages: readonly Page[], customers: readonly number[]) =>
    pages.forEach((res, i) => {
      const c = customers[i]!;
      expect(res.status).toBe(200);
      expect(res.body.data?.viewer.orders.providerOutages).toEqual([
        { provider: 'IMIN', code: 'PROVIDER_TIMEOUT', retryable: true },
      ]);
      const mine = bookingSeed.slice(c * BOOKING_EACH, (c + 1) * BOOKING_EACH).map(s => s.id);
      expect(refsOf(res, 'BOOKING_COM').sort()).toEqual(mine.sort());
    });

  it('every page answers by its deadline with its Booking.com orders and imin as PROVIDER_TIMEOUT', async () => {
    imin.server.setLatency(3_000);
    imin.server.resetStats();
    const before = await metric(gw, SHED('deadline'));
    const { pages, ms } = await pagesOf(tokens);
    // Generous: the point is "by the deadline, not after imin's 3 s", not a latency target.
    expect(ms).toBeLessThan(DEADLINE_MS + 1_500);
    expectShedImin(pages, [0, 1, 2, 3]);
    // 4 reads were sent (and timed out at the provider); the 36 queued behind them never were.
    const shed = (await metric(gw, SHED('deadline'))) + (await metric(gw, SHED('expected_wait')));
    expect(shed - before).toBeGreaterThan(0);
    expect(imin.server.maxInFlight).toBeLessThanOrEqual(4);
  }, 30_000);

  it('pages arriving while imin still has not answered are refused at once, not after waiting', async () => {
    const before = await metric(gw, SHED('expected_wait'));
    let earlyAnswered = false;
    const early = pagesOf(tokens.slice(0, 2)).then(answer => ((earlyAnswered = true), answer));
    // Once the calls in flight have run for most of a deadline, they bear out how slow imin is.
    await pollUntil(
      () => imin.server.inFlight,
      n => n >= 4,
      { tries: 200, everyMs: 10 },
    );
    await new Promise(resolve => setTimeout(resolve, DEADLINE_MS * 0.6));
    const late = await pagesOf(tokens.slice(2));
    // The early pages wait for their deadline; the late ones, whose deadline ends later still, are
    // answered before them: their imin reads were refused at once.
    expect(earlyAnswered).toBe(false);
    expectShedImin(late.pages, [2, 3]);
    expect((await metric(gw, SHED('expected_wait'))) - before).toBeGreaterThan(0);
    expectShedImin((await early).pages, [0, 1]);
    imin.server.setLatency(null);
    // Never a word of imin being down: it is slow, and that is what every answer said.
    expect(gw.logs.some(line => line.includes('PROVIDER_UNAVAILABLE'))).toBe(false);
  }, 30_000);

  it('once imin is fast again, the very next pages read it in full; operators see the queue', async () => {
    imin.server.setLatency(null);
    const waitsBefore = await metric(gw, 'gateway_provider_queue_wait_seconds_count{provider="IMIN"}');
    const { pages } = await pagesOf(tokens);
    // 40 reads for 4 slots: most waited their turn, and none is left waiting.
    expect(
      (await metric(gw, 'gateway_provider_queue_wait_seconds_count{provider="IMIN"}')) - waitsBefore,
    ).toBeGreaterThan(0);
    expect(await metric(gw, 'gateway_provider_queued_calls{provider="IMIN"}')).toBe(0);
    pages.forEach((res, c) => {
      expect(res.body.data?.viewer.orders.providerOutages).toEqual([]);
      const mine = iminSeed.slice(c * IMIN_EACH, (c + 1) * IMIN_EACH).map(o => o.uuid);
      expect(refsOf(res).sort()).toEqual(mine.sort());
    });
  });
});
