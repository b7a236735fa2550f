import { Provider } from '../__generated__/enums.js';

/**
 * The providers: the GraphQL `Provider` enum's values, in its order, generated from the schema (so a
 * new provider starts there, not here).
 */
export type ProviderId = Provider;
export const PROVIDERS: readonly ProviderId[] = Provider;

/** A provider's breaker as its HTTP layer sees it. */
export interface ProviderCircuitModel {
  readonly provider: ProviderId;
  readonly circuit: 'CLOSED' | 'OPEN' | 'HALF_OPEN';
  readonly lastFailureAt: Date | null;
}

/** `ProviderHealth`: the circuit, and whether development wiring put a simulator behind it. */
export interface ProviderHealthModel extends ProviderCircuitModel {
  readonly simulated: boolean;
}

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDERS as readonly string[]).includes(value);
}
