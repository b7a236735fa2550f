import { z } from 'zod';
import { defineProviderEnv, providerVariable } from '../plugin-env.js';

const parameters = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return [];
    try {
      return z.array(z.object({ name: z.string(), value: z.string() })).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON list of {"name","value"} pairs' });
      return z.NEVER;
    }
  });

/**
 * A Bókun inventory plugin's variables: live with `BOKUN_PLUGIN_URL`. A plugin may need no
 * credentials, so its username, password, parameters and agent code are all optional.
 */
export const bokunEnv = defineProviderEnv({
  schema: z.object({
    BOKUN_PLUGIN_URL: providerVariable.baseUrl,
    BOKUN_PLUGIN_USERNAME: providerVariable.secret,
    BOKUN_PLUGIN_PASSWORD: providerVariable.secret,
    BOKUN_AGENT_CODE: providerVariable.secret,
    BOKUN_PLUGIN_PARAMETERS: parameters,
    BOKUN_MAX_RPS: providerVariable.maxRps,
  }),
  baseUrl: 'BOKUN_PLUGIN_URL',
  required: [],
  maxRps: 'BOKUN_MAX_RPS',
  credentials: variables => ({
    username: variables.BOKUN_PLUGIN_USERNAME ?? null,
    password: variables.BOKUN_PLUGIN_PASSWORD ?? null,
    parameters: variables.BOKUN_PLUGIN_PARAMETERS,
    agentCode: variables.BOKUN_AGENT_CODE ?? null,
  }),
});
