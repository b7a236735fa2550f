import { randomUUID } from 'node:crypto';
import type { LedgerDb } from './connect.js';
import { newEntryRow, toEntry, type ClaimRequest, type JournalEntry } from './journal-entry.js';

/** What a `cancelOrderItems` claim names: one key and fingerprint for the request, its items in order. */
export type BatchClaimRequest = Omit<ClaimRequest, 'itemRef'> & { readonly itemRefs: readonly string[] };

/**
 * The idempotency key of a batch's entry at `position`: the client's own for the first, so a key is
 * taken once whichever mutation used it; ` #n` after it for the rest. Clients' keys are visible ASCII
 * without spaces (validate.ts), so these never collide with one.
 */
export const batchEntryKey = (key: string, position: number): string =>
  position === 0 ? key : `${key} #${position}`;

/** The request's rows: the client's key on the first, a new batch id on all. */
function rowsOf(request: BatchClaimRequest, at: Date, holderInstance: string | null) {
  const now = at.toISOString();
  const batchId = randomUUID();
  const rows = request.itemRefs.map((itemRef, position) => ({
    ...newEntryRow(
      { ...request, itemRef, idempotencyKey: batchEntryKey(request.idempotencyKey, position) },
      now,
      holderInstance,
    ),
    batch_id: batchId,
    batch_position: position,
  }));
  return rows;
}

/** `cancelOrderItems` claims: one entry per item of the request, sharing a batch id. */
export function batchClaims(db: LedgerDb) {
  const byBatch = async (batchId: string): Promise<JournalEntry[]> => {
    const rows = await db
      .selectFrom('cancellation_journal')
      .selectAll()
      .where('batch_id', '=', batchId)
      .orderBy('batch_position')
      .execute();
    return rows.map(toEntry);
  };
  return {
    /**
     * Claims a `cancelOrderItems` request: one entry per item, all in one transaction, sharing a new
     * batch id. `existing` when the key was taken before (by either mutation): its first entry, and
     * its batch's entries when it was a batch.
     */
    async claimBatch(
      request: BatchClaimRequest,
      at: Date,
      holderInstance: string | null = null,
    ): Promise<{ kind: 'claimed' | 'existing'; entries: JournalEntry[] }> {
      const [lead, ...rest] = rowsOf(request, at, holderInstance);
      if (!lead) throw new RangeError('A batch claim names at least one item.');
      const claimed = await db.transaction().execute(async trx => {
        const first = await trx
          .insertInto('cancellation_journal')
          .values(lead)
          .onConflict(oc => oc.columns(['customer_id', 'idempotency_key']).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!first) return null;
        const others = rest.length
          ? await trx.insertInto('cancellation_journal').values(rest).returningAll().execute()
          : [];
        return [first, ...others].map(toEntry);
      });
      if (claimed) return { kind: 'claimed', entries: claimed };
      const existing = await db
        .selectFrom('cancellation_journal')
        .selectAll()
        .where('customer_id', '=', request.customerId)
        .where('idempotency_key', '=', request.idempotencyKey)
        .executeTakeFirstOrThrow();
      const entry = toEntry(existing);
      return { kind: 'existing', entries: entry.batchId ? await byBatch(entry.batchId) : [entry] };
    },

    /** A batch's entries, in request order. */
    byBatch,
  };
}
