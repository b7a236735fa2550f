import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type {
  BookingChangeModel,
  ChangeInput,
  ChangeKind,
  ChangeSource,
  FeedPosition,
} from '../domain/changes.js';
import type { MoneyModel } from '../domain/money.js';
import type { OrderItemStatus, OrderRef } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import type { RefundState } from '../domain/refund.js';
import type { LedgerDb } from './connect.js';
import type { LedgerTables } from './schema.js';

type Row = Selectable<LedgerTables['booking_change']>;

const money = (minor: number | string | null, currency: string | null): MoneyModel | null =>
  minor === null || currency === null ? null : { amountMinor: Number(minor), currency };

export const toChange = (row: Row): BookingChangeModel => ({
  id: row.id,
  position: { tx: Number(row.tx), seq: Number(row.seq) },
  provider: row.provider as ProviderId,
  orderRef: row.order_ref,
  itemRef: row.item_ref,
  kind: row.kind as ChangeKind,
  source: row.source as ChangeSource,
  actor: row.actor,
  statusBefore: row.status_before as OrderItemStatus | null,
  statusAfter: row.status_after as OrderItemStatus | null,
  providerStatus: row.provider_status,
  refundState: row.refund_state as RefundState | null,
  refund: money(row.refund_minor, row.refund_currency),
  fee: money(row.fee_minor, row.fee_currency),
  providerMessage: row.provider_message,
  occurredAt: new Date(row.occurred_at),
  recordedAt: new Date(row.recorded_at),
  correlationId: row.correlation_id,
  journalId: row.journal_id,
});

export interface FeedPage {
  readonly changes: readonly BookingChangeModel[];
  /**
   * Committed changes past the page that a reader may not take yet: a transaction older than theirs
   * is still open and may still add changes that sort before them. Read again shortly.
   */
  readonly heldBack: boolean;
}

/** The PostgreSQL channel that says "the feed advanced"; one per schema, as schemas hold separate ledgers. */
export const feedChannel = (schema: string): string => `booking_changes_${schema}`.slice(0, 63);

