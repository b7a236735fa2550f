import { madeUpSecret, type SimulatedProvider } from '../kit.js';
import { startBookingComSimulator } from './index.js';

/** Booking.com's simulator for development on `port` (0: any free one), with its demo stays. */
export async function simulateBookingCom(port = 0): Promise<SimulatedProvider> {
  const credentials = { token: madeUpSecret(), affiliateId: '111111' };
  const sim = await startBookingComSimulator({ ...credentials, port });
  return {
    provider: 'BOOKING_COM',
    env: {
      BOOKINGCOM_BASE_URL: sim.url,
      BOOKINGCOM_TOKEN: credentials.token,
      BOOKINGCOM_AFFILIATE_ID: credentials.affiliateId,
    },
    demoBookings: [...sim.stays.values()].map(stay => ({
      customer: stay.customer,
      provider: 'BOOKING_COM',
      providerReference: stay.id,
    })),
    close: () => sim.close(),
  };
}
