import { randomBytes } from 'node:crypto';
import { startBookingComSimulator } from '../../simulators/booking-com/index.js';
import { bookingComSeed } from '../../simulators/booking-com/seed.js';
import { startLiveOrSimulated } from '../plugin.js';
import type { ProviderPlugin } from '../registry.js';
import { createBookingComAdapter } from './adapter.js';

/** Live with the BOOKINGCOM_* variables; otherwise (development) the simulator with demo stays. */
export const bookingComPlugin: ProviderPlugin = {
  id: 'BOOKING_COM',
  start: (config, deps) =>
    startLiveOrSimulated(
      config.providers.bookingCom,
      (baseUrl, credentials) =>
        createBookingComAdapter({
          baseUrl,
          ...credentials,
          simulated: false,
          http: deps.http('BOOKING_COM'),
        }),
      async () => {
        const credentials = { token: randomBytes(24).toString('base64url'), affiliateId: '111111' };
        const simulator = await startBookingComSimulator(credentials);
        return {
          simulator,
          provider: createBookingComAdapter({
            baseUrl: simulator.url,
            ...credentials,
            simulated: true,
            http: deps.http('BOOKING_COM'),
          }),
          demoOrders: bookingComSeed().map(stay => ({
            customer: stay.customer,
            provider: 'BOOKING_COM' as const,
            providerReference: stay.id,
          })),
        };
      },
    ),
};
