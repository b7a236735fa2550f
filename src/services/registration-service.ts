import { InvalidFieldError } from '../domain/errors.js';
import { bookerFingerprint } from '../domain/booker.js';
import type { ProviderId } from '../domain/provider.js';
import { isOrderReference } from '../providers/ids.js';
import type { Clock } from '../domain/clock.js';
import type { ChangeInput } from '../domain/changes.js';
import type { OrderRef } from '../domain/order.js';
import type { LedgerDb } from '../ledger/connect.js';
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

/** Who registered a booking: the backend's token subject, and its request's correlation id. */
export interface RegisteredBy {
  readonly actor: string;
  readonly correlationId: string;
}

const registered = (ref: OrderRef, at: Date, by: RegisteredBy | undefined): ChangeInput => ({
  ...ref,
  itemRef: null,
  kind: 'REGISTERED',
  source: 'SERVICE',
  actor: by?.actor ?? null,
  statusBefore: null,
  statusAfter: null,
  providerStatus: null,
  refundState: null,
  refund: null,
  fee: null,
  providerMessage: null,
  occurredAt: at,
  correlationId: by?.correlationId ?? null,
  journalId: null,
});

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
    /** `by`: the service registering it and its request, for the booking's history. */
    async register(request: RegisterOrderRequest, by?: RegisteredBy): Promise<RegisterOutcomeModel> {
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
        const now = clock.now();
        const ref = { provider, orderRef: request.providerReference };
        // With the ownership row, in its transaction: the snapshot, the watch and the history's first entry.
        const onCreate = async (trx: LedgerDb) => {
          if (snapshot) await ledger.snapshots.insert(trx, provider, request.providerReference, snapshot);
          await ledger.watches.insert(trx, ref, now);
          await ledger.changes.append(trx, [registered(ref, now, by)], now);
        };
        const outcome = await ledger.ownership.register(
          customerId,
          provider,
          request.providerReference,
          now,
          onCreate,
          booker,
        );
        if (outcome.kind === 'created') ledger.feedSignal.raise();
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
