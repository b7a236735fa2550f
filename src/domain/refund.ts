/**
 * Where a cancelled booking's refund stands, as far as its provider says (the values of the GraphQL
 * `RefundState` enum; docs/changes.md has the table of which provider fact gives which state).
 * - NONE_DUE: nothing comes back (the fee is the whole price, or the terms refund nothing).
 * - PENDING: a refund is due once the provider confirms the cancellation.
 * - STARTED: the provider has started it (or, where it says no more, triggered it).
 * - REFUNDED: the provider says it is done.
 * - UNKNOWN: the provider's guide says nothing about refunds after a cancellation.
 */
export const REFUND_STATES = ['NONE_DUE', 'PENDING', 'STARTED', 'REFUNDED', 'UNKNOWN'] as const;
export type RefundState = (typeof REFUND_STATES)[number];

/**
 * The refund state of an item as read: what its provider's mapper stated, else what the item's own
 * facts give (nothing to refund, or a cancellation still pending), else UNKNOWN. Null when the item
 * is not cancelled at all.
 */
export function refundStateOf(item: {
  readonly status: string;
  readonly cancellation: {
    readonly refund: { readonly amountMinor: number } | null;
    readonly refundState?: RefundState;
  } | null;
}): RefundState | null {
  const record = item.cancellation;
  if (!record) return null;
  if (record.refundState) return record.refundState;
  if (record.refund?.amountMinor === 0) return 'NONE_DUE';
  return item.status === 'CANCELLATION_PENDING' ? 'PENDING' : 'UNKNOWN';
}
