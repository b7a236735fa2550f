import type { CancellationOutcome } from '../../domain/cancellation.js';
import { refusalWords } from '../refusal-details.js';
import type { ChangeInput, ChangeKind, ChangeSource } from '../../domain/changes.js';
import type { MoneyModel } from '../../domain/money.js';
import type { OrderItemModel, OrderItemStatus, OrderModel } from '../../domain/order.js';
import type { RefundQuoteModel } from '../../domain/cancellability.js';
import { refundStateOf } from '../../domain/refund.js';
import type { Attempt } from './attempt.js';
import { itemsCovered, quoteFor } from './decide.js';

/** Who and what a cancel's changes are about: written with the journal move that causes them. */
export interface ChangeContext {
  readonly source: ChangeSource;
  /** The caller, for a customer's own cancel; null for the reconciler. */
  readonly actor: string | null;
  readonly correlationId: string | null;
  readonly journalId: string;
  readonly at: Date;
}

export const customerCancel = (attempt: Attempt, at: Date): ChangeContext => ({
  source: 'CUSTOMER',
  actor: attempt.scope.caller.customerId,
  correlationId: attempt.scope.correlationId,
  journalId: attempt.entry.id,
  at,
});

interface After {
  readonly status?: OrderItemStatus;
  readonly item?: OrderItemModel;
  readonly refund?: MoneyModel | null;
  readonly fee?: MoneyModel | null;
  readonly message?: string | null;
}

/** One item's change: its state before, and after where the move changed it. */
function change(
  ctx: ChangeContext,
  kind: ChangeKind,
  before: OrderItemModel,
  after: After = {},
): ChangeInput {
  const now = after.item ?? before;
  return {
    provider: before.provider,
    orderRef: before.orderRef,
    itemRef: before.providerReference,
    kind,
    source: ctx.source,
    actor: ctx.actor,
    statusBefore: before.status,
    statusAfter: after.status ?? now.status,
    providerStatus: now.providerStatus,
    refundState: refundStateOf(now),
    refund: after.refund ?? null,
    fee: after.fee ?? null,
    providerMessage: after.message ?? null,
    occurredAt: ctx.at,
    correlationId: ctx.correlationId,
    journalId: ctx.journalId,
  };
}

/** RECEIVED → SENT: every item the cancel takes with it, with what it was quoted. */
export function requested(
  ctx: ChangeContext,
  order: OrderModel,
  item: OrderItemModel,
  quote: RefundQuoteModel | null,
): ChangeInput[] {
  const covered = itemsCovered(order, item);
  return covered.map(i => {
    const own = covered.length === 1 ? quote : quoteFor([i], ctx.at);
    return change(ctx, 'CANCELLATION_REQUESTED', i, { refund: own?.refund ?? null, fee: own?.fee ?? null });
  });
}

/**
 * The answer a cancel got, as the booking's history: cancelled (or pending) for each item it took,
 * refused, failed (nothing was applied), or unknown. `after` is the order as read back, if it was.
 */
export function answered(
  ctx: ChangeContext,
  outcome: CancellationOutcome,
  order: OrderModel,
  item: OrderItemModel,
  after: OrderModel | null,
): ChangeInput[] {
  switch (outcome.kind) {
    case 'cancelled': {
      const kind = outcome.state === 'CONFIRMED' ? 'CANCELLED' : 'CANCELLATION_PENDING';
      const taken = order.items.filter(i => outcome.cancelledItemIds.includes(i.id));
      return (taken.length > 0 ? taken : [item]).map(i => {
        const read = i.id === outcome.item.id ? outcome.item : after?.items.find(a => a.id === i.id);
        const own = i.id === item.id ? outcome : read?.cancellation;
        const status = read?.status ?? 'CANCELLATION_PENDING';
        return change(ctx, kind, i, { status, item: read, refund: own?.refund, fee: own?.fee });
      });
    }
    case 'not_permitted':
    case 'window_closed':
    case 'manual_required':
      return [change(ctx, 'CANCELLATION_REFUSED', item, { message: refusalWords(outcome.detail) })];
    case 'whole_order_required':
    case 'refund_changed':
      return [change(ctx, 'CANCELLATION_REFUSED', item)];
    case 'provider_unavailable':
      return [change(ctx, 'CANCELLATION_FAILED', item, { message: refusalWords(outcome.detail) })];
    case 'outcome_unknown':
      return [change(ctx, 'OUTCOME_UNKNOWN', item)];
    default:
      // Nothing happened to the booking (already cancelled, not found, in progress, invalid, key reused).
      return [];
  }
}

/**
 * An unknown outcome settled by reading the provider: what it shows now, after the status the feed
 * last knew (`knownStatus`). `outcome` is the success on record, or null when nothing was cancelled.
 */
export function settled(
  ctx: ChangeContext,
  now: OrderItemModel,
  knownStatus: OrderItemStatus | null,
  outcome: CancellationOutcome | null,
): ChangeInput[] {
  const amounts = outcome?.kind === 'cancelled' ? outcome : now.cancellation;
  const before = { ...now, status: knownStatus ?? now.status };
  return [
    change(ctx, 'OUTCOME_SETTLED', before, {
      item: now,
      refund: amounts?.refund ?? null,
      fee: amounts?.fee ?? null,
      message: outcome ? null : 'The provider shows no cancellation: nothing was cancelled.',
    }),
  ];
}
