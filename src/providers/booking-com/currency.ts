import { fromProviderNumber, type MoneyModel } from '../../domain/money.js';
import type { AccommodationOrderWire, Money2Wire } from './schemas.js';

/** Which of Booking.com's two currencies amounts are read in. */
export interface CurrencyPick {
  readonly code: string;
  readonly pick: (m: Money2Wire) => number | null;
}

/**
 * The amount the booker pays when the order has a booker currency, else the property's. Without the
 * `currency` object no amount has a known currency, so every amount reads as unknown.
 */
export function currencyOf(order: AccommodationOrderWire): CurrencyPick | null {
  if (!order.currency) return null;
  const booker = order.currency.booker;
  return booker
    ? { code: booker, pick: m => m.booker_currency ?? null }
    : { code: order.currency.accommodation, pick: m => m.accommodation_currency };
}

export function amountOf(
  money: Money2Wire | null | undefined,
  currency: CurrencyPick | null,
): MoneyModel | null {
  const value = money && currency ? currency.pick(money) : null;
  return value === null || !currency ? null : fromProviderNumber(value, currency.code);
}
