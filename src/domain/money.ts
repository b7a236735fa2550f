/** Money as integer minor units plus an ISO 4217 code; never a float. */
export interface MoneyModel {
  readonly amountMinor: number;
  readonly currency: string;
}

// ISO 4217 minor-unit exponents that differ from 2 (CLDR, which Intl uses, disagrees for a few codes).
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

const KNOWN_CURRENCIES = new Set([
  ...Intl.supportedValuesOf('currency'),
  ...Object.keys(EXPONENT_EXCEPTIONS),
]);

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
}

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code);
}

export function currencyExponent(currency: string): number {
  if (!isCurrencyCode(currency)) throw new MoneyError(`Unknown currency code "${currency}".`);
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}

export function money(amountMinor: number, currency: string): MoneyModel {
  currencyExponent(currency);
  if (!Number.isSafeInteger(amountMinor)) throw new MoneyError('Money amounts must be whole minor units.');
  return { amountMinor, currency };
}

export function zero(currency: string): MoneyModel {
  return money(0, currency);
}

const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d{1,12}))?$/;

/**
 * Parses an exact decimal string ("12.50", "1000", "-3.1") in major units.
 * `reject` refuses more decimals than the currency has (client input); `halfUp` rounds them
 * half away from zero (provider prices that carry extra precision).
 */
export function fromDecimal(
  text: string,
  currency: string,
  rounding: 'reject' | 'halfUp' = 'reject',
): MoneyModel {
  const exp = currencyExponent(currency);
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new MoneyError(`"${text}" is not a decimal amount.`);
  const [, sign, whole = '0', fraction = ''] = match;
  const kept = fraction.slice(0, exp).padEnd(exp, '0');
  const dropped = fraction.slice(exp);
  if (/[1-9]/.test(dropped) && rounding === 'reject') {
    throw new MoneyError(`${currency} amounts have at most ${exp} decimals.`);
  }
  let minor = BigInt(whole + kept);
  if (rounding === 'halfUp' && dropped.length > 0 && Number(dropped[0]) >= 5) minor += 1n;
  const value = Number(sign ? -minor : minor);
  return money(value === 0 ? 0 : value, currency);
}

/** Parses a provider's JSON number without going through float arithmetic beyond the parse itself. */
export function fromProviderNumber(value: number | string, currency: string): MoneyModel {
  const text = typeof value === 'number' ? numberToPlainString(value) : value;
  return fromDecimal(text, currency, 'halfUp');
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new MoneyError('Amount is not finite.');
  // toString keeps the shortest round-trip form; exponent notation only appears for tiny/huge values.
  const text = value.toString();
  return /e/i.test(text) ? value.toFixed(12) : text;
}

/** The exact decimal string of an amount in major units, with the currency's number of decimals. */
export function toDecimal(m: MoneyModel): string {
  const exp = currencyExponent(m.currency);
  const negative = m.amountMinor < 0;
  const digits = Math.abs(m.amountMinor)
    .toString()
    .padStart(exp + 1, '0');
  const whole = digits.slice(0, digits.length - exp);
  const fraction = exp > 0 ? `.${digits.slice(digits.length - exp)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

function sameCurrency(a: MoneyModel, b: MoneyModel): void {
  if (a.currency !== b.currency) throw new MoneyError(`Cannot combine ${a.currency} with ${b.currency}.`);
}

export function add(a: MoneyModel, b: MoneyModel): MoneyModel {
  sameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtract(a: MoneyModel, b: MoneyModel): MoneyModel {
  sameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

export function equals(a: MoneyModel, b: MoneyModel): boolean {
  return a.currency === b.currency && a.amountMinor === b.amountMinor;
}

export function min(a: MoneyModel, b: MoneyModel): MoneyModel {
  sameCurrency(a, b);
  return a.amountMinor <= b.amountMinor ? a : b;
}

/** A share of an amount; `percent` is a decimal string or number with up to 4 decimals; rounds half up. */
export function percentOf(m: MoneyModel, percent: number | string): MoneyModel {
  const scaled = parsePercentMillionths(percent);
  const product = BigInt(m.amountMinor) * scaled;
  const divisor = 100_000_000n; // percent (×100) scaled by 10^6
  const quotient = product / divisor;
  const remainder = product % divisor;
  const rounded = remainder * 2n >= divisor ? quotient + 1n : quotient;
  return money(Number(rounded), m.currency);
}

function parsePercentMillionths(percent: number | string): bigint {
  const text = typeof percent === 'number' ? numberToPlainString(percent) : percent.trim();
  const match = /^(\d{1,3})(?:\.(\d{1,6}))?$/.exec(text);
  if (!match) throw new MoneyError(`"${text}" is not a percentage.`);
  const [, whole = '0', fraction = ''] = match;
  const value = BigInt(whole + fraction.padEnd(6, '0'));
  if (value > 100_000_000n) throw new MoneyError('A percentage cannot exceed 100.');
  return value;
}

/** Refund share of a total, in percent with two decimals (for display only). */
export function percentShare(part: MoneyModel, total: MoneyModel): number {
  if (total.amountMinor === 0) return 0;
  return Math.round((part.amountMinor / total.amountMinor) * 10_000) / 100;
}
