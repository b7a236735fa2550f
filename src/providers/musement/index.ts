import { randomBytes } from 'node:crypto';
import { startMusementSimulator } from '../../simulators/musement/index.js';
import { musementSeed } from '../../simulators/musement/seed.js';
import type { ProviderPlugin } from '../registry.js';
import { createMusementAdapter } from './adapter.js';

/** Live with the MUSEMENT_* variables; otherwise (development) the simulator with demo orders. */
export const musementPlugin: ProviderPlugin = {
  id: 'MUSEMENT',
  async start(config) {
    const endpoint = config.providers.musement;
    if (endpoint.mode === 'disabled') return null;
    if (endpoint.mode === 'live') {
      const provider = createMusementAdapter({
        baseUrl: endpoint.baseUrl,
        credentials: endpoint.credentials,
        simulated: false,
      });
      return { provider, demoOrders: [], close: () => provider.close() };
    }
    const credentials = {
      clientId: 'gateway-demo',
      clientSecret: randomBytes(24).toString('base64url'),
      application: 'orders-gateway-demo',
    };
    const simulator = await startMusementSimulator(credentials);
    const provider = createMusementAdapter({ baseUrl: simulator.url, credentials, simulated: true });
    return {
      provider,
      demoOrders: musementSeed().map(order => ({
        customer: order.customer,
        provider: 'MUSEMENT' as const,
        providerReference: order.uuid,
      })),
      close: async () => {
        await provider.close();
        await simulator.close();
      },
    };
  },
};
