import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { InvalidArgumentError } from '../../../src/domain/errors.js';
import type { OrderModel } from '../../../src/domain/order.js';
import { openLedger, type Ledger } from '../../../src/ledger/index.js';
import type { ProviderRegistry } from '../../../src/providers/port.js';
import { scopeFor } from '../../helpers/scope.js';
import { createOrdersService, type OrdersService } from '../../../src/services/orders-service.js';
import { anItem, anOrder } from '../../helpers/builders.js';
import { createFakeProvider } from '../../fakes/fake-provider.js';

const alice = { customerId: 'alice', scopes: new Set(['orders:read']) };
const NOW = new Date('2030-01-01T00:00:00Z');
// Five orders, registered a minute apart; order n starts n days from now.
const orders: OrderModel[] = [1, 2, 3, 4, 5].map(n =>
  anOrder('BOOKING_COM', String(n), [
    anItem({
      provider: 'BOOKING_COM',
      orderRef: String(n),
      startsAt: new Date(NOW.getTime() + n * 86_400_000),
    }),
  ]),
);

let ledger: Ledger;
let service: OrdersService;
let providers: ProviderRegistry;
/** Each call is a request of its own, as in the gateway. */
const as = (caller: typeof alice) => scopeFor(caller, { providers, ledger });

beforeAll(async () => {
  ledger = await openLedger({ databaseUrl: null, dataDir: ':memory:' });
  for (const [i, order] of orders.entries())
    await ledger.ownership.register(
      'alice',
      'BOOKING_COM',
      order.providerReference,
      new Date(NOW.getTime() + i * 60_000),
    );
  await ledger.ownership.register('bob', 'BOOKING_COM', '99', NOW);
  const provider = createFakeProvider('BOOKING_COM', orders, 100);
  providers = new Map([['BOOKING_COM', provider]]);
  service = createOrdersService({
    ledger,
    clock: fixedClock(NOW),
    bookerMatches: () => Promise.resolve(true),
  });
});
afterAll(() => ledger.close());

const refs = (page: { edges: readonly { node: unknown }[] }) =>
  page.edges.map(e => (e.node as OrderModel).providerReference);

describe('viewer.orders paging (keyset over the ledger, newest registration first)', () => {
  it('walks every page once, in order, ending with hasNextPage false', async () => {
    const first = await service.viewerOrders(as(alice), { first: 2 });
    expect(refs(first)).toEqual(['5', '4']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await service.viewerOrders(as(alice), { first: 2, after: first.pageInfo.endCursor });
    expect(refs(second)).toEqual(['3', '2']);
    const last = await service.viewerOrders(as(alice), { first: 2, after: second.pageInfo.endCursor });
    expect(refs(last)).toEqual(['1']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false });
  });

  it('pageInfo is the full Relay shape: startCursor is the first edge, hasPreviousPage after a cursor', async () => {
    const first = await service.viewerOrders(as(alice), { first: 2 });
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: first.edges[0]?.cursor });
    const second = await service.viewerOrders(as(alice), { first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0]?.cursor });
    const empty = await service.viewerOrders(as(alice), { first: 5, providers: [] });
    expect(empty.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('never shows another customer, and an empty provider filter is an empty page', async () => {
    expect(refs(await service.viewerOrders(as(alice), { first: 50 }))).not.toContain('99');
    expect((await service.viewerOrders(as(alice), { first: 5, providers: [] })).edges).toEqual([]);
  });

  it.each([
    ['a made-up cursor', { first: 2, after: 'not-a-cursor' }],
    ['a zero page', { first: 0 }],
    ['a fractional page', { first: 1.5 }],
  ])('refuses %s as a bad argument', async (_name, args) => {
    await expect(service.viewerOrders(as(alice), args)).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('viewer.upcomingOrderItems paging (by start time)', () => {
  it('earliest first, and the cursor continues where the page ended', async () => {
    const first = await service.upcomingOrderItems(as(alice), { first: 3 });
    expect(first.edges.map(e => e.node.orderRef)).toEqual(['1', '2', '3']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await service.upcomingOrderItems(as(alice), { first: 3, after: first.pageInfo.endCursor });
    expect(rest.edges.map(e => e.node.orderRef)).toEqual(['4', '5']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('cursors are opaque: no start time or item id readable in them, and the full Relay pageInfo', async () => {
    const first = await service.upcomingOrderItems(as(alice), { first: 3 });
    for (const { cursor, node } of first.edges) {
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(cursor).not.toContain(node.id);
      expect(cursor).not.toContain(String(node.startsAt?.getUTCFullYear()));
    }
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: first.edges[0]?.cursor });
    const rest = await service.upcomingOrderItems(as(alice), { first: 3, after: first.pageInfo.endCursor });
    expect(rest.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: rest.edges[0]?.cursor });
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(service.upcomingOrderItems(as(alice), { first: 3, after: 'x' })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });
});
