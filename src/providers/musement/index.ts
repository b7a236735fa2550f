import { CANCELLATION_REASONS } from './mapper.js';
import { startLive, UUID_REFERENCE, type ProviderPlugin } from '../plugin.js';
import { musementRefusal } from './detail.js';
import { createMusementAdapter } from './adapter.js';

/** Live with the `MUSEMENT_*` variables. */
export const musementPlugin: ProviderPlugin = {
  id: 'MUSEMENT',
  // Musement's order UUIDs.
  orderReference: UUID_REFERENCE,
  refusalDetail: musementRefusal,
  cancellationReasons: CANCELLATION_REASONS,
  start: (config, deps) =>
    startLive(config.providers.musement, (baseUrl, credentials) =>
      createMusementAdapter({ baseUrl, credentials, http: deps.http }),
    ),
};
