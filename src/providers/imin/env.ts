import { z } from 'zod';
import { defineProviderEnv, providerVariable } from '../plugin-env.js';

/** imin's variables: live with `IMIN_BASE_URL` and its API key. */
export const iminEnv = defineProviderEnv({
  schema: z.object({
    IMIN_BASE_URL: providerVariable.baseUrl,
    IMIN_API_KEY: providerVariable.secret,
    IMIN_MAX_RPS: providerVariable.maxRps,
  }),
  baseUrl: 'IMIN_BASE_URL',
  required: ['IMIN_API_KEY'],
  maxRps: 'IMIN_MAX_RPS',
  credentials: (_variables, need) => ({ apiKey: need('IMIN_API_KEY') }),
});
