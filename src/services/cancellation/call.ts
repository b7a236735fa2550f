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
  const asked = call.members.map(m => m.attempt.id.itemRef);
  return changes.filter(change => ownsChange(asked, member.attempt.id.itemRef, change.itemRef));
}

/**
 * The rule `changesOf` applies, for a call named by the items it asked for (in request order):
 * an item's change belongs to the entry that asked for it, any other item's to the first.
 */
export function ownsChange(asked: readonly string[], own: string, itemRef: string | null): boolean {
  const owner = itemRef !== null && asked.includes(itemRef) ? itemRef : asked[0];
  return owner === own;
}
