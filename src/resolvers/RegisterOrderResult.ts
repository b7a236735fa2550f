import type { ResolversTypes } from '../__generated__/resolvers-types.js';
import type { OrderModel } from '../domain/order.js';
import { assertNever } from '../lib/assert-never.js';
import type { RegisterOutcomeModel } from '../services/registration-service.js';

/** `registerOrder`'s result union, one member per registration outcome. */
export function toRegisterOrderResult(
  o: RegisterOutcomeModel,
  order: OrderModel | null,
): ResolversTypes['RegisterOrderResult'] {
  switch (o.kind) {
    case 'registered':
      return { __typename: 'OrderRegistered', order, created: o.created };
    case 'foreign':
      return {
        __typename: 'OrderOwnedByAnotherCustomerError',
        code: 'ORDER_OWNED_BY_ANOTHER_CUSTOMER',
        message: 'This booking is registered to another customer.',
        retryable: false,
        provider: o.provider,
      };
    case 'invalid':
      return {
        __typename: 'InvalidRegistrationRequestError',
        code: 'INVALID_REGISTRATION_REQUEST',
        message: o.message,
        retryable: false,
        provider: o.provider,
        field: o.field,
      };
    default:
      return assertNever(o);
  }
}
