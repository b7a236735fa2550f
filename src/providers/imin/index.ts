import { randomBytes } from 'node:crypto';
import { startIminSimulator } from '../../simulators/imin/index.js';
import { iminSeed } from '../../simulators/imin/seed.js';
import { startLiveOrSimulated } from '../plugin.js';
import type { ProviderPlugin } from '../registry.js';
import { createIminAdapter } from './adapter.js';

/** Live with `IMIN_BASE_URL`/`IMIN_API_KEY`; otherwise (development) the simulator with demo orders. */
export const iminPlugin: ProviderPlugin = {
  id: 'IMIN',
  start: (config, deps) =>
    startLiveOrSimulated(
      config.providers.imin,
      (baseUrl, { apiKey }) =>
        createIminAdapter({ baseUrl, apiKey, simulated: false, http: deps.http('IMIN') }),
      async () => {
        const apiKey = randomBytes(24).toString('base64url');
        const simulator = await startIminSimulator({ apiKey });
        return {
          simulator,
          provider: createIminAdapter({
            baseUrl: simulator.url,
            apiKey,
            simulated: true,
            http: deps.http('IMIN'),
          }),
          demoOrders: iminSeed().map(order => ({
            customer: order.customer,
            provider: 'IMIN' as const,
            providerReference: order.uuid,
          })),
        };
      },
    ),
};
