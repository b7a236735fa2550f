import type { OrderResolvers } from '../__generated__/resolvers-types.js';
import { orderStatus } from '../domain/order.js';

export const Order: OrderResolvers = {
  status: order => orderStatus(order),
  items: order => [...order.items],
};
