import { madeUpSecret, type SimulatedProvider } from '../kit.js';
import { startMusementSimulator } from './index.js';

/** Musement's simulator for development on `port` (0: any free one), with its demo orders. */
export async function simulateMusement(port = 0): Promise<SimulatedProvider> {
  const credentials = {
    clientId: 'gateway-demo',
    clientSecret: madeUpSecret(),
    application: 'orders-gateway-demo',
  };
  const sim = await startMusementSimulator({ ...credentials, port });
  return {
    provider: 'MUSEMENT',
    env: {
      MUSEMENT_BASE_URL: sim.url,
      MUSEMENT_CLIENT_ID: credentials.clientId,
      MUSEMENT_CLIENT_SECRET: credentials.clientSecret,
      MUSEMENT_APPLICATION: credentials.application,
    },
    demoBookings: [...sim.orders.values()].map(order => ({
      customer: order.customer,
      provider: 'MUSEMENT',
      providerReference: order.uuid,
    })),
    close: () => sim.close(),
  };
}
