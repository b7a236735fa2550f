import type { ChangeInput } from '../domain/changes.js';
import type { FeedSignal } from './feed-signal.js';
import type { LedgerDb } from './connect.js';
import { newEntryRow, toEntry, type ClaimRequest, type JournalEntry } from './journal-entry.js';
import { assertMoves, TERMINAL_STATES, type JournalState } from './journal-states.js';

export type { ClaimRequest, JournalEntry } from './journal-entry.js';
import { createOrderLocks } from './order-locks.js';
import { batchClaims } from './journal-batches.js';

export { batchEntryKey, type BatchClaimRequest } from './journal-batches.js';

export { JOURNAL_STATES, JOURNAL_TRANSITIONS, TERMINAL_STATES, type JournalState } from './journal-states.js';

export interface TransitionPatch {
  readonly providerRequestId?: string | null;
  readonly responseSnapshot?: string | null;
  readonly nextCheckAt?: Date | null;
  readonly countAttempt?: boolean;
  /** The process taking the entry on (set when it moves to RECEIVED or SENT). */
  readonly holderInstance?: string;
  /**
   * The booking's changes this move causes (journal-states.ts says which moves have them): appended
   * to the feed in the same transaction, and only if the move happens.
   */
  readonly changes?: readonly ChangeInput[];
  /** Other ledger writes that belong to this move (the notes reads complete the answer with), in its transaction. */
  readonly alongside?: (trx: LedgerDb) => Promise<void>;
}

/** Where the journal's moves write their changes: the feed, and the signal that tells followers. */
export interface JournalFeed {
  append(trx: LedgerDb, changes: readonly ChangeInput[], at: Date): Promise<void>;
  readonly signal: FeedSignal;
}

