import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Mutation } from './Mutation.js';
import { Order } from './Order.js';
import { OrderItem } from './OrderItem.js';
import { Query } from './Query.js';
import { Subscription } from './Subscription.js';
import { Cancellability } from './Cancellability.js';
import { Customer } from './Customer.js';
import { DateTime } from './DateTime.js';
import { LocalDate } from './LocalDate.js';
import { Money } from './Money.js';
import { OrderEdge } from './OrderEdge.js';
import { Viewer } from './Viewer.js';
import { BookingChange } from './BookingChange.js';
import { CancellationRecord } from './CancellationRecord.js';
import { WebhookEndpointStatus } from './WebhookEndpointStatus.js';

const byTypename = <T extends string>(value: { __typename: T }): T => value.__typename;

export const resolvers: Resolvers = {
  DateTime,
  Date: LocalDate,
  Query,
  Mutation,
  Subscription,
  Viewer,
  Customer,
  OrderEdge,
  Order,
  OrderItem,
  Money,
  Cancellability,
  CancellationRecord,
  BookingChange,
  WebhookEndpointStatus,
  Node: { __resolveType: byTypename },
  CancellationResult: { __resolveType: byTypename },
  CancelOrderItemsResult: { __resolveType: byTypename },
  RegisterOrderResult: { __resolveType: byTypename },
  ProviderFailureDetail: { __resolveType: byTypename },
  ErrorResult: { __resolveType: byTypename },
};
