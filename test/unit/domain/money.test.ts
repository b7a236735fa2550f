import { describe, expect, it } from 'vitest';
import {
  add,
  currencyExponent,
  fromDecimal,
  fromProviderNumber,
  MoneyError,
  percentOf,
  subtract,
  toDecimal,
} from '../../../src/domain/money.js';

describe('currency exponents (ISO 4217)', () => {
  it.each([
    ['EUR', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['CLF', 4],
  ])('%s has %i decimals', (code, exp) => {
    expect(currencyExponent(code)).toBe(exp);
  });

  it('rejects unknown and malformed codes', () => {
    expect(() => currencyExponent('XYZ')).toThrow(MoneyError);
    expect(() => currencyExponent('eur')).toThrow(MoneyError);
  });
});

describe('decimal strings both ways', () => {
  it.each([
    ['12.50', 'EUR', 1250, '12.50'],
    ['12.5', 'EUR', 1250, '12.50'],
    ['0', 'EUR', 0, '0.00'],
    ['0.05', 'EUR', 5, '0.05'],
    ['1000', 'JPY', 1000, '1000'],
    ['1.250', 'BHD', 1250, '1.250'],
    ['-3.10', 'GBP', -310, '-3.10'],
    ['12.500', 'EUR', 1250, '12.50'],
  ])('%s %s ⇄ %i minor', (text, currency, minor, back) => {
    const m = fromDecimal(text, currency);
    expect(m.amountMinor).toBe(minor);
    expect(toDecimal(m)).toBe(back);
  });

  it('refuses more precision than the currency has from clients', () => {
    expect(() => fromDecimal('12.345', 'EUR')).toThrow(/at most 2 decimals/);
    expect(() => fromDecimal('1.5', 'JPY')).toThrow(/at most 0 decimals/);
  });

  it('rounds provider values half away from zero', () => {
    expect(fromDecimal('12.345', 'EUR', 'halfUp').amountMinor).toBe(1235);
    expect(fromDecimal('12.344', 'EUR', 'halfUp').amountMinor).toBe(1234);
    expect(fromDecimal('-12.345', 'EUR', 'halfUp').amountMinor).toBe(-1235);
  });

  it('never goes through float arithmetic for provider numbers', () => {
    // 0.1 + 0.2 style drift: 1.005 * 100 is 100.49999… as a float.
    expect(fromProviderNumber(1.005, 'EUR').amountMinor).toBe(101);
    expect(fromProviderNumber(19.99, 'EUR').amountMinor).toBe(1999);
    expect(fromProviderNumber('7', 'JPY').amountMinor).toBe(7);
  });

  it.each(['', '1,50', '1e3', 'abc', '1.', '.5', ' ', 'NaN'])('rejects %j', text => {
    expect(() => fromDecimal(text, 'EUR')).toThrow(MoneyError);
  });
});

describe('arithmetic', () => {
  it('adds and subtracts within one currency only', () => {
    const a = fromDecimal('10.00', 'EUR');
    expect(toDecimal(add(a, fromDecimal('0.01', 'EUR')))).toBe('10.01');
    expect(toDecimal(subtract(a, fromDecimal('10.01', 'EUR')))).toBe('-0.01');
    expect(() => add(a, fromDecimal('1', 'JPY'))).toThrow(/Cannot combine/);
  });

  it.each([
    ['100.00', 50, '50.00'],
    ['10.00', '33.3333', '3.33'],
    ['0.05', 50, '0.03'],
    ['99.99', 100, '99.99'],
    ['99.99', 0, '0.00'],
    ['1.01', '12.5', '0.13'],
  ])('%s at %s percent is %s (half up)', (amount, pct, expected) => {
    expect(toDecimal(percentOf(fromDecimal(amount, 'EUR'), pct))).toBe(expected);
  });

  it('rejects percentages above 100', () => {
    expect(() => percentOf(fromDecimal('1', 'EUR'), 100.5)).toThrow(MoneyError);
  });
});
