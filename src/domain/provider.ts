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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The shape of each provider's order reference. IDs are checked against it before any call, so a
 * reference of the wrong shape (or an ID re-prefixed to another provider) never reaches a provider.
 */
const ORDER_REFERENCE: Readonly<Record<ProviderId, RegExp>> = {
  IMIN: UUID,
  BOOKING_COM: /^\d{1,20}$/,
  MUSEMENT: UUID,
  BOKUN: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
};

/** Item references are opaque provider tokens (an OpenActive item id, a room id, an item UUID). */
const ITEM_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

export function isOrderReference(provider: ProviderId, reference: string): boolean {
  return ORDER_REFERENCE[provider].test(reference);
}

export function isItemReference(reference: string): boolean {
  return ITEM_REFERENCE.test(reference);
}
