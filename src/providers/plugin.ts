import type { CancellationReason } from '../domain/cancellation.js';
import type { ProviderId } from '../domain/provider.js';
import type { Logger } from '../lib/logger.js';
import type { HttpSettings } from './http.js';
import type { ProviderEndpoint, ProviderEnv } from './plugin-env.js';
import type { BookingProvider, RegistrationSnapshot } from './port.js';
import type { RefusalDetailSpec } from './refusal-detail.js';

/**
 * One provider's snapshots of what was booked, kept in the gateway's ledger for a plugin whose API
 * cannot read a booking back (it hands them over at registration). Opaque JSON to the gateway: the
 * plugin owns their shape, and records there what a cancel it confirmed came to.
 */
export interface ProviderSnapshots {
  get(
    reference: string,
  ): Promise<{ snapshot: unknown; cancelledAt: Date | null; cancellation: unknown } | null>;
  /** The first cancel recorded stands. */
  markCancelled(reference: string, at: Date, cancellation: unknown): Promise<void>;
}

/** What a plugin gets from the rest of the gateway, for its provider alone (adapters never import the ledger). */
export interface ProviderDeps {
  readonly logger: Logger;
  /** Operator tuning and the metrics observer for this provider's HTTP layer. */
  readonly http: Partial<HttpSettings>;
  /** This provider's snapshots (only a plugin that keeps them uses it). */
  readonly snapshots: ProviderSnapshots;
}

/**
 * What the gateway starts for a provider: its live adapter from the endpoint its variables gave, or
 * nothing when the provider is off. Development points the endpoint at a simulator first (src/dev);
 * plugins never know. Tests start fakes through this alone.
 */
export interface ProviderStarter {
  readonly id: ProviderId;
  start(endpoint: ProviderEndpoint, deps: ProviderDeps): Promise<BookingProvider | null>;
}

/**
 * For a provider whose API cannot read a booking back: the booking flow sends what was booked with
 * `registerOrder`, and the plugin checks it and says what snapshot to keep.
 */
export interface RegistrationHook {
  /** The `RegisterOrderInput` field that carries the booking's details (a GraphQL contract). */
  readonly field: string;
  /** Checks the details (`null` when none were sent): the snapshot to keep, or the field at fault. */
  snapshotAtRegistration(this: void, details: unknown, bookedAt: Date): RegistrationSnapshot;
}

/**
 * One provider's plugin: everything the gateway knows about the provider, and how it starts. The
 * rest of the gateway never names a provider: it asks the plugins (catalogue.ts) for the variables
 * to read, the reference shapes to check, how refusals are shown, what a registration must bring.
 * Each lives in `src/providers/<name>/index.ts`, one line of registry.ts, and is written with
 * `defineProviderPlugin`, which starts the adapter only when the endpoint is live.
 *
 * @example
 * ```ts
 * export const acmePlugin = defineProviderPlugin({
 *   id: 'ACME', // a value of the schema's `Provider` enum
 *   name: 'Acme',
 *   env: acmeEnv, // ./env.ts: defineProviderEnv({ schema, baseUrl: 'ACME_BASE_URL', … })
 *   orderReference: UUID_REFERENCE,
 *   refusalDetail: acmeRefusal, // ./detail.ts: defineRefusalDetail({ kind: 'acme', graphqlType: 'AcmeErrorDetail', … })
 *   cancellationReasons: NO_REASON_SENT,
 *   live: ({ baseUrl, credentials }, deps) => createAcmeAdapter({ baseUrl, ...credentials, http: deps.http }),
 * });
 * ```
 */
export interface ProviderPlugin extends ProviderStarter {
  /** The provider's name as people write it, for messages. */
  readonly name: string;
  /** Its variables and credentials, checked as the gateway starts (`validateOptions`). */
  readonly env: ProviderEnv;
  /**
   * The shape of its order references. IDs and registrations are checked against it before any
   * call, so a reference of the wrong shape (or an ID re-prefixed to another provider) never reaches it.
   */
  readonly orderReference: RegExp;
  /**
   * What it is sent for each `CancellationReason`, or null where its API takes no reason. Total, so
   * no cancel is ever refused for its reason (test/unit/providers/cancellation-reasons.test.ts).
   */
  readonly cancellationReasons: Readonly<Record<CancellationReason, string | null>>;
  /** What its refusals carry and the `ProviderFailureDetail` member that shows them. */
  readonly refusalDetail: RefusalDetailSpec;
  /** Only for a provider that cannot read a booking back: what registering one must bring. */
  readonly registration?: RegistrationHook;
}

/** For a provider whose cancel carries no reason: every reason is sent as nothing. */
export const NO_REASON_SENT: Readonly<Record<CancellationReason, null>> = {
  CUSTOMER_REQUEST: null,
  CHANGE_OF_PLANS: null,
  BOOKING_ERROR: null,
  DUPLICATE_BOOKING: null,
  PROVIDER_ISSUE: null,
  OTHER: null,
};

/** A UUID, the shape of many providers' order references. */
export const UUID_REFERENCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A live endpoint with a plugin's own credentials. */
export type LiveEndpoint<C> = Extract<ProviderEndpoint<C>, { readonly mode: 'live' }>;

/**
 * A plugin from its parts: `live` builds its adapter for a live endpoint (and may throw, which stops
 * start-up); a provider left to the simulator or off starts nothing.
 */
export function defineProviderPlugin<C>(
  definition: Omit<ProviderPlugin, 'start' | 'env'> & {
    readonly env: ProviderEnv<C>;
    live(
      this: void,
      endpoint: LiveEndpoint<C>,
      deps: ProviderDeps,
    ): Promise<BookingProvider> | BookingProvider;
  },
): ProviderPlugin {
  const { live, ...plugin } = definition;
  return {
    ...plugin,
    // The gateway hands each plugin the endpoint its own `env.validateOptions` made, credentials and all.
    start: async (endpoint, deps) =>
      endpoint.mode === 'live' ? live(endpoint as LiveEndpoint<C>, deps) : null,
  };
}
