import { createHash } from 'node:crypto';
import { refusalMessage, type CancellationOutcome } from '../domain/cancellation.js';
import { evaluateCancellability, type CancellabilityModel } from '../domain/cancellability.js';
import {
  startInstant,
  type CancellationRecordModel,
  type OrderItemModel,
  type OrderModel,
} from '../domain/order.js';
import type { LedgerDb } from '../ledger/connect.js';
import type { ItemNoteStore } from '../ledger/item-notes.js';
import { refusalWords } from './refusal-details.js';
import type { RequestScope } from './scope.js';
import { refundStateOf } from '../domain/refund.js';

/**
 * What a refusal depended on: when any of it changes at the provider, the refusal no longer applies.
 * (A status change, a new time, new terms or the provider's own cancellable flag.)
 */
export function itemFingerprint(item: OrderItemModel): string {
  const policy = item.cancellationPolicy?.windows.map(w => [
    w.from?.getTime() ?? null,
    w.until?.getTime() ?? null,
    w.cancellable,
    w.refund.amountMinor,
  ]);
  const facts = [
    item.status,
    startInstant(item)?.getTime() ?? null,
    item.presentlyCancellable,
    policy ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(facts)).digest('base64url').slice(0, 22);
}

const keyOf = (item: OrderItemModel) => ({
  provider: item.provider,
  orderRef: item.orderRef,
  itemRef: item.providerReference,
});

/**
 * Notes what a settled cancel taught about its items. Best effort: the journal holds the facts, these
 * only make reads agree with the answer, so a failed write is logged by the caller and never fails
 * the cancel.
 */
export async function noteOutcome(
  notes: ItemNoteStore,
  order: OrderModel,
  item: OrderItemModel,
  outcome: CancellationOutcome,
  at: Date,
  trx?: LedgerDb,
): Promise<void> {
  if (outcome.kind === 'cancelled') {
    const covered = order.items.filter(i => outcome.cancelledItemIds.includes(i.id));
    // For a whole-order cancel the amounts are the order's, as such providers state them on each item.
    const { cancelledAt: at, refund, fee } = outcome;
    for (const cancelled of covered.length > 0 ? covered : [item])
      await notes.cancelled(keyOf(cancelled), { at, refund, fee }, trx);
    return;
  }
  if (outcome.kind !== 'not_permitted' && outcome.kind !== 'manual_required') return;
  const retryable = outcome.kind === 'not_permitted' && outcome.retryable;
  const retryAfter = outcome.kind === 'not_permitted' ? outcome.retryAfterSeconds : null;
  await notes.refused(
    keyOf(item),
    {
      at,
      // The very words the mutation answered with.
      message: refusalMessage(outcome, refusalWords(outcome.detail)),
      // A retryable refusal lapses when the provider said to try again (five minutes when it did not say).
      until: retryable ? new Date(at.getTime() + (retryAfter ?? 300) * 1000) : null,
      fingerprint: itemFingerprint(item),
      manual: outcome.kind === 'manual_required',
    },
    trx,
  );
}

/** Reads items with the gateway's notes on them (the request's notes loader: one query per provider). */
export function createItemReader(now: () => Date) {
  const noteFor = async (scope: RequestScope, item: OrderItemModel) =>
    (await scope.loaders.notes.load(item)).find(n => n.itemRef === item.providerReference) ?? null;

  /** The provider's record, completed from our accepted cancel where the provider states nothing. */
  async function completedRecord(
    scope: RequestScope,
    item: OrderItemModel,
  ): Promise<CancellationRecordModel | null> {
    const record = item.cancellation;
    if (!record || record.cancelledBy !== 'CUSTOMER') return record;
    if (record.cancelledAt && record.refund && record.fee) return record;
    const note = await noteFor(scope, item);
    if (!note?.cancelledAt) return record;
    return {
      ...record,
      cancelledAt: record.cancelledAt ?? note.cancelledAt,
      refund: record.refund ?? note.refund,
      fee: record.fee ?? note.fee,
    };
  }

  return {
    /** The policy's verdict, unless the provider refused this item and nothing about it changed since. */
    async cancellability(scope: RequestScope, item: OrderItemModel): Promise<CancellabilityModel> {
      const verdict = evaluateCancellability(item, now());
      if (!verdict.cancellable) return verdict;
      const refusal = (await noteFor(scope, item))?.refusal;
      if (!refusal || refusal.fingerprint !== itemFingerprint(item)) return verdict;
      if (refusal.until && refusal.until.getTime() <= now().getTime()) return verdict;
      return {
        cancellable: false,
        reason: refusal.manual ? 'MANUAL_CANCELLATION_REQUIRED' : 'PROVIDER_REFUSES',
        deadline: verdict.deadline,
        message: refusal.message,
      };
    },
    /**
     * The provider's record, completed from our accepted cancel where the provider states nothing:
     * its time, and the refund and fee the cancel answered with, for providers whose records omit them.
     */
    async cancellation(scope: RequestScope, item: OrderItemModel): Promise<CancellationRecordModel | null> {
      const completed = await completedRecord(scope, item);
      // Where the refund stands: the provider's word, else what the record itself gives.
      return (
        completed && {
          ...completed,
          refundState: refundStateOf({ ...item, cancellation: completed }) ?? 'UNKNOWN',
        }
      );
    },
  };
}

export type ItemReader = ReturnType<typeof createItemReader>;
