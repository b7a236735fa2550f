import { defineProviderPlugin, NO_REASON_SENT } from '../plugin.js';
import { createBokunAdapter } from './adapter.js';
import { bokunRefusal } from './detail.js';
import { bokunEnv } from './env.js';
import { bokunSnapshotAtRegistration } from './registration.js';

/**
 * A Bókun inventory plugin: tours. Its API cannot read a booking back, so the adapter reads bookings
 * from the snapshots the gateway keeps for it.
 */
export const bokunPlugin = defineProviderPlugin({
  id: 'BOKUN',
  name: 'Bókun',
  env: bokunEnv,
  // A plugin's `bookingConfirmationCode`.
  orderReference: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
  refusalDetail: bokunRefusal,
  // A plugin's `/booking/cancel` takes no reason.
  cancellationReasons: NO_REASON_SENT,
  registration: { field: 'bokunBooking', snapshotAtRegistration: bokunSnapshotAtRegistration },
  async live({ baseUrl, credentials }, deps) {
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
  },
});