/** Idempotency claims: one entry per (customer, key), found by its id afterwards. */
function idempotencyClaims(db: LedgerDb) {
  return {
    async byId(id: string): Promise<JournalEntry | null> {
      const row = await db
        .selectFrom('cancellation_journal')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toEntry(row) : null;
    },

    /** Claims `(customer, key)` atomically: exactly one concurrent caller gets `claimed`. */
    async claim(
      request: ClaimRequest,
      at: Date,
      holderInstance: string | null = null,
    ): Promise<{ kind: 'claimed' | 'existing'; entry: JournalEntry }> {
      const now = at.toISOString();
      const inserted = await db
        .insertInto('cancellation_journal')
        .values(newEntryRow(request, now, holderInstance))
        .onConflict(oc => oc.columns(['customer_id', 'idempotency_key']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { kind: 'claimed', entry: toEntry(inserted) };
      const existing = await db
        .selectFrom('cancellation_journal')
        .selectAll()
        .where('customer_id', '=', request.customerId)
        .where('idempotency_key', '=', request.idempotencyKey)
        .executeTakeFirstOrThrow();
      return { kind: 'existing', entry: toEntry(existing) };
    },
  };
}

/** The compare-and-set itself: moves the entry only if it is still in one of `from`. */
async function update(
  db: LedgerDb,
  id: string,
  from: readonly JournalState[],
  to: JournalState,
  at: Date,
  patch: TransitionPatch,
): Promise<boolean> {
  const result = await db
    .updateTable('cancellation_journal')
    .set(eb => ({
      state: to,
      updated_at: at.toISOString(),
      ...(patch.providerRequestId !== undefined ? { provider_request_id: patch.providerRequestId } : {}),
      ...(patch.responseSnapshot !== undefined ? { response_snapshot: patch.responseSnapshot } : {}),
      ...(patch.nextCheckAt !== undefined ? { next_check_at: patch.nextCheckAt?.toISOString() ?? null } : {}),
      ...(patch.countAttempt ? { attempts: eb('attempts', '+', 1) } : {}),
      ...(patch.holderInstance !== undefined ? { holder_instance: patch.holderInstance } : {}),
    }))
    .where('id', '=', id)
    .where('state', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One entry's move, with its changes and other writes, inside the caller's transaction (or none). */
async function moveOne(
  trx: LedgerDb,
  feed: JournalFeed,
  { id, patch }: { readonly id: string; readonly patch: TransitionPatch },
  from: readonly JournalState[],
  to: JournalState,
  at: Date,
): Promise<boolean> {
  const moved = await update(trx, id, from, to, at, patch);
  if (moved && patch.changes?.length) await feed.append(trx, patch.changes, at);
  if (moved) await patch.alongside?.(trx);
  return moved;
}

/** Rolls back a `transitionAll` one of whose entries had moved on. */
class NotAllMoved extends Error {}

/** The state machine's moves (journal-states.ts), each a compare-and-set. */
function stateMoves(db: LedgerDb, feed: JournalFeed) {
  return {
    /**
     * Compare-and-set: moves the entry only if it is still in one of `from`; false when it was not.
     * Throws `IllegalTransitionError` for a move the state machine does not have (journal-states.ts).
     */
    async transition(
      id: string,
      from: readonly JournalState[],
      to: JournalState,
      at: Date,
      patch: TransitionPatch = {},
    ): Promise<boolean> {
      const changes = patch.changes ?? null;
      assertMoves(from, to, changes?.length ?? null);
      const move = (trx: LedgerDb) => moveOne(trx, feed, { id, patch }, from, to, at);
      if (!changes?.length && !patch.alongside) return move(db);
      const moved = await db.transaction().execute(move);
      if (moved) feed.signal.raise();
      return moved;
    },

    /**
     * Several entries make the same move together, or none does (one transaction): the entries of
     * one provider call going SENT before it is made. False when any of them was not in `from`.
     */
    async transitionAll(
      moves: ReadonlyArray<{ readonly id: string; readonly patch: TransitionPatch }>,
      from: readonly JournalState[],
      to: JournalState,
      at: Date,
    ): Promise<boolean> {
      for (const { patch } of moves) assertMoves(from, to, patch.changes?.length ?? null);
      const moved = await db
        .transaction()
        .execute(async trx => {
          for (const one of moves)
            if (!(await moveOne(trx, feed, one, from, to, at))) throw new NotAllMoved();
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof NotAllMoved) return false;
          throw error;
        });
      if (moved) feed.signal.raise();
      return moved;
    },

    /** Not a move: when an entry still in `state` is next due for a check (the reconciler's backoff). */
    async reschedule(id: string, state: JournalState, at: Date, nextCheckAt: Date): Promise<boolean> {
      const result = await db
        .updateTable('cancellation_journal')
        .set({ updated_at: at.toISOString(), next_check_at: nextCheckAt.toISOString() })
        .where('id', '=', id)
        .where('state', '=', state)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

/** What is not settled yet: for operators (list, alert) and the reconciler (what is due). */
function unsettledEntries(db: LedgerDb) {
  return {
    /** Lists entries by state, newest first (operators: what is unsettled). */
    async byState(states: readonly JournalState[], limit = 100): Promise<JournalEntry[]> {
      const rows = await db
        .selectFrom('cancellation_journal')
        .selectAll()
        .where('state', 'in', states)
        .orderBy('updated_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },

    /** How many entries are not terminal, and when the oldest was created (operators' alert). */
    async unsettledSummary(): Promise<{ count: number; oldest: Date | null }> {
      const row = await db
        .selectFrom('cancellation_journal')
        .select(eb => [eb.fn.countAll<string | number>().as('count'), eb.fn.min('created_at').as('oldest')])
        .where('state', 'not in', TERMINAL_STATES)
        .executeTakeFirst();
      return { count: Number(row?.count ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
    },

    /** Entries not yet terminal whose next check is due (or never scheduled). */
    async unsettled(at: Date, limit = 100): Promise<JournalEntry[]> {
      const rows = await db
        .selectFrom('cancellation_journal')
        .selectAll()
        .where('state', 'not in', TERMINAL_STATES)
        .where(eb => eb.or([eb('next_check_at', 'is', null), eb('next_check_at', '<=', at.toISOString())]))
        .orderBy('updated_at')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },
  };
}

/** The cancellation journal: idempotency claims, their moves, what is unsettled, and the per-order locks. */
export function createJournal(db: LedgerDb, feed: JournalFeed) {
  return {
    ...idempotencyClaims(db),
    ...batchClaims(db),
    ...stateMoves(db, feed),
    ...unsettledEntries(db),
    ...createOrderLocks(db),
  };
}

export type Journal = ReturnType<typeof createJournal>;
