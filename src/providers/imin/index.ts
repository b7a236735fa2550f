import { startLive, type ProviderPlugin } from '../plugin.js';
import { createIminAdapter } from './adapter.js';

/** Live with `IMIN_BASE_URL`/`IMIN_API_KEY`. */
export const iminPlugin: ProviderPlugin = {
  id: 'IMIN',
  start: (config, deps) =>
    startLive(config.providers.imin, (baseUrl, { apiKey }) =>
      createIminAdapter({ baseUrl, apiKey, http: deps.http }),
    ),
};
