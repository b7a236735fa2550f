import { defineProviderPlugin, UUID_REFERENCE } from '../plugin.js';
import { createMusementAdapter } from './adapter.js';
import { musementRefusal } from './detail.js';
import { musementEnv } from './env.js';
import { CANCELLATION_REASONS } from './mapper.js';

/** Musement: activities. */
export const musementPlugin = defineProviderPlugin({
  id: 'MUSEMENT',
  name: 'Musement',
  env: musementEnv,
  // Musement's order UUIDs.
  orderReference: UUID_REFERENCE,
  refusalDetail: musementRefusal,
  cancellationReasons: CANCELLATION_REASONS,
  live: ({ baseUrl, credentials }, deps) => createMusementAdapter({ baseUrl, credentials, http: deps.http }),
});
