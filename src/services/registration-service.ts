import { InvalidFieldError } from '../domain/errors.js';
import { bookerFingerprint } from '../domain/booker.js';
import type { ProviderId } from '../domain/provider.js';
import { isOrderReference } from '../providers/ids.js';
import type { Clock } from '../domain/clock.js';
import type { Ledger } from '../ledger/index.js';
import { pluginOf, providerPlugins } from '../providers/catalogue.js';
import type { ProviderRegistry } from '../providers/port.js';

export interface RegisterOrderRequest {
  readonly customerId: string;
  readonly provider: ProviderId;
  readonly providerReference: string;
  readonly bookerEmail?: string | null;
  /**
   * `RegisterOrderInput`'s other fields: what was booked, for providers that cannot read a booking
   * back, under the field their plugin names (and checked by the plugin's registration hook).
   */
  readonly [pluginField: string]: unknown;
}

export type RegisterOutcomeModel =
  | {
      readonly kind: 'registered';
      readonly provider: ProviderId;
      readonly orderRef: string;
      readonly created: boolean;
    }
  | { readonly kind: 'foreign'; readonly provider: ProviderId }
  | {
      readonly kind: 'invalid';
      readonly provider: ProviderId;
      readonly field: string;
      readonly message: string;
    };

/**
 * The snapshot of the booking, for a provider whose plugin keeps one (its registration hook). A
 * booking's details under another plugin's field are refused, naming the provider they belong to.
 */
function snapshotFor(request: RegisterOrderRequest, bookedAt: Date): unknown {
  const plugin = pluginOf(request.provider);
  for (const other of providerPlugins) {
    const field = other.registration?.field;
    if (other !== plugin && field && request[field])
      throw new InvalidFieldError(field, `Only ${other.name} bookings carry a snapshot.`);
  }
  if (!plugin.registration) return null;
  const { field, snapshotAtRegistration } = plugin.registration;
  const result = snapshotAtRegistration(request[field] ?? null, bookedAt);
  if (!result.ok) throw new InvalidFieldError(result.field, result.message);
  return result.snapshot;
}

/** `registerOrder`: validates, then records ownership (and a snapshot) atomically and idempotently. */
export function createRegistrationService({
  ledger,
  providers,
  clock,
}: {
  readonly ledger: Ledger;
  readonly providers: ProviderRegistry;
  readonly clock: Clock;
}) {
  return {
    async register(request: RegisterOrderRequest): Promise<RegisterOutcomeModel> {
      const { provider } = request;
      try {
        const customerId = request.customerId.trim();
        if (customerId.length === 0 || customerId.length > 128)
          throw new InvalidFieldError('customerId', 'The customer id must be 1 to 128 characters.');
        const adapter = providers.get(provider);
        if (!adapter)
          throw new InvalidFieldError('provider', 'This provider is not enabled on this gateway.');
        if (!isOrderReference(provider, request.providerReference)) {
          throw new InvalidFieldError('providerReference', 'This is not a reference of that provider.');
        }
        const snapshot = snapshotFor(request, clock.now());
        const booker = request.bookerEmail ? bookerFingerprint(request.bookerEmail) : null;
        if (request.bookerEmail && (!booker || request.bookerEmail.length > 254))
          throw new InvalidFieldError('bookerEmail', 'Not an email address.');
        const outcome = await ledger.ownership.register(
          customerId,
          provider,
          request.providerReference,
          clock.now(),
          snapshot
            ? trx => ledger.snapshots.insert(trx, provider, request.providerReference, snapshot)
            : undefined,
          booker,
        );
        if (outcome.kind === 'foreign') return { kind: 'foreign', provider };
        return {
          kind: 'registered',
          provider,
          orderRef: request.providerReference,
          created: outcome.kind === 'created',
        };
      } catch (error) {
        if (error instanceof InvalidFieldError)
          return { kind: 'invalid', provider, field: error.field, message: error.message };
        throw error;
      }
    },
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
