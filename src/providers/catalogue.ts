import { PROVIDERS, type ProviderId } from '../domain/provider.js';
import type { ProviderPlugin } from './plugin.js';
import * as registry from './registry.js';

function inEnumOrder(plugins: readonly ProviderPlugin[]): readonly ProviderPlugin[] {
  const strays = plugins.filter(plugin => !PROVIDERS.includes(plugin.id));
  if (strays.length > 0) throw new Error(`No Provider enum value for plugin ${strays[0]?.id}.`);
  return PROVIDERS.map(id => {
    const found = plugins.filter(plugin => plugin.id === id);
    if (found.length !== 1) throw new Error(`${found.length} plugins for provider ${id}: it needs one.`);
    return found[0] as ProviderPlugin;
  });
}

/**
 * Every provider's plugin (src/providers/registry.ts), in the order of the schema's `Provider` enum.
 * A provider without a plugin, or with two, fails here, as the gateway loads.
 */
export const providerPlugins: readonly ProviderPlugin[] = inEnumOrder(Object.values(registry));

const byId = new Map(providerPlugins.map(plugin => [plugin.id, plugin]));

/** The plugin of a provider (every one has one: see above). */
export function pluginOf(id: ProviderId): ProviderPlugin {
  const plugin = byId.get(id);
  if (!plugin) throw new Error(`No plugin for provider ${id}.`);
  return plugin;
}
