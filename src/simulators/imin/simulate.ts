import { madeUpSecret, type SimulatedProvider } from '../kit.js';
import { startIminSimulator } from './index.js';

/** imin's simulator for development on `port` (0: any free one), with a made-up key and its demo orders. */
export async function simulateImin(port = 0): Promise<SimulatedProvider> {
  const apiKey = madeUpSecret();
  const sim = await startIminSimulator({ apiKey, port });
  return {
    provider: 'IMIN',
    env: { IMIN_BASE_URL: sim.url, IMIN_API_KEY: apiKey },
    demoBookings: [...sim.orders.values()].map(order => ({
      customer: order.customer,
      provider: 'IMIN',
      providerReference: order.uuid,
    })),
    close: () => sim.close(),
  };
}
