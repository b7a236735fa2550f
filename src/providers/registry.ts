import type { Config } from '../config.js';
import type { ProviderHealthModel, ProviderId } from '../domain/provider.js';
import { bokunPlugin } from './bokun/index.js';
import type { BokunBookingSource } from './bokun/adapter.js';
import { bookingComPlugin } from './booking-com/index.js';
import { iminPlugin } from './imin/index.js';
import { musementPlugin } from './musement/index.js';
import type { ProviderDeps, ProviderPlugin } from './plugin.js';
import type { ProviderRegistry } from './port.js';

/** The stores a plugin may be handed; today only Bókun keeps anything in the ledger. */
export interface ProviderStores {
  readonly bokunBookings: BokunBookingSource;
}

/** The four providers' plugins. Provider issues add their entry here. */
export function providerPlugins(stores: ProviderStores): readonly ProviderPlugin[] {
  return [iminPlugin, bookingComPlugin, musementPlugin, bokunPlugin(stores.bokunBookings)];
}

export interface StartedProviders {
  readonly registry: ProviderRegistry;
  /** Each provider's health; `simulated` marks those development pointed at a simulator. */
  readonly health: () => ProviderHealthModel[];
  close(): Promise<void>;
}

export async function startProviders(
  config: Config,
  deps: ProviderDeps,
  plugins: readonly ProviderPlugin[],
  simulated: ReadonlySet<ProviderId> = new Set(),
): Promise<StartedProviders> {
  const started = (await Promise.all(plugins.map(plugin => plugin.start(config, deps)))).filter(
    provider => provider !== null,
  );
  const registry: ProviderRegistry = new Map(started.map(provider => [provider.id, provider]));
  return {
    registry,
    health: () => started.map(p => ({ ...p.health(), simulated: simulated.has(p.id) })),
    close: async () => {
      await Promise.all(started.map(provider => provider.close()));
    },
  };
}
