import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId, orderItemId } from '../../../src/domain/ids.js';
import { ProviderCallError } from '../../../src/domain/provider-failure.js';
import { anItem, anOrder, UUIDS } from '../../helpers/builders.js';
import { createFakeProvider, fakePlugin, upstreamCalls } from '../../fakes/fake-provider.js';
import { CANCEL, REGISTER_BRIEF, type Provider, type RegisterOrderInput } from '../../helpers/documents.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const ALICE_ORDER = UUIDS.a;
const BOB_ORDER = UUIDS.b;
const MISSING_ORDER = UUIDS.c;
const ORDER = 'query($id: ID!) { order(id: $id) { id providerReference items { id title } } }';
const ITEM = 'query($id: ID!) { orderItem(id: $id) { id order { id items { id } } } }';
const NODE = 'query($id: ID!) { node(id: $id) { id } }';

describe('ownership: who may see and cancel which order', () => {
  const imin = createFakeProvider('IMIN', [
    anOrder('IMIN', ALICE_ORDER, [
      anItem({
        provider: 'IMIN',
        orderRef: ALICE_ORDER,
        providerReference: 'item-1',
        startsAt: new Date('2031-03-01T09:00:00Z'),
      }),
      anItem({
        provider: 'IMIN',
        orderRef: ALICE_ORDER,
        providerReference: 'item-2',
        startsAt: new Date('2031-02-01T09:00:00Z'),
      }),
    ]),
    anOrder('IMIN', BOB_ORDER),
    anOrder('IMIN', MISSING_ORDER),
  ]);
  const musement = createFakeProvider('MUSEMENT', [
    anOrder('MUSEMENT', UUIDS.a, [
      anItem({ provider: 'MUSEMENT', orderRef: UUIDS.a, startsAt: new Date('2032-01-01T09:00:00Z') }),
    ]),
  ]);
  let gw: TestGateway;
  let alice: string;
  let bob: string;
  let service: string;
  let admin: string;

  const register = (
    customerId: string,
    provider: Provider,
    providerReference: string,
    extra: Partial<RegisterOrderInput> = {},
  ) => gw.graphql(REGISTER_BRIEF, { input: { customerId, provider, providerReference, ...extra } }, service);

  beforeAll(async () => {
    gw = await startTestGateway({ plugins: [fakePlugin(imin), fakePlugin(musement)] });
    [alice, bob, service, admin] = await Promise.all([
      gw.token('alice'),
      gw.token('bob'),
      gw.token('booking-flow', ['orders:write']),
      gw.token('support', ['orders:read', 'orders:admin']),
    ]);
    expect((await register('alice', 'IMIN', ALICE_ORDER)).body.data?.registerOrder).toMatchObject({
      __typename: 'OrderRegistered',
      created: true,
    });
    expect((await register('bob', 'IMIN', BOB_ORDER)).body.data?.registerOrder).toMatchObject({
      created: true,
    });
    expect((await register('alice', 'MUSEMENT', UUIDS.a)).body.data?.registerOrder).toMatchObject({
      created: true,
    });
  });
  afterAll(() => gw.close());

  const resetCalls = () => {
    for (const fake of [imin, musement]) {
      fake.calls.loadOrders.length = 0;
      fake.calls.cancel.length = 0;
    }
  };

  it('lets the owner read the order, its items and the edges between them', async () => {
    const res = await gw.graphql(ITEM, { id: orderItemId('IMIN', ALICE_ORDER, 'item-1') }, alice);
    expect(res.body.data?.orderItem.order.id).toBe(orderId('IMIN', ALICE_ORDER));
    expect(res.body.data?.orderItem.order.items).toHaveLength(2);
  });

  it("AZ-01/LK-04: another customer's order reads exactly like a missing one, with no provider call", async () => {
    resetCalls();
    const foreign = await gw.graphql(ORDER, { id: orderId('IMIN', ALICE_ORDER) }, bob);
    const missing = await gw.graphql(ORDER, { id: orderId('IMIN', MISSING_ORDER) }, bob);
    expect(foreign.status).toBe(missing.status);
    expect(foreign.text).toBe(missing.text);
    expect(foreign.body).toEqual({ data: { order: null } });
    expect(upstreamCalls(imin)).toBe(0);
  });

  it("AZ-04: enumerating another customer's orders through aliases finds nothing; the alias limit caps a request", async () => {
    resetCalls();
    const aliased = (n: number) =>
      `query($id: ID!) { ${Array.from({ length: n }, (_, i) => `o${i}: order(id: $id) { id }`).join(' ')} }`;
    const ten = await gw.graphql(aliased(10), { id: orderId('IMIN', ALICE_ORDER) }, bob);
    expect(ten.status).toBe(200);
    expect(Object.values(ten.body.data ?? {})).toEqual(Array(10).fill(null));
    const fifteen = await gw.graphql(aliased(15), { id: orderId('IMIN', ALICE_ORDER) }, bob);
    // A validation failure: 200 under application/json (400 under graphql-response+json).
    expect(fifteen.status).toBe(200);
    expect(fifteen.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(fifteen.body.data).toBeUndefined();
    expect(upstreamCalls(imin)).toBe(0);
  });

  it("AZ-02: cancelling another customer's item is ORDER_ITEM_NOT_FOUND, like a missing one, with no cancel call", async () => {
    resetCalls();
    const input = (id: string) => ({
      input: { orderItemId: id, reason: 'CUSTOMER_REQUEST' as const, idempotencyKey: 'k-az-02' },
    });
    const foreign = await gw.graphql(CANCEL, input(orderItemId('IMIN', ALICE_ORDER, 'item-1')), bob);
    const missing = await gw.graphql(CANCEL, input(orderItemId('IMIN', MISSING_ORDER, 'item-1')), bob);
    expect(foreign.body.data?.cancelOrderItem).toEqual({
      __typename: 'OrderItemNotFoundError',
      code: 'ORDER_ITEM_NOT_FOUND',
      message: 'No booking was found with that id.',
      retryable: false,
      provider: null,
    });
    expect(foreign.text).toBe(missing.text);
    expect(imin.calls.cancel).toHaveLength(0);
    expect(upstreamCalls(imin)).toBe(0);
    // The denied attempt is logged for operators, by ids only (the missing one is not an event).
    const denied = gw.logs.filter(line => line.includes('"securityEvent":"foreign_cancel_denied"'));
    expect(denied).toHaveLength(1);
    expect(JSON.parse(denied[0]!)).toMatchObject({ provider: 'IMIN', ownershipId: expect.any(String) });
    expect(denied[0]).not.toContain(ALICE_ORDER);
  });

  it('AZ-05: every entry point checks ownership (node, orderItem)', async () => {
    resetCalls();
    for (const query of [NODE, ITEM]) {
      for (const id of [orderId('IMIN', ALICE_ORDER), orderItemId('IMIN', ALICE_ORDER, 'item-1')]) {
        const res = await gw.graphql(query, { id }, bob);
        expect(Object.values(res.body.data ?? {})).toEqual([null]);
      }
    }
    expect(upstreamCalls(imin)).toBe(0);
  });

  it('AZ-06: concurrent requests for one ID from two customers give data only to the owner', async () => {
    const id = orderId('IMIN', ALICE_ORDER);
    const [forAlice, forBob] = await Promise.all([
      gw.graphql(ORDER, { id }, alice),
      gw.graphql(ORDER, { id }, bob),
    ]);
    expect(forAlice.body.data?.order.providerReference).toBe(ALICE_ORDER);
    expect(forBob.body).toEqual({ data: { order: null } });
  });

  it('AZ-07: an own ID re-prefixed to another provider is not found, with no provider call', async () => {
    resetCalls();
    const res = await gw.graphql(ORDER, { id: orderId('MUSEMENT', BOB_ORDER) }, bob);
    expect(res.body).toEqual({ data: { order: null } });
    expect(upstreamCalls(imin, musement)).toBe(0);
  });

  it('orders:admin reads any registered order', async () => {
    const res = await gw.graphql(ORDER, { id: orderId('IMIN', BOB_ORDER) }, admin);
    expect(res.body.data?.order.providerReference).toBe(BOB_ORDER);
  });

  it("viewer.orders lists only the caller's orders, newest first, batched per provider", async () => {
    resetCalls();
    const res = await gw.graphql(
      '{ viewer { orders { edges { node { provider providerReference } } providerOutages { provider } } } }',
      {},
      alice,
    );
    expect(res.body.data?.viewer.orders).toEqual({
      edges: [
        { node: { provider: 'MUSEMENT', providerReference: UUIDS.a } },
        { node: { provider: 'IMIN', providerReference: ALICE_ORDER } },
      ],
      providerOutages: [],
    });
    expect(imin.calls.loadOrders).toEqual([[ALICE_ORDER]]);
  });

  it('a failing provider nulls only its own orders and is listed in providerOutages', async () => {
    musement.failWith = new ProviderCallError({
      provider: 'MUSEMENT',
      code: 'PROVIDER_UNAVAILABLE',
      message: 'simulated outage',
    });
    try {
      const res = await gw.graphql(
        '{ viewer { orders { edges { node { provider } } providerOutages { provider code retryable } } } }',
        {},
        alice,
      );
      expect(res.status).toBe(200);
      expect(res.body.data?.viewer.orders.edges).toEqual([{ node: null }, { node: { provider: 'IMIN' } }]);
      expect(res.body.data?.viewer.orders.providerOutages).toEqual([
        { provider: 'MUSEMENT', code: 'PROVIDER_UNAVAILABLE', retryable: true },
      ]);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'PROVIDER_UNAVAILABLE',
        provider: 'MUSEMENT',
      });
      expect(res.text).not.toContain('simulated outage');
    } finally {
      musement.failWith = null;
    }
  });

  it('viewer.upcomingOrderItems lists future items soonest first and pages', async () => {
    const query =
      'query($after: String) { viewer { upcomingOrderItems(first: 1, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }';
    const first = await gw.graphql(query, {}, alice);
    const page = first.body.data?.viewer.upcomingOrderItems;
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      orderItemId('IMIN', ALICE_ORDER, 'item-2'),
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await gw.graphql(query, { after: page.pageInfo.endCursor }, alice);
    expect(second.body.data?.viewer.upcomingOrderItems.edges[0].node.id).toBe(
      orderItemId('IMIN', ALICE_ORDER, 'item-1'),
    );
  });

  it('rejects a bad cursor and a bad page size as BAD_USER_INPUT', async () => {
    const bad = await gw.graphql('{ viewer { orders(after: "nope!") { edges { cursor } } } }', {}, alice);
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const zero = await gw.graphql('{ viewer { orders(first: 0) { edges { cursor } } } }', {}, alice);
    expect(zero.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  describe('registerOrder', () => {
    it('is idempotent for the same customer', async () => {
      const again = await register('alice', 'IMIN', ALICE_ORDER);
      expect(again.body.data?.registerOrder).toEqual({
        __typename: 'OrderRegistered',
        created: false,
        order: { id: orderId('IMIN', ALICE_ORDER) },
      });
    });

    it("refuses another customer's order without changing it", async () => {
      const res = await register('mallory', 'IMIN', ALICE_ORDER);
      expect(res.body.data?.registerOrder).toMatchObject({
        __typename: 'OrderOwnedByAnotherCustomerError',
        code: 'ORDER_OWNED_BY_ANOTHER_CUSTOMER',
      });
      const stillAlice = await gw.graphql(ORDER, { id: orderId('IMIN', ALICE_ORDER) }, alice);
      expect(stillAlice.body.data?.order).not.toBeNull();
    });

    it.each<[string, Provider, string, Partial<RegisterOrderInput>, string]>([
      ['a reference of the wrong shape', 'IMIN', '12345', {}, 'providerReference'],
      ['a provider that is not enabled', 'BOOKING_COM', '12345', {}, 'provider'],
      [
        'a snapshot for a non-Bókun order',
        'IMIN',
        UUIDS.c,
        {
          bokunBooking: {
            title: 't',
            startsAt: '2031-01-01T00:00:00Z',
            price: { amount: '1', currency: 'EUR' },
            penaltyRules: [],
          },
        },
        'bokunBooking',
      ],
      ['an empty customer id', 'IMIN', UUIDS.c, { customerId: ' ' }, 'customerId'],
    ])('refuses %s with the field named', async (_name, provider, ref, extra, field) => {
      const res = await gw.graphql(
        REGISTER_BRIEF,
        { input: { customerId: 'carol', provider, providerReference: ref, ...extra } },
        service,
      );
      expect(res.body.data?.registerOrder).toMatchObject({
        __typename: 'InvalidRegistrationRequestError',
        code: 'INVALID_REGISTRATION_REQUEST',
        field,
      });
      expect(
        (await gw.graphql('{ viewer { orders { edges { cursor } } } }', {}, await gw.token('carol'))).body
          .data?.viewer.orders.edges,
      ).toEqual([]);
    });
  });
});
