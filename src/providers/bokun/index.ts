import { startLive, type ProviderPlugin } from '../plugin.js';
import { createBokunAdapter, type BokunBookingSource } from './adapter.js';

/**
 * Live against `BOKUN_PLUGIN_URL`. The only plugin that is handed a ledger store: the plugin API
 * cannot read a booking back, so its snapshots live with us.
 */
export function bokunPlugin(bookings: BokunBookingSource): ProviderPlugin {
  return {
    id: 'BOKUN',
    start: (config, deps) =>
      startLive(config.providers.bokun, async (baseUrl, credentials) => {
        const provider = createBokunAdapter({ baseUrl, ...credentials, bookings, http: deps.http('BOKUN') });
        await provider
          .ping()
          .catch(() =>
            deps.logger.warn({ provider: 'BOKUN' }, 'plugin definition could not be read at start-up'),
          );
        return provider;
      }),
  };
}
