import { randomBytes } from 'node:crypto';
import { startMusementSimulator } from '../../simulators/musement/index.js';
import { musementSeed } from '../../simulators/musement/seed.js';
import { startLiveOrSimulated } from '../plugin.js';
import type { ProviderPlugin } from '../registry.js';
import { createMusementAdapter } from './adapter.js';

/** Live with the MUSEMENT_* variables; otherwise (development) the simulator with demo orders. */
export const musementPlugin: ProviderPlugin = {
  id: 'MUSEMENT',
  start: (config, deps) =>
    startLiveOrSimulated(
      config.providers.musement,
      (baseUrl, credentials) =>
        createMusementAdapter({ baseUrl, credentials, simulated: false, http: deps.http('MUSEMENT') }),
      async () => {
        const credentials = {
          clientId: 'gateway-demo',
          clientSecret: randomBytes(24).toString('base64url'),
          application: 'orders-gateway-demo',
        };
        const simulator = await startMusementSimulator(credentials);
        return {
          simulator,
          provider: createMusementAdapter({
            baseUrl: simulator.url,
            credentials,
            simulated: true,
            http: deps.http('MUSEMENT'),
          }),
          demoOrders: musementSeed().map(order => ({
            customer: order.customer,
            provider: 'MUSEMENT' as const,
            providerReference: order.uuid,
          })),
        };
      },
    ),
};
