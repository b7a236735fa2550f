import type { ProviderHealthModel, ProviderId } from '../domain/provider.js';
import type { ProviderEndpoint } from './plugin-env.js';
import type { ProviderDeps, ProviderStarter } from './plugin.js';
import type { ProviderRegistry } from './port.js';

export interface StartedProviders {
  readonly registry: ProviderRegistry;
  /** Each provider's health; `simulated` marks those development pointed at a simulator. */
  readonly health: () => ProviderHealthModel[];
  close(): Promise<void>;
}

/** Starts every plugin with what the gateway hands it for its provider alone; off providers start nothing. */
export async function startProviders(
  endpoints: Readonly<Record<ProviderId, ProviderEndpoint>>,
  deps: (provider: ProviderId) => ProviderDeps,
  plugins: readonly ProviderStarter[],
  simulated: ReadonlySet<ProviderId> = new Set(),
): Promise<StartedProviders> {
  const started = (
    await Promise.all(plugins.map(plugin => plugin.start(endpoints[plugin.id], deps(plugin.id))))
  ).filter(provider => provider !== null);
  const registry: ProviderRegistry = new Map(started.map(provider => [provider.id, provider]));
  return {
    registry,
    health: () => started.map(p => ({ ...p.health(), simulated: simulated.has(p.id) })),
    close: async () => {
      await Promise.all(started.map(provider => provider.close()));
    },
  };
}
