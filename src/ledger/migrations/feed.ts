import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * The watcher's schedule: one row per tracked order, due at `next_check_at`, leased by the replica
 * checking it. Orders registered before the feed existed are due at once.
 */
async function createWatches(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('booking_watch')
    .addColumn('provider', 'text', c => c.notNull())
    .addColumn('order_ref', 'text', c => c.notNull())
    .addColumn('next_check_at', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_checked_at', 'text')
    .addColumn('failures', 'integer', c => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('booking_watch_pk', ['provider', 'order_ref'])
    .execute();
  await db.schema
    .createIndex('booking_watch_due')
    .on('booking_watch')
    .columns(['provider', 'next_check_at'])
    .execute();
  await sql`insert into booking_watch (provider, order_ref, next_check_at)
    select provider, provider_reference, registered_at from order_ownership`.execute(db);
}

/** The change feed, the watcher's schedule, and webhook delivery. */
export const feedMigrations: Record<string, Migration> = {
  '0006_booking_changes': {
    async up(db: Kysely<unknown>) {
      // The feed's order: `seq` from the database's own counter; `tx` is the writing transaction's id on
      // PostgreSQL (readers stop below the oldest transaction still running: see ledger/changes.ts).
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      await db.schema
        .createTable('booking_change')
        .addColumn('seq', postgres ? 'bigint' : 'integer', c =>
          postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('tx', 'bigint', c => c.notNull().defaultTo(0))
        .addColumn('id', 'text', c => c.notNull().unique())
        .addColumn('provider', 'text', c => c.notNull())
        .addColumn('order_ref', 'text', c => c.notNull())
        .addColumn('item_ref', 'text')
        .addColumn('kind', 'text', c => c.notNull())
        .addColumn('source', 'text', c => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('status_before', 'text')
        .addColumn('status_after', 'text')
        .addColumn('provider_status', 'text')
        .addColumn('refund_state', 'text')
        .addColumn('refund_minor', 'bigint')
        .addColumn('refund_currency', 'text')
        .addColumn('fee_minor', 'bigint')
        .addColumn('fee_currency', 'text')
        .addColumn('provider_message', 'text')
        .addColumn('occurred_at', 'text', c => c.notNull())
        .addColumn('recorded_at', 'text', c => c.notNull())
        .addColumn('correlation_id', 'text')
        .addColumn('journal_id', 'text')
        .execute();
      await db.schema
        .createIndex('booking_change_feed')
        .on('booking_change')
        .columns(['tx', 'seq'])
        .execute();
      await db.schema
        .createIndex('booking_change_item')
        .on('booking_change')
        .columns(['provider', 'order_ref', 'item_ref', 'tx', 'seq'])
        .execute();
      await createWatches(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('booking_watch').execute();
      await db.schema.dropTable('booking_change').execute();
    },
  },
  '0007_webhooks': {
    async up(db: Kysely<unknown>) {
      // A named lease one process holds at a time (a webhook endpoint's delivery worker).
      await db.schema
        .createTable('lease')
        .addColumn('name', 'text', c => c.primaryKey())
        .addColumn('owner', 'text', c => c.notNull())
        .addColumn('expires_at', 'text', c => c.notNull())
        .execute();
      await db.schema
        .createTable('webhook_endpoint')
        .addColumn('id', 'text', c => c.primaryKey())
        .addColumn('position_tx', 'bigint', c => c.notNull())
        .addColumn('position_seq', 'bigint', c => c.notNull())
        .addColumn('disabled_at', 'text')
        .addColumn('disabled_reason', 'text')
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('last_attempt_at', 'text')
        .addColumn('last_delivered_at', 'text')
        .execute();
      await db.schema
        .createTable('webhook_delivery')
        .addColumn('endpoint_id', 'text', c => c.notNull())
        .addColumn('change_id', 'text', c => c.notNull())
        .addColumn('tx', 'bigint', c => c.notNull())
        .addColumn('seq', 'bigint', c => c.notNull())
        .addColumn('item_key', 'text', c => c.notNull())
        .addColumn('state', 'text', c => c.notNull())
        .addColumn('attempts', 'integer', c => c.notNull().defaultTo(0))
        .addColumn('window_from', 'text', c => c.notNull())
        .addColumn('next_attempt_at', 'text', c => c.notNull())
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('finished_at', 'text')
        .addPrimaryKeyConstraint('webhook_delivery_pk', ['endpoint_id', 'change_id'])
        .execute();
      await db.schema
        .createIndex('webhook_delivery_due')
        .on('webhook_delivery')
        .columns(['endpoint_id', 'state', 'tx', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['webhook_delivery', 'webhook_endpoint', 'lease'])
        await db.schema.dropTable(table).execute();
    },
  },
};
