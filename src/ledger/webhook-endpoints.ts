import { sql, type Selectable } from 'kysely';
import type { BookingChangeModel, FeedPosition } from '../domain/changes.js';
import type { LedgerDb } from './connect.js';
import type { LedgerTables } from './schema.js';

export interface EndpointState {
  readonly id: string;
  readonly position: FeedPosition;
  readonly disabledAt: Date | null;
  readonly disabledReason: string | null;
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly lastAttemptAt: Date | null;
  readonly lastDeliveredAt: Date | null;
  readonly pending: number;
  /** When the oldest change still waiting for this endpoint happened (its lag). */
  readonly oldestPendingAt: Date | null;
  readonly dead: number;
}

const date = (text: string | null) => (text ? new Date(text) : null);

const toState = (
  row: Selectable<LedgerTables['webhook_endpoint']>,
  counts: { pending: number; dead: number; oldest: string | null },
): EndpointState => ({
  id: row.id,
  position: { tx: Number(row.position_tx), seq: Number(row.position_seq) },
  disabledAt: date(row.disabled_at),
  disabledReason: row.disabled_reason,
  lastStatus: row.last_status,
  lastError: row.last_error,
  lastAttemptAt: date(row.last_attempt_at),
  lastDeliveredAt: date(row.last_delivered_at),
  pending: counts.pending,
  oldestPendingAt: date(counts.oldest),
  dead: counts.dead,
});

/** Endpoints' places in the feed: created once, moved as changes are taken into deliveries. */
export function endpointWrites(db: LedgerDb) {
  return {
    /** Registers an endpoint at `start` (a new endpoint gets what comes next, not the whole history). */
    async ensureEndpoint(id: string, start: FeedPosition): Promise<void> {
      await db
        .insertInto('webhook_endpoint')
        .values({ id, position_tx: start.tx, position_seq: start.seq })
        .onConflict(oc => oc.column('id').doNothing())
        .execute();
    },

    /** Takes changes into deliveries and moves the endpoint's position past them, in one transaction. */
    async enqueue(
      trx: LedgerDb,
      endpointId: string,
      deliveries: ReadonlyArray<{ change: BookingChangeModel; itemKey: string }>,
      position: FeedPosition,
      at: Date,
    ): Promise<void> {
      if (deliveries.length > 0)
        await trx
          .insertInto('webhook_delivery')
          .values(
            deliveries.map(({ change, itemKey }) => ({
              endpoint_id: endpointId,
              change_id: change.id,
              tx: change.position.tx,
              seq: change.position.seq,
              item_key: itemKey,
              state: 'PENDING',
              window_from: change.recordedAt.toISOString(),
              next_attempt_at: at.toISOString(),
            })),
          )
          .onConflict(oc => oc.columns(['endpoint_id', 'change_id']).doNothing())
          .execute();
      await trx
        .updateTable('webhook_endpoint')
        .set({ position_tx: position.tx, position_seq: position.seq })
        .where('id', '=', endpointId)
        .execute();
    },

    async disable(endpointId: string, at: Date, reason: string): Promise<void> {
      await db
        .updateTable('webhook_endpoint')
        .set({ disabled_at: at.toISOString(), disabled_reason: reason })
        .where('id', '=', endpointId)
        .execute();
    },
  };
}

/** An endpoint's state for operators: position, last attempt, what waits and what was given up. */
export function endpointReads(db: LedgerDb) {
  return {
    async state(endpointId: string): Promise<EndpointState | null> {
      const row = await db
        .selectFrom('webhook_endpoint')
        .selectAll()
        .where('id', '=', endpointId)
        .executeTakeFirst();
      if (!row) return null;
      const counts = await db
        .selectFrom('webhook_delivery')
        .select(eb => [
          eb.fn.sum<number | string | null>(sql`case when state = 'PENDING' then 1 else 0 end`).as('pending'),
          eb.fn.sum<number | string | null>(sql`case when state = 'DEAD' then 1 else 0 end`).as('dead'),
          eb.fn.min<string | null>(sql`case when state = 'PENDING' then window_from end`).as('oldest'),
        ])
        .where('endpoint_id', '=', endpointId)
        .executeTakeFirst();
      return toState(row, {
        pending: Number(counts?.pending ?? 0),
        dead: Number(counts?.dead ?? 0),
        oldest: counts?.oldest ?? null,
      });
    },
  };
}
