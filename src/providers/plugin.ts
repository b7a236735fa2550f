import type { Config, ProviderEndpoint } from '../config.js';
import type { ProviderId } from '../domain/provider.js';
import type { Logger } from '../lib/logger.js';
import type { HttpSettings } from './http.js';
import type { BookingProvider } from './port.js';

/** What every provider gets from the rest of the gateway (kept small: adapters never import the ledger). */
export interface ProviderDeps {
  readonly logger: Logger;
  /** Operator tuning and the metrics observer for one provider's HTTP layer. */
  http(provider: ProviderId): Partial<HttpSettings>;
}

/**
 * One entry per provider: builds its live adapter from the configured endpoint, or nothing when the
 * provider is off. Development points the endpoint at a simulator first (src/dev); plugins never know.
 */
export interface ProviderPlugin {
  readonly id: ProviderId;
  start(config: Config, deps: ProviderDeps): Promise<BookingProvider | null>;
}

/** The start-up every plugin shares: a live endpoint builds the adapter; anything else builds nothing. */
export async function startLive<C>(
  endpoint: ProviderEndpoint<C>,
  live: (baseUrl: string, credentials: C) => Promise<BookingProvider> | BookingProvider,
): Promise<BookingProvider | null> {
  return endpoint.mode === 'live' ? live(endpoint.baseUrl, endpoint.credentials) : null;
}
