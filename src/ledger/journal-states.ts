/**
 * The cancellation journal's state machine, as data: every state, and the moves out of it.
 * `transition()` refuses any move not listed here, so a wrong move fails loudly instead of
 * corrupting the record of whether money moved.
 *
 * - RECEIVED: the idempotency key is claimed; nothing has been sent.
 * - SENT: the provider call is (or may be) in flight. Its lock is never taken over.
 * - SUCCEEDED / REFUSED: the provider's answer, on record.
 * - UNKNOWN: the answer was lost; a read settles it (a same-key retry or the reconciler).
 * - ANSWERED: settled without a provider call (an early refusal from a fresh read).
 * - NOT_SENT: given up, certainly unsent (or read back as not cancelled): a same-key retry may start again.
 */
export const JOURNAL_TRANSITIONS = {
  RECEIVED: ['SENT', 'ANSWERED', 'NOT_SENT'],
  SENT: ['SUCCEEDED', 'REFUSED', 'UNKNOWN', 'NOT_SENT'],
  UNKNOWN: ['SUCCEEDED', 'NOT_SENT', 'RECEIVED'],
  NOT_SENT: ['RECEIVED'],
  SUCCEEDED: [],
  REFUSED: [],
  ANSWERED: [],
} as const satisfies Record<string, readonly string[]>;

export type JournalState = keyof typeof JOURNAL_TRANSITIONS;
export const JOURNAL_STATES = Object.keys(JOURNAL_TRANSITIONS) as JournalState[];

/** Settled: the answer is on record (NOT_SENT may still be taken up again by a same-key retry). */
export const TERMINAL_STATES: readonly JournalState[] = ['SUCCEEDED', 'REFUSED', 'ANSWERED', 'NOT_SENT'];

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
  constructor(from: string, to: string) {
    super(`The cancellation journal cannot move from ${from} to ${to}.`);
  }
}

export function canMove(from: JournalState, to: JournalState): boolean {
  return (JOURNAL_TRANSITIONS[from] as readonly JournalState[]).includes(to);
}

/** Throws unless every `from` may move to `to`: a programming error, never a runtime condition. */
export function assertMoves(from: readonly JournalState[], to: JournalState): void {
  for (const state of from) if (!canMove(state, to)) throw new IllegalTransitionError(state, to);
}
