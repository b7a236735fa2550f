// Live status over graphql-ws on /graphql: what Apollo Client's GraphQLWsLink and urql speak.
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { orderItemId } from '../../../src/domain/ids.js';
import { IMIN_ORDERS, startIminGateway, type IminGateway } from '../../helpers/imin-gateway.js';
import { CANCEL } from '../../helpers/documents.js';
import { pollUntil } from '../../helpers/poll.js';

const WATCH = `subscription($id: ID!) { orderItemUpdated(id: $id) {
  id status cancellation { cancelledAt cancelledBy } cancellability { cancellable reason } } }`;

interface Watched {
  readonly events: FormattedExecutionResult<{ orderItemUpdated: { status: string } }>[];
  readonly errors: unknown[];
  readonly closed: { code: number; reason: string }[];
  completed: boolean;
  readonly client: Client;
  stop(): void;
}

let t: IminGateway;
const clients: Client[] = [];

/** A graphql-ws client, as Apollo Client's GraphQLWsLink builds it: the token in connectionParams. */
function connect(token: string | null, closed: Watched['closed'] = []): Client {
  const url = `${t.gw.url.replace(/^http/, 'ws')}/graphql`;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: event => closed.push(event as { code: number; reason: string }) },
  });
  clients.push(client);
  return client;
}

function watch(token: string | null, id: string, query = WATCH): Watched {
  const closed: Watched['closed'] = [];
  const client = connect(token, closed);
  const watched: Watched = {
    events: [],
    errors: [],
    closed,
    completed: false,
    client,
    stop: () => undefined,
  };
  watched.stop = client.subscribe<{ orderItemUpdated: { status: string } }, Record<string, unknown>>(
    { query, variables: { id } },
    {
      next: value => watched.events.push(value),
      error: error => watched.errors.push(error),
      complete: () => {
        watched.completed = true;
      },
    },
  );
  return watched;
}

const settled = (w: Watched) => w.completed || w.errors.length > 0 || w.closed.length > 0;
const statuses = (w: Watched) => w.events.map(e => e.data?.orderItemUpdated.status);
const waitFor = (w: Watched, done: (w: Watched) => boolean) =>
  pollUntil(
    () => w,
    x => done(x) || x.errors.length > 0 || x.closed.length > 0,
    { tries: 150, everyMs: 40 },
  );
const reads = () => t.sim.server.calls.filter(c => c.method === 'GET').length;

beforeAll(async () => {
  t = await startIminGateway({ pendingMs: 300 });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await t.close();
});

