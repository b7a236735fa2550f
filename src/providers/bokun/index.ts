import { NO_REASON_SENT, startLive, type ProviderPlugin } from '../plugin.js';
import { bokunRefusal } from './detail.js';
import { createBokunAdapter } from './adapter.js';

/**
 * Live against `BOKUN_PLUGIN_URL`. The plugin API cannot read a booking back, so it reads bookings
 * from the snapshots the gateway keeps for it.
 */
export const bokunPlugin: ProviderPlugin = {
  id: 'BOKUN',
  // A plugin's `bookingConfirmationCode`.
  orderReference: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
  refusalDetail: bokunRefusal,
  // A plugin's `/booking/cancel` takes no reason.
  cancellationReasons: NO_REASON_SENT,
  start: (config, deps) =>
    startLive(config.providers.bokun, async (baseUrl, credentials) => {
      const provider = createBokunAdapter({
        baseUrl,
        ...credentials,
        snapshots: deps.snapshots,
        http: deps.http,
      });
      await provider
        .ping()
        .catch(() =>
          deps.logger.warn({ provider: 'BOKUN' }, 'plugin definition could not be read at start-up'),
        );
      return provider;
    }),
};