/** The id of the oldest transaction still running: every transaction below it has ended. */
const OLDEST_OPEN = sql`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

const after = (position: FeedPosition) =>
  sql<boolean>`(tx > ${position.tx} or (tx = ${position.tx} and seq > ${position.seq}))`;

/** Appending changes, inside the transaction of the state move that causes them. */
function changeWrites(postgres: boolean, channel: string) {
  return {
    /**
     * Appends changes inside the caller's transaction, so a change exists exactly when the state move
     * that causes it does. On PostgreSQL, replicas are told on commit (NOTIFY is transactional).
     */
    async append(trx: LedgerDb, changes: readonly ChangeInput[], at: Date): Promise<void> {
      if (changes.length === 0) return;
      await trx
        .insertInto('booking_change')
        .values(
          changes.map(change => ({
            ...(postgres ? { tx: sql<string>`pg_current_xact_id()::text::bigint` } : {}),
            id: randomUUID(),
            provider: change.provider,
            order_ref: change.orderRef,
            item_ref: change.itemRef,
            kind: change.kind,
            source: change.source,
            actor: change.actor,
            status_before: change.statusBefore,
            status_after: change.statusAfter,
            provider_status: change.providerStatus,
            refund_state: change.refundState,
            refund_minor: change.refund?.amountMinor ?? null,
            refund_currency: change.refund?.currency ?? null,
            fee_minor: change.fee?.amountMinor ?? null,
            fee_currency: change.fee?.currency ?? null,
            provider_message: change.providerMessage,
            occurred_at: change.occurredAt.toISOString(),
            recorded_at: at.toISOString(),
            correlation_id: change.correlationId,
            journal_id: change.journalId,
          })),
        )
        .execute();
      if (postgres) await sql`select pg_notify(${channel}, '')`.execute(trx);
    },
  };
}

/** Reading the feed in order, and where it ends. */
function feedReads(db: LedgerDb, postgres: boolean) {
  return {
    /** The next changes after `position`, oldest first, never past a change that could still appear before them. */
    async after(position: FeedPosition, limit: number): Promise<FeedPage> {
      // Rows sort by tx, and held rows (tx at or past the oldest open transaction) sort after every
      // row that is not held: the page is the prefix before the first held row.
      const rows = await db
        .selectFrom('booking_change')
        .selectAll()
        .select((postgres ? sql<boolean>`tx >= ${OLDEST_OPEN}` : sql<boolean>`0`).as('held'))
        .where(after(position))
        .orderBy('tx')
        .orderBy('seq')
        .limit(limit)
        .execute();
      const firstHeld = rows.findIndex(row => Boolean(row.held));
      const ready = firstHeld === -1 ? rows : rows.slice(0, firstHeld);
      return { changes: ready.map(toChange), heldBack: firstHeld !== -1 };
    },

    /**
     * Where a reader that wants only what comes next starts: the last change it could have read now.
     * (Not the newest row: a change held back behind an open transaction would then be skipped.)
     */
    async head(): Promise<FeedPosition> {
      let query = db.selectFrom('booking_change').select(['tx', 'seq']);
      if (postgres) query = query.where(sql<boolean>`tx < ${OLDEST_OPEN}`);
      const row = await query.orderBy('tx', 'desc').orderBy('seq', 'desc').limit(1).executeTakeFirst();
      return row ? { tx: Number(row.tx), seq: Number(row.seq) } : { tx: 0, seq: 0 };
    },
  };
}

/** One booking's changes: an item's history, and what the feed last knew of each item. */
function bookingReads(db: LedgerDb) {
  return {
    /** One item's changes (with its order's own, such as the registration), oldest first. */
    async forItem(
      key: { provider: ProviderId; orderRef: string; itemRef: string },
      page: { first: number; after: FeedPosition | null },
    ): Promise<{ changes: BookingChangeModel[]; hasNextPage: boolean }> {
      let query = db
        .selectFrom('booking_change')
        .selectAll()
        .where('provider', '=', key.provider)
        .where('order_ref', '=', key.orderRef)
        .where(eb => eb.or([eb('item_ref', '=', key.itemRef), eb('item_ref', 'is', null)]));
      if (page.after) query = query.where(after(page.after));
      const rows = await query
        .orderBy('tx')
        .orderBy('seq')
        .limit(page.first + 1)
        .execute();
      return { changes: rows.slice(0, page.first).map(toChange), hasNextPage: rows.length > page.first };
    },

    /** The latest change of each item of an order (what the feed last knew of it), read in `trx` when given. */
    async latestByItem(order: OrderRef, trx: LedgerDb = db): Promise<Map<string, BookingChangeModel>> {
      const rows = await trx
        .selectFrom('booking_change')
        .selectAll()
        .where('provider', '=', order.provider)
        .where('order_ref', '=', order.orderRef)
        .where('item_ref', 'is not', null)
        .orderBy('tx', 'desc')
        .orderBy('seq', 'desc')
        .limit(500)
        .execute();
      const latest = new Map<string, BookingChangeModel>();
      for (const row of rows)
        if (row.item_ref && !latest.has(row.item_ref)) latest.set(row.item_ref, toChange(row));
      return latest;
    },
  };
}

/**
 * The change feed: append-only, read in (tx, seq) order. Why not "seq > N" alone: on PostgreSQL a
 * sequence value taken in one transaction can become visible after a higher one from another, and a
 * reader paging by seq would skip it for good. Every row carries its transaction's id, and readers
 * take only rows whose transaction is older than the oldest one still running
 * (`pg_snapshot_xmin`): those are complete, and anything written later sorts after them. SQLite has
 * one writer at a time, so commit order is seq order and `tx` stays 0.
 */
export function createChangeStore(db: LedgerDb, backend: 'sqlite' | 'postgres', channel: string) {
  const postgres = backend === 'postgres';
  return { ...changeWrites(postgres, channel), ...feedReads(db, postgres), ...bookingReads(db) };
}

export type ChangeStore = ReturnType<typeof createChangeStore>;
