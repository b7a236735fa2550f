/**
 * The models behind each GraphQL type (codegen's `mappers` all point here): domain models for what
 * the providers return, service models for pages and the viewer.
 */
export type { CancellabilityModel, RefundQuoteModel } from '../domain/cancellability.js';
export type { BookingChangeModel } from '../domain/changes.js';
export type { MoneyModel } from '../domain/money.js';
export type { ChangeConnectionModel, ChangeEdgeModel } from '../services/changes/pages.js';
export type { WebhookEndpointStatus as WebhookEndpointStatusModel } from '../services/webhooks/service.js';
export type { CancellationRecordModel, OrderItemModel, OrderModel } from '../domain/order.js';
export type { CancellationPolicyModel, CancellationWindowModel } from '../domain/policy.js';
export type { ProviderHealthModel } from '../domain/provider.js';
export type { OrderCancellationQuoteModel } from '../services/cancellation/service.js';
export type {
  CustomerModel,
  OrderConnectionModel,
  OrderEdgeModel,
  OrderItemConnectionModel,
  ViewerModel,
} from '../services/orders-service.js';