describe('orderItemUpdated over graphql-ws', () => {
  it('sends the current state, then CANCELLATION_PENDING and CANCELLED_BY_CUSTOMER after a cancel', async () => {
    const id = orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1');
    const w = watch(t.alice, id);
    await waitFor(w, x => x.events.length >= 1);
    expect(w.events[0]?.data?.orderItemUpdated).toMatchObject({
      id,
      status: 'CONFIRMED',
      cancellation: null,
    });

    const cancel = await t.gw.graphql(
      CANCEL,
      { input: { orderItemId: id, reason: 'CHANGE_OF_PLANS', idempotencyKey: 'live-1' } },
      t.alice,
    );
    expect(cancel.body.data?.cancelOrderItem.__typename).toBe('OrderItemCancelled');
    await waitFor(w, x => statuses(x).includes('CANCELLED_BY_CUSTOMER'));
    expect(statuses(w)).toEqual(['CONFIRMED', 'CANCELLATION_PENDING', 'CANCELLED_BY_CUSTOMER']);
    expect(w.events.at(-1)?.data?.orderItemUpdated).toMatchObject({
      cancellation: { cancelledBy: 'CUSTOMER', cancelledAt: expect.any(String) },
      cancellability: { cancellable: false },
    });
    expect(w.errors).toEqual([]);
    w.stop();
  });

  it('one poll per item however many subscribers: two watchers of one item cost what one does', async () => {
    const id = orderItemId('IMIN', IMIN_ORDERS.tennis, 'tennis-1');
    const bob = await t.gw.token('bob');
    const before = reads();
    const a = watch(bob, id);
    const b = watch(bob, id);
    await waitFor(a, x => x.events.length >= 1);
    await waitFor(b, x => x.events.length >= 1);
    expect(reads() - before).toBe(1);
    expect(a.events[0]).toEqual(b.events[0]);
    a.stop();
    b.stop();
  });

  it('a foreign id and an unknown id get the same NOT_FOUND answer, with no provider call', async () => {
    const bob = await t.gw.token('bob');
    const before = reads();
    const foreign = watch(bob, orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1'));
    const unknown = watch(bob, orderItemId('IMIN', 'no-such-order', 'x'));
    const garbage = watch(bob, 'not-an-id');
    for (const w of [foreign, unknown, garbage]) await waitFor(w, settled);
    // Each operation has its own correlation id (live-errors.test.ts); the rest is the same.
    const answers = [foreign, unknown, garbage].map(w =>
      JSON.parse(JSON.stringify(w.events).replace(/"correlationId":"[0-9a-f-]{36}"/g, '"correlationId":"…"')),
    );
    expect(answers[0]).toEqual([
      {
        errors: [
          expect.objectContaining({
            message: 'Order item not found.',
            extensions: { code: 'NOT_FOUND', correlationId: '…' },
          }),
        ],
      },
    ]);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(reads()).toBe(before);
  });

  it('refuses a connection without a valid token with 4401 and the reason, and one without orders:read with 4403', async () => {
    const missing: Watched['closed'] = [];
    const invalid: Watched['closed'] = [];
    const noScope: Watched['closed'] = [];
    const id = orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1');
    for (const [token, closed] of [
      [null, missing],
      ['not.a.jwt', invalid],
      [await t.gw.token('alice', ['orders:cancel']), noScope],
    ] as const) {
      connect(token, closed).subscribe(
        { query: WATCH, variables: { id } },
        { next() {}, error() {}, complete() {} },
      );
    }
    await pollUntil(
      () => [missing, invalid, noScope],
      all => all.every(c => c.length > 0),
      {
        tries: 100,
        everyMs: 30,
      },
    );
    expect(missing[0]).toMatchObject({ code: 4401, reason: 'TOKEN_MISSING' });
    expect(invalid[0]).toMatchObject({ code: 4401, reason: 'TOKEN_INVALID' });
    expect(noScope[0]).toMatchObject({ code: 4403, reason: 'orders:read scope required' });
  });

  it('ends the connection with 4401 TOKEN_EXPIRED when the token expires', async () => {
    const shortLived = await t.gw.token('alice', ['orders:read'], 1);
    const w = watch(shortLived, orderItemId('IMIN', IMIN_ORDERS.badminton, 'badminton-1'));
    await pollUntil(
      () => w.closed,
      c => c.length > 0,
      { tries: 100, everyMs: 50 },
    );
    expect(w.events.length).toBeGreaterThanOrEqual(1);
    expect(w.closed[0]).toMatchObject({ code: 4401, reason: 'TOKEN_EXPIRED' });
  });

  it('bounds live subscriptions per caller (SUBSCRIPTIONS_PER_CALLER, 10 here)', async () => {
    const bob = await t.gw.token('bob');
    const id = orderItemId('IMIN', 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a07', 'aqua-1');
    const many = Array.from({ length: 11 }, () => watch(bob, id));
    await pollUntil(
      () => many,
      all => all.every(w => w.events.length > 0 || settled(w)),
      { tries: 150, everyMs: 40 },
    );
    const refused = many.filter(w => w.events.some(e => e.errors));
    expect(refused).toHaveLength(1);
    expect(refused[0]?.events[0]?.errors?.[0]).toMatchObject({
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 10 },
    });
    for (const w of many) w.stop();
  });

  it('serves only subscriptions over WebSocket: a query gets a clear error', async () => {
    const w = watch(t.alice, 'x', '{ viewer { customerId } }');
    await waitFor(w, settled);
    expect(w.errors[0]).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Only subscription operations'),
        extensions: expect.objectContaining({ code: 'BAD_REQUEST' }),
      }),
    ]);
  });
});

describe('browser origins', () => {
  const handshake = (origin: string) =>
    new Promise<number>(resolve => {
      const socket = new WebSocket(`${t.gw.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
        origin,
      });
      socket.once('open', () => {
        socket.close();
        resolve(101);
      });
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    });

  it("refuses a handshake from a foreign Origin (no CORS_ORIGINS here) and accepts the gateway's own", async () => {
    // 403, not ws's default 401 (which Chromium reports as "HTTP Authentication failed"): origins.test.ts.
    expect(await handshake('https://evil.example')).toBe(403);
    expect(await handshake(t.gw.url)).toBe(101);
  });
});

describe('shutdown', () => {
  it('closes live subscriptions with 1001 (going away) when the gateway stops', async () => {
    const own = await startIminGateway();
    const url = `${own.gw.url.replace(/^http/, 'ws')}/graphql`;
    const closed: { code: number; reason: string }[] = [];
    const events: unknown[] = [];
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${own.alice}` },
      on: { closed: event => closed.push(event as { code: number; reason: string }) },
    });
    client.subscribe(
      { query: WATCH, variables: { id: orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1') } },
      { next: value => events.push(value), error() {}, complete() {} },
    );
    await pollUntil(
      () => events,
      e => e.length > 0,
      { tries: 100, everyMs: 40 },
    );
    await own.close();
    await pollUntil(
      () => closed,
      c => c.length > 0,
      { tries: 100, everyMs: 20 },
    );
    expect(closed[0]).toMatchObject({ code: 1001 });
    await client.dispose();
  });
});
