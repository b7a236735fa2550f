import { NO_REASON_SENT, startLive, UUID_REFERENCE, type ProviderPlugin } from '../plugin.js';
import { iminRefusal } from './detail.js';
import { createIminAdapter } from './adapter.js';

/** Live with `IMIN_BASE_URL`/`IMIN_API_KEY`. */
export const iminPlugin: ProviderPlugin = {
  id: 'IMIN',
  // imin's order UUIDs.
  orderReference: UUID_REFERENCE,
  refusalDetail: iminRefusal,
  // The Open Booking API's cancellation PATCH names no reason.
  cancellationReasons: NO_REASON_SENT,
  start: (config, deps) =>
    startLive(config.providers.imin, (baseUrl, { apiKey }) =>
      createIminAdapter({ baseUrl, apiKey, http: deps.http }),
    ),
};
