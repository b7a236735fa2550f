import { bokunPlugin } from './bokun/index.js';
import { bookingComPlugin } from './booking-com/index.js';
import { iminPlugin } from './imin/index.js';
import { musementPlugin } from './musement/index.js';
import type { Config } from '../config.js';
import type { ProviderId } from '../domain/provider.js';
import type { BokunBookingStore } from '../ledger/bokun-bookings.js';
import type { Logger } from '../lib/logger.js';
import type { RegisterOrderRequest } from '../services/registration-service.js';
import type { HttpSettings } from './http.js';
import type { BookingProvider, ProviderRegistry } from './port.js';

/** What a provider needs from the rest of the gateway (kept small: no ledger import in adapters). */
export interface ProviderDeps {
  readonly logger: Logger;
  readonly bokunBookings: BokunBookingStore;
  /** Operator tuning and the metrics observer for one provider's HTTP layer. */
  http(provider: ProviderId): Partial<HttpSettings>;
}

/** A demo booking a simulator holds, to be registered for a demo customer at development start-up. */
export type DemoOrder = Omit<RegisterOrderRequest, 'customerId'> & { readonly customer: 'alice' | 'bob' };

export interface StartedProvider {
  readonly provider: BookingProvider;
  readonly demoOrders: readonly DemoOrder[];
  close(): Promise<void>;
}

/**
 * One entry per provider: builds the live adapter, or in development starts the simulator on a free
 * loopback port and points the adapter at it over real HTTP. Provider issues add their entry here.
 */
export interface ProviderPlugin {
  readonly id: ProviderId;
  start(config: Config, deps: ProviderDeps): Promise<StartedProvider | null>;
}

export const PROVIDER_PLUGINS: readonly ProviderPlugin[] = [
  iminPlugin,
  bookingComPlugin,
  musementPlugin,
  bokunPlugin,
];

export interface StartedProviders {
  readonly registry: ProviderRegistry;
  readonly demoOrders: readonly DemoOrder[];
  close(): Promise<void>;
}

export async function startProviders(
  config: Config,
  deps: ProviderDeps,
  plugins: readonly ProviderPlugin[] = PROVIDER_PLUGINS,
): Promise<StartedProviders> {
  const started = (await Promise.all(plugins.map(plugin => plugin.start(config, deps)))).filter(
    (entry): entry is StartedProvider => entry !== null,
  );
  return {
    registry: new Map(started.map(entry => [entry.provider.id, entry.provider])),
    demoOrders: started.flatMap(entry => entry.demoOrders),
    close: async () => {
      await Promise.all(started.map(entry => entry.close()));
    },
  };
}
