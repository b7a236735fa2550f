import { randomBytes } from 'node:crypto';
import { request } from 'undici';
import { startBokunSimulator } from '../../simulators/bokun/index.js';
import { startLiveOrSimulated } from '../plugin.js';
import type { DemoOrder, ProviderPlugin } from '../registry.js';
import { createBokunAdapter } from './adapter.js';

const HOUR = 3_600_000;

/** Demo tours: free, partly refundable, non-refundable (Bókun's "100 % from 1000 days" workaround), refused by the plugin. */
const DEMO_TOURS = [
  {
    reservation: 'demo-fjord',
    customer: 'alice',
    title: 'Fjord Cruise and Glacier Walk',
    inHours: 24 * 9,
    price: '1290',
    rules: [{ cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' }],
  },
  {
    reservation: 'demo-northern-lights',
    customer: 'alice',
    title: 'Northern Lights Chase',
    inHours: 24 * 3,
    price: '990',
    rules: [
      { cutoffHours: 168, charge: '25', chargeType: 'PERCENTAGE' },
      { cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' },
    ],
  },
  {
    reservation: 'demo-whale',
    customer: 'alice',
    title: 'Whale Safari (non-refundable)',
    inHours: 24 * 14,
    price: '1850',
    rules: [{ cutoffHours: 24_000, charge: '100', chargeType: 'PERCENTAGE' }],
  },
  {
    reservation: 'demo-kayak',
    customer: 'bob',
    title: 'Sea Kayak Day Trip',
    inHours: 24 * 6,
    price: '1400',
    rules: [{ cutoffHours: 48, charge: '300', chargeType: 'AMOUNT' }],
    refuse: 'The group has already been assigned a guide; contact the operator.',
  },
] as const;

/** Live against `BOKUN_PLUGIN_URL`; otherwise (development) the simulated plugin with confirmed demo bookings. */
export const bokunPlugin: ProviderPlugin = {
  id: 'BOKUN',
  start: (config, deps) =>
    startLiveOrSimulated(
      config.providers.bokun,
      async (baseUrl, credentials) => {
        const provider = createBokunAdapter({
          baseUrl,
          ...credentials,
          simulated: false,
          bookings: deps.bokunBookings,
          http: deps.http('BOKUN'),
        });
        await provider
          .ping()
          .catch(() =>
            deps.logger.warn({ provider: 'BOKUN' }, 'plugin definition could not be read at start-up'),
          );
        return provider;
      },
      async () => {
        const credentials = {
          username: 'gateway',
          password: randomBytes(18).toString('base64url'),
          parameters: [{ name: 'vendorApiKey', value: randomBytes(12).toString('hex') }],
        };
        const simulator = await startBokunSimulator(credentials);
        const provider = createBokunAdapter({
          baseUrl: simulator.url,
          ...credentials,
          simulated: true,
          bookings: deps.bokunBookings,
          http: deps.http('BOKUN'),
        });
        return { simulator, provider, demoOrders: await confirmDemoTours(simulator.url, credentials) };
      },
    ),
};

/** Confirms the demo tours on the simulated plugin, so each has a real confirmation code. */
async function confirmDemoTours(
  url: string,
  credentials: { username: string; password: string; parameters: Array<{ name: string; value: string }> },
): Promise<DemoOrder[]> {
  const authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const demoOrders: DemoOrder[] = [];
  for (const tour of DEMO_TOURS) {
    const res = await request(`${url}/booking/confirm`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        parameters: credentials.parameters,
        reservationConfirmationCode: tour.reservation,
        ...('refuse' in tour ? { refuseCancellation: tour.refuse } : {}),
      }),
    });
    const body = (await res.body.json()) as { successfulBooking: { bookingConfirmationCode: string } };
    const startsAt = new Date(Date.now() + tour.inHours * HOUR);
    demoOrders.push({
      customer: tour.customer,
      provider: 'BOKUN',
      providerReference: body.successfulBooking.bookingConfirmationCode,
      bokunBooking: {
        title: tour.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 6 * HOUR),
        timeZone: 'Europe/Oslo',
        price: { amount: tour.price, currency: 'NOK' },
        penaltyRules: tour.rules.map(r => ({ ...r })),
      },
    });
  }
  return demoOrders;
}
