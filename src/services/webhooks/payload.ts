import { createHash } from 'node:crypto';
import { encodePosition, type BookingChangeModel } from '../../domain/changes.js';
import { orderId, orderItemId } from '../../domain/ids.js';
import { toDecimal, type MoneyModel } from '../../domain/money.js';
import { webhookEventOf, type WebhookEventType } from '../../domain/webhook-events.js';

/**
 * `webhook-id`: the same for every attempt of one change to one endpoint (the receiver's idempotency
 * key), different for two endpoints, so one receiver behind two endpoints cannot confuse them.
 */
export const webhookMessageId = (endpointId: string, changeId: string): string =>
  `msg_${createHash('sha256').update(`${endpointId}|${changeId}`).digest('base64url').slice(0, 27)}`;

const money = (m: MoneyModel | null) =>
  m ? { amount: toDecimal(m), amountMinor: m.amountMinor, currency: m.currency } : null;

/** Changes to one item (or an order's own) keep their order at an endpoint. */
export const deliveryKey = (change: BookingChangeModel): string =>
  JSON.stringify([change.provider, change.orderRef, change.itemRef]);

export interface WebhookEvent {
  readonly type: WebhookEventType;
  readonly body: string;
}

/**
 * The event a change becomes: Standard Webhooks' `{ type, timestamp, data }`. Only references,
 * statuses and money: no customer, no caller, no provider words (they may quote personal details).
 */
export function webhookEvent(change: BookingChangeModel): WebhookEvent {
  const type = webhookEventOf(change.kind);
  const data = {
    changeId: change.id,
    position: encodePosition(change.position),
    kind: change.kind,
    source: change.source,
    provider: change.provider,
    orderId: orderId(change.provider, change.orderRef),
    orderItemId: change.itemRef ? orderItemId(change.provider, change.orderRef, change.itemRef) : null,
    providerReference: { order: change.orderRef, item: change.itemRef },
    statusBefore: change.statusBefore,
    statusAfter: change.statusAfter,
    refund: money(change.refund),
    fee: money(change.fee),
    occurredAt: change.occurredAt.toISOString(),
  };
  return { type, body: JSON.stringify({ type, timestamp: change.recordedAt.toISOString(), data }) };
}
