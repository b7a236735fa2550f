import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMERS } from '../../../src/dev/demo.js';
import { developmentHook } from '../../../src/dev/index.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const HEALTH = '{ providers { provider simulated circuit } }';

describe('npm start: the development hook puts simulators behind the production adapters', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ plugins: providerPlugins, development: developmentHook });
  });
  afterAll(() => gw.close());

  it('every provider with no base URL runs on its simulator, and says so', async () => {
    const res = await gw.graphql(HEALTH, {}, await gw.token('ops'));
    expect(res.body.data?.providers).toEqual(
      ['IMIN', 'BOOKING_COM', 'MUSEMENT', 'BOKUN'].map(provider => ({
        provider,
        simulated: true,
        circuit: 'CLOSED',
      })),
    );
  });

  it('registers the demo bookings over real HTTP, Bókun tours included, and prints tokens', async () => {
    const alice = await gw.token(DEMO_CUSTOMERS.alice);
    const res = await gw.graphql(
      '{ viewer { orders(first: 50) { edges { node { provider } } } } }',
      {},
      alice,
    );
    const providers = new Set(res.body.data?.viewer.orders.edges.map((e: any) => e.node.provider));
    expect([...providers].sort()).toEqual(['BOKUN', 'BOOKING_COM', 'IMIN', 'MUSEMENT']);
    expect(gw.demoTokens).toMatchObject({ alice: expect.any(String), bob: expect.any(String) });
    expect(gw.banner).toContain('Apollo Sandbox');
  });

  it('a Booking.com stay reads as local dates (startDate/endDate), not an instant at UTC midnight', async () => {
    const alice = await gw.token(DEMO_CUSTOMERS.alice);
    const res = await gw.graphql(
      '{ viewer { orders(first: 50, filter: { providers: [BOOKING_COM] }) { edges { node { items { startsAt startDate endDate } } } } } }',
      {},
      alice,
    );
    const items = res.body.data?.viewer.orders.edges.flatMap((e: any) => e.node.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items)
      expect(item).toEqual({
        startsAt: null,
        startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        endDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
  });
});

describe('npm start with AUTH_JWT_SECRET set in development', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      plugins: providerPlugins,
      development: developmentHook,
      env: { AUTH_JWT_SECRET: 'a-development-secret-of-32-chars-or-more' },
    });
  });
  afterAll(() => gw.close());

  it('still prints demo tokens, signed with that secret', async () => {
    expect(gw.banner).toContain('Demo bearer tokens');
    const alice = gw.demoTokens?.['alice'] ?? '';
    const res = await gw.graphql('{ viewer { customerId } }', {}, alice);
    expect(res.body.data?.viewer.customerId).toBe(DEMO_CUSTOMERS.alice);
  });
});

describe('the production entry: no hook, so providers left to simulation are off', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ plugins: providerPlugins });
  });
  afterAll(() => gw.close());

  it('starts no simulator, reports no provider, and logs why', async () => {
    const res = await gw.graphql(HEALTH, {}, await gw.token('ops'));
    expect(res.body.data?.providers).toEqual([]);
    expect(gw.logs.join('')).toContain('only the development entry (npm start) simulates it');
    expect(gw.demoTokens).toBeNull();
  });
});
