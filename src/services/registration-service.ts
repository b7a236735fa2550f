import { bookerFingerprint } from '../domain/booker.js';
import type { ProviderId } from '../domain/provider.js';
import { isOrderReference } from '../domain/provider.js';
import { fromDecimal, isCurrencyCode, MoneyError, type MoneyModel } from '../domain/money.js';
import type { Clock } from '../domain/clock.js';
import type { Ledger } from '../ledger/index.js';
import type { ProviderRegistry } from '../providers/port.js';

export interface BokunPenaltyRule {
  readonly cutoffHours: number;
  readonly charge: string;
  readonly chargeType: 'PERCENTAGE' | 'AMOUNT';
}

/** What the ledger stores for a Bókun booking (the plugin API cannot read it back). */
export interface BokunBookingSnapshot {
  readonly title: string;
  readonly bookedAt: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly timeZone: string | null;
  readonly price: MoneyModel;
  readonly penaltyRules: readonly BokunPenaltyRule[];
}

export interface RegisterOrderRequest {
  readonly customerId: string;
  readonly provider: ProviderId;
  readonly providerReference: string;
  readonly bookerEmail?: string | null;
  readonly bokunBooking?: {
    readonly title: string;
    readonly startsAt: Date;
    readonly endsAt?: Date | null;
    readonly timeZone?: string | null;
    readonly price: { readonly amount: string; readonly currency: string };
    readonly penaltyRules: readonly BokunPenaltyRule[];
  } | null;
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

/** Bókun's own non-refundable workaround uses a 100 % fee from 1000 days out; allow up to 1500 days. */
const MAX_CUTOFF_HOURS = 24 * 1500;

class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validCharge(rule: BokunPenaltyRule, price: MoneyModel): boolean {
  if (rule.chargeType === 'PERCENTAGE')
    return /^\d{1,3}(\.\d{1,4})?$/.test(rule.charge) && Number(rule.charge) <= 100;
  try {
    const charge = fromDecimal(rule.charge, price.currency);
    return charge.amountMinor >= 0 && charge.amountMinor <= price.amountMinor;
  } catch {
    return false;
  }
}

function bokunSnapshot(
  input: NonNullable<RegisterOrderRequest['bokunBooking']>,
  bookedAt: Date,
): BokunBookingSnapshot {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 200)
    throw new Invalid('bokunBooking.title', 'The title must be 1 to 200 characters.');
  if (input.endsAt && input.endsAt <= input.startsAt)
    throw new Invalid('bokunBooking.endsAt', 'The end must be after the start.');
  if (input.timeZone && !isTimeZone(input.timeZone))
    throw new Invalid('bokunBooking.timeZone', 'Not an IANA time zone.');
  if (!isCurrencyCode(input.price.currency))
    throw new Invalid('bokunBooking.price.currency', 'Not an ISO 4217 currency code.');
  let price: MoneyModel;
  try {
    price = fromDecimal(input.price.amount, input.price.currency);
  } catch (error) {
    throw new Invalid(
      'bokunBooking.price.amount',
      error instanceof MoneyError ? error.message : 'Invalid amount.',
    );
  }
  if (price.amountMinor < 0) throw new Invalid('bokunBooking.price.amount', 'The price cannot be negative.');
  if (input.penaltyRules.length > 20)
    throw new Invalid('bokunBooking.penaltyRules', 'At most 20 penalty rules.');
  const cutoffs = new Set<number>();
  input.penaltyRules.forEach((rule, i) => {
    const field = `bokunBooking.penaltyRules.${i}`;
    if (!Number.isInteger(rule.cutoffHours) || rule.cutoffHours < 0 || rule.cutoffHours > MAX_CUTOFF_HOURS) {
      throw new Invalid(
        `${field}.cutoffHours`,
        'cutoffHours must be a whole number of hours from 0 to 36000.',
      );
    }
    if (cutoffs.has(rule.cutoffHours))
      throw new Invalid(`${field}.cutoffHours`, 'Two rules share one cutoff.');
    cutoffs.add(rule.cutoffHours);
    if (!validCharge(rule, price)) {
      throw new Invalid(
        `${field}.charge`,
        rule.chargeType === 'PERCENTAGE' ? 'A percentage from 0 to 100.' : 'An amount from 0 to the price.',
      );
    }
  });
  return {
    title,
    bookedAt: bookedAt.toISOString(),
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt?.toISOString() ?? null,
    timeZone: input.timeZone ?? null,
    price,
    penaltyRules: [...input.penaltyRules].map(r => ({
      cutoffHours: r.cutoffHours,
      charge: r.charge,
      chargeType: r.chargeType,
    })),
  };
}

/** `registerOrder`: validates, then records ownership (and a Bókun snapshot) atomically and idempotently. */
export function createRegistrationService({
  ledger,
  providers,
  clock,
}: {
  ledger: Ledger;
  providers: ProviderRegistry;
  clock: Clock;
}) {
  return {
    async register(request: RegisterOrderRequest): Promise<RegisterOutcomeModel> {
      const { provider } = request;
      try {
        const customerId = request.customerId.trim();
        if (customerId.length === 0 || customerId.length > 128)
          throw new Invalid('customerId', 'The customer id must be 1 to 128 characters.');
        if (!providers.has(provider))
          throw new Invalid('provider', 'This provider is not enabled on this gateway.');
        if (!isOrderReference(provider, request.providerReference)) {
          throw new Invalid('providerReference', 'This is not a reference of that provider.');
        }
        if (provider !== 'BOKUN' && request.bokunBooking)
          throw new Invalid('bokunBooking', 'Only Bókun bookings carry a snapshot.');
        if (provider === 'BOKUN' && !request.bokunBooking)
          throw new Invalid('bokunBooking', 'Bókun bookings need their details.');
        const snapshot = request.bokunBooking ? bokunSnapshot(request.bokunBooking, clock.now()) : null;
        const booker = request.bookerEmail ? bookerFingerprint(request.bookerEmail) : null;
        if (request.bookerEmail && (!booker || request.bookerEmail.length > 254))
          throw new Invalid('bookerEmail', 'Not an email address.');
        const outcome = await ledger.ownership.register(
          customerId,
          provider,
          request.providerReference,
          clock.now(),
          snapshot ? trx => ledger.bokunBookings.insert(trx, request.providerReference, snapshot) : undefined,
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
        if (error instanceof Invalid)
          return { kind: 'invalid', provider, field: error.field, message: error.message };
        throw error;
      }
    },
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
