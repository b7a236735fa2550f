import { z } from 'zod';
import { defineProviderEnv, providerVariable } from '../plugin-env.js';

/** Musement's variables: live with `MUSEMENT_BASE_URL` and its client-credentials login. */
export const musementEnv = defineProviderEnv({
  schema: z.object({
    MUSEMENT_BASE_URL: providerVariable.baseUrl,
    MUSEMENT_CLIENT_ID: providerVariable.secret,
    MUSEMENT_CLIENT_SECRET: providerVariable.secret,
    MUSEMENT_APPLICATION: providerVariable.secret,
    MUSEMENT_MAX_RPS: providerVariable.maxRps,
  }),
  baseUrl: 'MUSEMENT_BASE_URL',
  required: ['MUSEMENT_CLIENT_ID', 'MUSEMENT_CLIENT_SECRET', 'MUSEMENT_APPLICATION'],
  maxRps: 'MUSEMENT_MAX_RPS',
  credentials: (_variables, need) => ({
    clientId: need('MUSEMENT_CLIENT_ID'),
    clientSecret: need('MUSEMENT_CLIENT_SECRET'),
    application: need('MUSEMENT_APPLICATION'),
  }),
});
