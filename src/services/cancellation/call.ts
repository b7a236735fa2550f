import type { ChangeInput } from '../../domain/changes.js';
import type { OrderModel } from '../../domain/order.js';
import type { Attempt } from './attempt.js';
import type { Cleared } from './preflight.js';

/** One requested item's part in a provider call: its attempt (journal entry, request) and what its preflight cleared. */
export interface Member {
  readonly attempt: Attempt;
  readonly cleared: Cleared;
}

/**
 * One provider call and the journal entries it settles: one entry for `cancelOrderItem`; for
 * `cancelOrderItems`, every requested item the call cancels (a provider's one request naming several,
 * or a whole-order provider's single cancel). The first member stands for the call.
 */
export interface Call {
  readonly members: readonly [Member, ...Member[]];
  readonly order: OrderModel;
}

export const singleCall = (attempt: Attempt, cleared: Cleared): Call => ({
  members: [{ attempt, cleared }],
  order: cleared.order,
});

/** True when the provider cancels the call's whole order, whichever item it names. */
export const cancelsWholeOrder = (call: Call): boolean =>
  call.members[0].cleared.item.cancellationPolicy?.scope === 'ORDER';

/**
 * A member's share of the changes its call causes: each item's change belongs to the entry that
 * asked for that item, and items the call takes along (the rest of a whole order) to the first
 * member's, so every item has its change once and with the journal move that caused it.
 */
export function changesOf(call: Call, member: Member, changes: readonly ChangeInput[]): ChangeInput[] {
  if (call.members.length === 1) return [...changes];
  const ownerOf = (itemRef: string | null) =>
    call.members.find(m => m.attempt.id.itemRef === itemRef) ?? call.members[0];
  return changes.filter(change => ownerOf(change.itemRef) === member);
}
