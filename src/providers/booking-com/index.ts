import { randomBytes } from 'node:crypto';
import { startBookingComSimulator } from '../../simulators/booking-com/index.js';
import { bookingComSeed } from '../../simulators/booking-com/seed.js';
import type { ProviderPlugin } from '../registry.js';
import { createBookingComAdapter } from './adapter.js';

/** Live with the BOOKINGCOM_* variables; otherwise (development) the simulator with demo stays. */
export const bookingComPlugin: ProviderPlugin = {
  id: 'BOOKING_COM',
  async start(config) {
    const endpoint = config.providers.bookingCom;
    if (endpoint.mode === 'disabled') return null;
    if (endpoint.mode === 'live') {
      const provider = createBookingComAdapter({
        baseUrl: endpoint.baseUrl,
        ...endpoint.credentials,
        simulated: false,
      });
      return { provider, demoOrders: [], close: () => provider.close() };
    }
    const credentials = { token: randomBytes(24).toString('base64url'), affiliateId: '111111' };
    const simulator = await startBookingComSimulator(credentials);
    const provider = createBookingComAdapter({ baseUrl: simulator.url, ...credentials, simulated: true });
    return {
      provider,
      demoOrders: bookingComSeed().map(stay => ({
        customer: stay.customer,
        provider: 'BOOKING_COM' as const,
        providerReference: stay.id,
      })),
      close: async () => {
        await provider.close();
        await simulator.close();
      },
    };
  },
};
