import type { ChangeKind } from './changes.js';

/** The webhook event types, one per kind of feed change (the README lists them). */
export const WEBHOOK_EVENT_TYPES = [
  'order.registered',
  'order_item.cancellation_requested',
  'order_item.cancellation_pending',
  'order_item.cancelled',
  'order_item.cancellation_refused',
  'order_item.cancellation_outcome_unknown',
  'order_item.cancellation_outcome_settled',
  'order_item.cancelled_by_provider',
  'order_item.refund_updated',
  'order_item.status_changed',
  'order_item.cancellation_failed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const EVENT_OF: Readonly<Record<ChangeKind, WebhookEventType>> = {
  REGISTERED: 'order.registered',
  CANCELLATION_REQUESTED: 'order_item.cancellation_requested',
  CANCELLATION_PENDING: 'order_item.cancellation_pending',
  CANCELLED: 'order_item.cancelled',
  CANCELLATION_REFUSED: 'order_item.cancellation_refused',
  OUTCOME_UNKNOWN: 'order_item.cancellation_outcome_unknown',
  OUTCOME_SETTLED: 'order_item.cancellation_outcome_settled',
  CANCELLED_BY_PROVIDER: 'order_item.cancelled_by_provider',
  REFUND_STARTED: 'order_item.refund_updated',
  REFUNDED: 'order_item.refund_updated',
  STATUS_CHANGED: 'order_item.status_changed',
  CANCELLATION_FAILED: 'order_item.cancellation_failed',
};

export const webhookEventOf = (kind: ChangeKind): WebhookEventType => EVENT_OF[kind];
