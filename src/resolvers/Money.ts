import type { MoneyResolvers } from '../__generated__/resolvers-types.js';
import { toDecimal } from '../domain/money.js';

export const Money: MoneyResolvers = {
  amount: m => toDecimal(m),
};
