import { randomBytes } from 'node:crypto';
import { startIminSimulator } from '../../simulators/imin/index.js';
import { iminSeed } from '../../simulators/imin/seed.js';
import type { ProviderPlugin } from '../registry.js';
import { createIminAdapter } from './adapter.js';

/** Live with `IMIN_BASE_URL`/`IMIN_API_KEY`; otherwise (development) the simulator with demo orders. */
export const iminPlugin: ProviderPlugin = {
  id: 'IMIN',
  async start(config) {
    const endpoint = config.providers.imin;
    if (endpoint.mode === 'disabled') return null;
    if (endpoint.mode === 'live') {
      const provider = createIminAdapter({
        baseUrl: endpoint.baseUrl,
        apiKey: endpoint.credentials.apiKey,
        simulated: false,
      });
      return { provider, demoOrders: [], close: () => provider.close() };
    }
    const apiKey = randomBytes(24).toString('base64url');
    const simulator = await startIminSimulator({ apiKey });
    const provider = createIminAdapter({ baseUrl: simulator.url, apiKey, simulated: true });
    return {
      provider,
      demoOrders: iminSeed().map(order => ({
        customer: order.customer,
        provider: 'IMIN' as const,
        providerReference: order.uuid,
      })),
      close: async () => {
        await provider.close();
        await simulator.close();
      },
    };
  },
};
