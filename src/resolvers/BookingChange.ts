import type { BookingChangeResolvers } from '../__generated__/resolvers-types.js';
import { orderId, orderItemId } from '../domain/ids.js';

export const BookingChange: BookingChangeResolvers = {
  orderId: change => orderId(change.provider, change.orderRef),
  orderItemId: change =>
    change.itemRef ? orderItemId(change.provider, change.orderRef, change.itemRef) : null,
  orderReference: change => change.orderRef,
  itemReference: change => change.itemRef,
};
