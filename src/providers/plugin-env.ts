import { z } from 'zod';
import { httpUrl, optionalString } from '../config-env.js';
import { ConfigError, parseVariables } from '../config-error.js';

export type GatewayEnv = 'development' | 'production';

/** A provider pointed at a live base URL, or left to the simulator (development only), or off. */
export type ProviderEndpoint<C = unknown> =
  | { readonly mode: 'live'; readonly baseUrl: string; readonly credentials: C }
  | { readonly mode: 'simulated' }
  | { readonly mode: 'disabled' };

/** What a provider's variables configure: where it is, and our own cap on calls to it. */
export interface ProviderOptions<C = unknown> {
  readonly endpoint: ProviderEndpoint<C>;
  /** Our own cap on calls per second to the provider (its published limit); null for none. */
  readonly maxRequestsPerSecond: number | null;
}

/** A provider's variables as `read` checked them; only its own `validateOptions` looks inside. */
export type ProviderVariables = Readonly<Record<string, unknown>>;

/**
 * A provider's environment in the configuration contract's names (Hive's environment.ts, per
 * provider): every variable it reads, checked as the gateway starts.
 */
export interface ProviderEnv<C = unknown> {
  /** The variable whose presence turns the provider live: its base URL. */
  readonly baseUrl: string;
  /** The variables that must come with it. */
  readonly required: readonly string[];
  /** The variable capping our calls per second to it. */
  readonly maxRps: string;
  /** Checks every variable of the provider; a bad one throws a `ConfigError` naming it. */
  read(source: NodeJS.ProcessEnv): ProviderVariables;
  /**
   * Medusa's `validateOptions`: the options the checked variables give. A base URL without a variable
   * that must come with it throws a `ConfigError` naming that one; no base URL is the simulator in
   * development, and off in production.
   */
  validateOptions(variables: ProviderVariables, gatewayEnv: GatewayEnv): ProviderOptions<C>;
}

/** The pieces of a provider's schema: its base URL, a credential, its rate cap. */
export const providerVariable = {
  baseUrl: httpUrl,
  secret: optionalString,
  maxRps: z.coerce.number().int().min(1).max(100_000).optional(),
};

type Names<T> = keyof T & string;

/**
 * A provider's environment from its schema and names. `credentials` builds what its adapter needs
 * once the required variables are known to be set (`need` reads one of them as the string it is).
 */
export function defineProviderEnv<T extends Record<string, unknown>, C>(definition: {
  readonly schema: z.ZodType<T>;
  readonly baseUrl: Names<T>;
  readonly required: readonly Names<T>[];
  readonly maxRps: Names<T>;
  readonly credentials: (variables: T, need: (name: Names<T>) => string) => C;
}): ProviderEnv<C> {
  const { schema, baseUrl, required, maxRps } = definition;
  return {
    baseUrl,
    required,
    maxRps,
    read: source => parseVariables(schema, source),
    validateOptions(checked, gatewayEnv) {
      // `read` produced them with this schema.
      const variables = checked as T;
      const rps = variables[maxRps];
      const maxRequestsPerSecond = typeof rps === 'number' ? rps : null;
      const url = variables[baseUrl];
      if (typeof url !== 'string')
        return {
          endpoint: { mode: gatewayEnv === 'development' ? 'simulated' : 'disabled' },
          maxRequestsPerSecond,
        };
      const missing = required.find(name => variables[name] === undefined);
      if (missing) throw new ConfigError(`${missing} is required when ${baseUrl} is set.`);
      const need = (name: Names<T>): string => {
        const value = variables[name];
        if (typeof value !== 'string') throw new ConfigError(`${name} is required when ${baseUrl} is set.`);
        return value;
      };
      const credentials = definition.credentials(variables, need);
      return {
        endpoint: { mode: 'live', baseUrl: url.replace(/\/+$/, ''), credentials },
        maxRequestsPerSecond,
      };
    },
  };
}
