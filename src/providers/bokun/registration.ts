import { InvalidFieldError } from '../../domain/errors.js';
import { z } from 'zod';
import { fromDecimal, isCurrencyCode, MoneyError, type MoneyModel } from '../../domain/money.js';
import type { RegistrationSnapshot } from '../port.js';
import type { BokunSnapshotWire } from './schemas.js';

/** Bókun's own non-refundable workaround uses a 100 % fee from 1000 days out; allow up to 1500 days. */
const MAX_CUTOFF_HOURS = 24 * 1500;

/** `RegisterOrderInput.bokunBooking` as GraphQL hands it over (its shape is already checked there). */
const detailsSchema = z.object({
  title: z.string(),
  startsAt: z.date(),
  endsAt: z.date().nullish(),
  timeZone: z.string().nullish(),
  price: z.object({ amount: z.string(), currency: z.string() }),
  penaltyRules: z.array(
    z.object({
      cutoffHours: z.number(),
      charge: z.string(),
      chargeType: z.enum(['PERCENTAGE', 'AMOUNT']),
    }),
  ),
});
type Details = z.infer<typeof detailsSchema>;
type Rule = Details['penaltyRules'][number];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function priceOf(input: Details['price']): MoneyModel {
  if (!isCurrencyCode(input.currency))
    throw new InvalidFieldError('bokunBooking.price.currency', 'Not an ISO 4217 currency code.');
  let price: MoneyModel;
  try {
    price = fromDecimal(input.amount, input.currency);
  } catch (error) {
    throw new InvalidFieldError(
      'bokunBooking.price.amount',
      error instanceof MoneyError ? error.message : 'Invalid amount.',
    );
  }
  if (price.amountMinor < 0)
    throw new InvalidFieldError('bokunBooking.price.amount', 'The price cannot be negative.');
  return price;
}

function validCharge(rule: Rule, price: MoneyModel): boolean {
  if (rule.chargeType === 'PERCENTAGE')
    return /^\d{1,3}(\.\d{1,4})?$/.test(rule.charge) && Number(rule.charge) <= 100;
  try {
    const charge = fromDecimal(rule.charge, price.currency);
    return charge.amountMinor >= 0 && charge.amountMinor <= price.amountMinor;
  } catch {
    return false;
  }
}

function checkRules(rules: readonly Rule[], price: MoneyModel): void {
  if (rules.length > 20)
    throw new InvalidFieldError('bokunBooking.penaltyRules', 'At most 20 penalty rules.');
  const cutoffs = new Set<number>();
  rules.forEach((rule, i) => {
    const field = `bokunBooking.penaltyRules.${i}`;
    if (!Number.isInteger(rule.cutoffHours) || rule.cutoffHours < 0 || rule.cutoffHours > MAX_CUTOFF_HOURS)
      throw new InvalidFieldError(
        `${field}.cutoffHours`,
        'cutoffHours must be a whole number of hours from 0 to 36000.',
      );
    if (cutoffs.has(rule.cutoffHours))
      throw new InvalidFieldError(`${field}.cutoffHours`, 'Two rules share one cutoff.');
    cutoffs.add(rule.cutoffHours);
    if (!validCharge(rule, price))
      throw new InvalidFieldError(
        `${field}.charge`,
        rule.chargeType === 'PERCENTAGE' ? 'A percentage from 0 to 100.' : 'An amount from 0 to the price.',
      );
  });
}

function snapshotOf(input: Details, bookedAt: Date): BokunSnapshotWire {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 200)
    throw new InvalidFieldError('bokunBooking.title', 'The title must be 1 to 200 characters.');
  if (input.endsAt && input.endsAt <= input.startsAt)
    throw new InvalidFieldError('bokunBooking.endsAt', 'The end must be after the start.');
  if (input.timeZone && !isTimeZone(input.timeZone))
    throw new InvalidFieldError('bokunBooking.timeZone', 'Not an IANA time zone.');
  const price = priceOf(input.price);
  checkRules(input.penaltyRules, price);
  return {
    title,
    bookedAt: bookedAt.toISOString(),
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt?.toISOString() ?? null,
    timeZone: input.timeZone ?? null,
    price: { amountMinor: price.amountMinor, currency: price.currency },
    penaltyRules: input.penaltyRules.map(r => ({
      cutoffHours: r.cutoffHours,
      charge: r.charge,
      chargeType: r.chargeType,
    })),
  };
}

/**
 * The plugin API cannot read a booking back, so the booking flow sends what was booked at
 * `registerOrder`; this checks it and returns the snapshot the ledger keeps, or the field at fault.
 */
export function bokunSnapshotAtRegistration(details: unknown, bookedAt: Date): RegistrationSnapshot {
  const parsed = detailsSchema.safeParse(details);
  if (!parsed.success)
    return { ok: false, field: 'bokunBooking', message: 'Bókun bookings need their details.' };
  try {
    return { ok: true, snapshot: snapshotOf(parsed.data, bookedAt) };
  } catch (error) {
    if (error instanceof InvalidFieldError) return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}
