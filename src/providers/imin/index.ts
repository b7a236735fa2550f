import { defineProviderPlugin, NO_REASON_SENT, UUID_REFERENCE } from '../plugin.js';
import { createIminAdapter } from './adapter.js';
import { iminRefusal } from './detail.js';
import { iminEnv } from './env.js';

/** imin Booking Platform (OpenActive Open Booking API): sports and leisure sessions. */
export const iminPlugin = defineProviderPlugin({
  id: 'IMIN',
  name: 'imin',
  env: iminEnv,
  // imin's order UUIDs.
  orderReference: UUID_REFERENCE,
  refusalDetail: iminRefusal,
  // The Open Booking API's cancellation PATCH names no reason.
  cancellationReasons: NO_REASON_SENT,
  live: ({ baseUrl, credentials }, deps) =>
    createIminAdapter({ baseUrl, apiKey: credentials.apiKey, http: deps.http }),
});
