/**
 * The cancellation journal's state machine, as data: every state, the moves out of it, and whether a
 * move records changes in the feed. `transition()` refuses any move not listed here, so a wrong move
 * fails loudly instead of corrupting the record of whether money moved; and a move that `records`
 * must be given its changes, which are written in the same transaction (no move without its change,
 * no change without its move).
 *
 * - RECEIVED: the idempotency key is claimed; nothing has been sent.
 * - SENT: the provider call is (or may be) in flight. Its lock is never taken over.
 * - SUCCEEDED / REFUSED: the provider's answer, on record.
 * - UNKNOWN: the answer was lost; a read settles it (a same-key retry or the reconciler).
 * - ANSWERED: settled without a provider call (an early refusal from a fresh read).
 * - NOT_SENT: given up, certainly unsent (or read back as not cancelled): a same-key retry may start again.
 *
 * `silent` moves change nothing anyone can see (a retry taking an entry up again, a cancel that
 * stopped before it was sent); every other move is part of the booking's history.
 */
export const JOURNAL_TRANSITIONS = {
  RECEIVED: { SENT: 'records', ANSWERED: 'records', NOT_SENT: 'silent' },
  SENT: { SUCCEEDED: 'records', REFUSED: 'records', UNKNOWN: 'records', NOT_SENT: 'records' },
  UNKNOWN: { SUCCEEDED: 'records', NOT_SENT: 'records', RECEIVED: 'silent' },
  NOT_SENT: { RECEIVED: 'silent' },
  SUCCEEDED: {},
  REFUSED: {},
  ANSWERED: {},
} as const satisfies Record<string, Partial<Record<string, 'records' | 'silent'>>>;

export type JournalState = keyof typeof JOURNAL_TRANSITIONS;
export const JOURNAL_STATES = Object.keys(JOURNAL_TRANSITIONS) as JournalState[];

/** Settled: the answer is on record (NOT_SENT may still be taken up again by a same-key retry). */
export const TERMINAL_STATES: readonly JournalState[] = ['SUCCEEDED', 'REFUSED', 'ANSWERED', 'NOT_SENT'];

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
}

const moveOf = (from: JournalState, to: JournalState): 'records' | 'silent' | undefined =>
  (JOURNAL_TRANSITIONS[from] as Partial<Record<JournalState, 'records' | 'silent'>>)[to];

export function canMove(from: JournalState, to: JournalState): boolean {
  return moveOf(from, to) !== undefined;
}

/** True when the move is part of the booking's history (its changes go in the feed with it). */
export function recordsChanges(from: JournalState, to: JournalState): boolean {
  return moveOf(from, to) === 'records';
}

/**
 * Throws unless every `from` may move to `to`, and the changes agree with the table: a recording
 * move is given its changes (an empty list only when no item is concerned), a silent one none.
 * A programming error, never a runtime condition.
 */
export function assertMoves(from: readonly JournalState[], to: JournalState, changes: number | null): void {
  for (const state of from) {
    if (!canMove(state, to))
      throw new IllegalTransitionError(`The cancellation journal cannot move from ${state} to ${to}.`);
    if (recordsChanges(state, to) && changes === null)
      throw new IllegalTransitionError(`${state} → ${to} is part of the history: its changes are missing.`);
    if (!recordsChanges(state, to) && changes !== null && changes > 0)
      throw new IllegalTransitionError(
        `${state} → ${to} changes nothing a customer sees: it records nothing.`,
      );
  }
}
