import type { ProviderEndpoint } from '../config.js';
import type { BookingProvider } from './port.js';
import type { DemoOrder, StartedProvider } from './registry.js';

export interface SimulatedProvider {
  readonly provider: BookingProvider;
  readonly demoOrders: readonly DemoOrder[];
  readonly simulator: { close(): Promise<void> };
}

/**
 * The start-up every provider shares: disabled → nothing; live → the adapter on the configured base
 * URL; simulated (development) → the simulator on loopback with the adapter pointed at it over HTTP.
 */
export async function startLiveOrSimulated<C>(
  endpoint: ProviderEndpoint<C>,
  live: (baseUrl: string, credentials: C) => Promise<BookingProvider> | BookingProvider,
  simulate: () => Promise<SimulatedProvider>,
): Promise<StartedProvider | null> {
  if (endpoint.mode === 'disabled') return null;
  if (endpoint.mode === 'live') {
    const provider = await live(endpoint.baseUrl, endpoint.credentials);
    return { provider, demoOrders: [], close: () => provider.close() };
  }
  const { provider, demoOrders, simulator } = await simulate();
  return {
    provider,
    demoOrders,
    close: async () => {
      await provider.close();
      await simulator.close();
    },
  };
}
