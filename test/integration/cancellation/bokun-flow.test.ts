import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { createBokunAdapter } from '../../../src/providers/bokun/adapter.js';
import type { ProviderStarter } from '../../../src/providers/plugin.js';
import { startBokunSimulator, type BokunSimulator } from '../../../src/simulators/bokun/index.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { CANCEL, REGISTER, type RegisterOrderInput } from '../../helpers/documents.js';

const credentials = {
  username: 'gateway',
  password: 'SENTINEL-KEY-bokun-flow',
  parameters: [{ name: 'vendorApiKey', value: 'v' }],
};

let sim: BokunSimulator;
let gw: TestGateway;
let service: string;
let alice: string;
const booking = (extra: Record<string, unknown> = {}) => ({
  title: 'Fjord Cruise',
  startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
  timeZone: 'Europe/Oslo',
  price: { amount: '1290.00', currency: 'NOK' },
  penaltyRules: [
    { cutoffHours: 240, charge: '10', chargeType: 'PERCENTAGE' },
    { cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' },
  ],
  ...extra,
});

beforeAll(async () => {
  sim = await startBokunSimulator(credentials);
  gw = await startTestGateway({
    // The plugin is handed its provider's snapshots in the ledger.
    plugins: [
      {
        id: 'BOKUN',
        start: (_config, deps) =>
          Promise.resolve(
            createBokunAdapter({ baseUrl: sim.url, ...credentials, snapshots: deps.snapshots }),
          ),
      } satisfies ProviderStarter,
    ],
  });
  service = await gw.token('svc', ['orders:write']);
  alice = await gw.token('alice');
});
afterAll(async () => {
  await gw.close();
  await sim.close();
});

// `unknown`: several tests send snapshots the gateway must refuse.
const register = (ref: string, bokunBooking: unknown) =>
  gw
    .graphql(
      REGISTER,
      {
        input: {
          customerId: 'alice',
          provider: 'BOKUN',
          providerReference: ref,
          bokunBooking: bokunBooking as RegisterOrderInput['bokunBooking'],
        },
      },
      service,
    )
    .then(r => r.body.data?.registerOrder);

describe('Bókun through the gateway', () => {
  it('registers a booking with its snapshot and shows its quote', async () => {
    const res = await register('FJT-ONE', booking());
    expect(res).toMatchObject({
      __typename: 'OrderRegistered',
      created: true,
      order: {
        items: [
          {
            title: 'Fjord Cruise',
            price: { amount: '1290.00', currency: 'NOK' },
            refundQuote: { refund: { amount: '1161.00' }, fee: { amount: '129.00' } },
          },
        ],
      },
    });
  });

  it.each([
    ['no snapshot', null, 'bokunBooking'],
    [
      'an unknown currency',
      booking({ price: { amount: '10', currency: 'XYZ' } }),
      'bokunBooking.price.currency',
    ],
    [
      'too many decimals',
      booking({ price: { amount: '10.001', currency: 'NOK' } }),
      'bokunBooking.price.amount',
    ],
    [
      'a percentage over 100',
      booking({ penaltyRules: [{ cutoffHours: 1, charge: '101', chargeType: 'PERCENTAGE' }] }),
      'bokunBooking.penaltyRules.0.charge',
    ],
    [
      'an amount over the price',
      booking({ penaltyRules: [{ cutoffHours: 1, charge: '2000', chargeType: 'AMOUNT' }] }),
      'bokunBooking.penaltyRules.0.charge',
    ],
    ['an invalid time zone', booking({ timeZone: 'Mars/Olympus' }), 'bokunBooking.timeZone'],
    ['an end before the start', booking({ endsAt: '2020-01-01T00:00:00Z' }), 'bokunBooking.endsAt'],
  ])('refuses %s, naming the field, and records nothing', async (_name, snapshot, field) => {
    expect(await register('FJT-BAD', snapshot)).toMatchObject({
      __typename: 'InvalidRegistrationRequestError',
      field,
    });
    expect(await gw.ledger.ownership.find('BOKUN', 'FJT-BAD')).toBeNull();
  });

  it('cancels on the plugin once, returns the refund from the penalty rules, and replays', async () => {
    const confirm = await (
      await import('undici')
    ).request(`${sim.url}/booking/confirm`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`gateway:${credentials.password}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ parameters: credentials.parameters, reservationConfirmationCode: 'two' }),
    });
    await confirm.body.dump();
    expect((await register('FJT-TWO', booking()))?.__typename).toBe('OrderRegistered');
    const input = {
      orderItemId: orderItemId('BOKUN', 'FJT-TWO', 'FJT-TWO'),
      reason: 'CHANGE_OF_PLANS' as const,
      idempotencyKey: 'bk-1',
      acceptWholeOrder: true,
    };
    const first = await gw.graphql(CANCEL, { input }, alice);
    expect(first.body.data?.cancelOrderItem).toMatchObject({
      __typename: 'OrderItemCancelled',
      status: 'CONFIRMED',
      refund: { amount: '1161.00', currency: 'NOK' },
      fee: { amount: '129.00' },
    });
    expect(sim.appliedCancels.get('FJT-TWO')).toBe(1);
    expect((await gw.graphql(CANCEL, { input }, alice)).text).toBe(first.text);
    const other = await gw.graphql(CANCEL, { input: { ...input, idempotencyKey: 'bk-2' } }, alice);
    expect(other.body.data?.cancelOrderItem.__typename).toBe('OrderItemAlreadyCancelledError');
    expect(sim.server.calls.filter(c => c.path === '/booking/cancel')).toHaveLength(1);
  });
});
