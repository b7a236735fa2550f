import { sql } from 'kysely';
import type { BookingChangeModel } from '../domain/changes.js';
import { toChange } from './changes.js';
import type { LedgerDb } from './connect.js';
import { endpointReads, endpointWrites } from './webhook-endpoints.js';

export type { EndpointState } from './webhook-endpoints.js';

export type DeliveryState = 'PENDING' | 'DELIVERED' | 'DEAD';

/** One change due to one endpoint, with the change itself (the payload is built from it). */
export interface DueDelivery {
  readonly change: BookingChangeModel;
  readonly attempts: number;
  readonly windowFrom: Date;
}

/** What one attempt came to: the delivery's next state, and the endpoint's record of it. */
export interface AttemptRecord {
  readonly state: DeliveryState;
  readonly at: Date;
  readonly status: number | null;
  readonly error: string | null;
  /** PENDING only: when to try again. */
  readonly nextAttemptAt?: Date;
  /** False when it was given up without sending (its window had passed): nothing else changes. */
  readonly attempted?: boolean;
}

const date = (text: string | null) => (text ? new Date(text) : null);

/** Deliveries: what is due, and what each attempt came to. */
function deliveryReads(db: LedgerDb) {
  return {
    /**
     * PENDING deliveries due now, oldest first, each the first one still pending for its item: a
     * later change to an item waits until the earlier one was delivered or given up on.
     */
    async due(endpointId: string, at: Date, limit: number): Promise<DueDelivery[]> {
      const rows = await db
        .selectFrom('webhook_delivery as d')
        .innerJoin('booking_change as c', 'c.id', 'd.change_id')
        .selectAll('c')
        .select(['d.attempts', 'd.window_from'])
        .where('d.endpoint_id', '=', endpointId)
        .where('d.state', '=', 'PENDING')
        .where('d.next_attempt_at', '<=', at.toISOString())
        .where(eb =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('webhook_delivery as e')
                .select('e.change_id')
                .whereRef('e.endpoint_id', '=', 'd.endpoint_id')
                .whereRef('e.item_key', '=', 'd.item_key')
                .where('e.state', '=', 'PENDING')
                .where(sql<boolean>`(e.tx < d.tx or (e.tx = d.tx and e.seq < d.seq))`),
            ),
          ),
        )
        .orderBy('d.tx')
        .orderBy('d.seq')
        .limit(limit)
        .execute();
      return rows.map(row => ({
        change: toChange(row),
        attempts: Number(row.attempts),
        windowFrom: new Date(row.window_from),
      }));
    },

    /** When the next PENDING delivery of the endpoint falls due (the worker sleeps until then). */
    async nextDueAt(endpointId: string): Promise<Date | null> {
      const row = await db
        .selectFrom('webhook_delivery')
        .select(eb => eb.fn.min<string | null>('next_attempt_at').as('next'))
        .where('endpoint_id', '=', endpointId)
        .where('state', '=', 'PENDING')
        .executeTakeFirst();
      return date(row?.next ?? null);
    },
  };
}

/** What each attempt came to, and operators' redelivery of dead letters. */
function deliveryWrites(db: LedgerDb) {
  return {
    /** Records an attempt on the delivery (only while it is still PENDING) and on its endpoint. */
    async recordAttempt(endpointId: string, changeId: string, attempt: AttemptRecord): Promise<void> {
      const at = attempt.at.toISOString();
      const attempted = attempt.attempted ?? true;
      await db.transaction().execute(async trx => {
        await trx
          .updateTable('webhook_delivery')
          .set(eb => ({
            state: attempt.state,
            next_attempt_at: (attempt.nextAttemptAt ?? attempt.at).toISOString(),
            finished_at: attempt.state === 'PENDING' ? null : at,
            ...(attempted
              ? { attempts: eb('attempts', '+', 1), last_status: attempt.status, last_error: attempt.error }
              : {}),
          }))
          .where('endpoint_id', '=', endpointId)
          .where('change_id', '=', changeId)
          .where('state', '=', 'PENDING')
          .execute();
        if (!attempted) return;
        await trx
          .updateTable('webhook_endpoint')
          .set({
            last_status: attempt.status,
            last_error: attempt.error,
            last_attempt_at: at,
            ...(attempt.state === 'DELIVERED' ? { last_delivered_at: at } : {}),
          })
          .where('id', '=', endpointId)
          .execute();
      });
    },

    /** Operators: every dead letter of the endpoint is due again, with a fresh window; the endpoint is on again. */
    async redeliverDead(endpointId: string, at: Date): Promise<number> {
      return db.transaction().execute(async trx => {
        const result = await trx
          .updateTable('webhook_delivery')
          .set({
            state: 'PENDING',
            attempts: 0,
            window_from: at.toISOString(),
            next_attempt_at: at.toISOString(),
            finished_at: null,
          })
          .where('endpoint_id', '=', endpointId)
          .where('state', '=', 'DEAD')
          .executeTakeFirst();
        await trx
          .updateTable('webhook_endpoint')
          .set({ disabled_at: null, disabled_reason: null })
          .where('id', '=', endpointId)
          .execute();
        return Number(result.numUpdatedRows);
      });
    },
  };
}

/** Webhook endpoints' feed positions and their deliveries (the outbox every endpoint reads from). */
export function createWebhookStore(db: LedgerDb) {
  return { ...endpointWrites(db), ...endpointReads(db), ...deliveryReads(db), ...deliveryWrites(db) };
}

export type WebhookStore = ReturnType<typeof createWebhookStore>;
