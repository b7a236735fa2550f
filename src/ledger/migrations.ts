import { PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { providerSnapshots } from './migrations/0008_provider_snapshots.js';

// SQLite adds one column per ALTER TABLE.
const ITEM_NOTE_0005 = [
  ['refund_minor', 'integer'],
  ['refund_currency', 'text'],
  ['fee_minor', 'integer'],
  ['fee_currency', 'text'],
  ['refusal_manual', 'integer'],
] as const;

/** One migration set for SQLite and PostgreSQL: only portable types (text, integer). */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('order_ownership')
        .addColumn('id', 'text', c => c.primaryKey())
        .addColumn('customer_id', 'text', c => c.notNull())
        .addColumn('provider', 'text', c => c.notNull())
        .addColumn('provider_reference', 'text', c => c.notNull())
        .addColumn('registered_at', 'text', c => c.notNull())
        .addUniqueConstraint('order_ownership_provider_ref', ['provider', 'provider_reference'])
        .execute();
      await db.schema
        .createIndex('order_ownership_customer')
        .on('order_ownership')
        .columns(['customer_id', 'registered_at', 'id'])
        .execute();
      await db.schema
        .createTable('bokun_booking')
        .addColumn('confirmation_code', 'text', c => c.primaryKey())
        .addColumn('snapshot', 'text', c => c.notNull())
        .addColumn('cancelled_at', 'text')
        .addColumn('cancellation', 'text')
        .execute();
      await db.schema
        .createTable('cancellation_journal')
        .addColumn('id', 'text', c => c.primaryKey())
        .addColumn('customer_id', 'text', c => c.notNull())
        .addColumn('idempotency_key', 'text', c => c.notNull())
        .addColumn('fingerprint', 'text', c => c.notNull())
        .addColumn('provider', 'text', c => c.notNull())
        .addColumn('order_ref', 'text', c => c.notNull())
        .addColumn('item_ref', 'text', c => c.notNull())
        .addColumn('state', 'text', c => c.notNull())
        .addColumn('attempts', 'integer', c => c.notNull().defaultTo(0))
        .addColumn('provider_request_id', 'text')
        .addColumn('response_snapshot', 'text')
        .addColumn('created_at', 'text', c => c.notNull())
        .addColumn('updated_at', 'text', c => c.notNull())
        .addColumn('next_check_at', 'text')
        .addUniqueConstraint('cancellation_journal_customer_key', ['customer_id', 'idempotency_key'])
        .execute();
      await db.schema
        .createIndex('cancellation_journal_state')
        .on('cancellation_journal')
        .columns(['state', 'next_check_at'])
        .execute();
      await db.schema
        .createTable('cancellation_lock')
        .addColumn('lock_key', 'text', c => c.primaryKey())
        .addColumn('journal_id', 'text', c => c.notNull())
        .addColumn('expires_at', 'text', c => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['cancellation_lock', 'cancellation_journal', 'bokun_booking', 'order_ownership']) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
  '0002_booker_fingerprint': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('order_ownership').addColumn('booker_fingerprint', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('order_ownership').dropColumn('booker_fingerprint').execute();
    },
  },
  '0003_gateway_instances': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('gateway_instance')
        .addColumn('id', 'text', c => c.primaryKey())
        .addColumn('started_at', 'text', c => c.notNull())
        .addColumn('heartbeat_at', 'text', c => c.notNull())
        .execute();
      await db.schema.alterTable('cancellation_journal').addColumn('holder_instance', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('cancellation_journal').dropColumn('holder_instance').execute();
      await db.schema.dropTable('gateway_instance').execute();
    },
  },
  '0004_item_notes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('item_note')
        .addColumn('provider', 'text', c => c.notNull())
        .addColumn('order_ref', 'text', c => c.notNull())
        .addColumn('item_ref', 'text', c => c.notNull())
        .addColumn('cancelled_at', 'text')
        .addColumn('refused_at', 'text')
        .addColumn('refusal_message', 'text')
        .addColumn('refusal_until', 'text')
        .addColumn('refusal_fingerprint', 'text')
        .addPrimaryKeyConstraint('item_note_pk', ['provider', 'order_ref', 'item_ref'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('item_note').execute();
    },
  },
  // What an accepted cancel answered (for providers that never state a refund), and whether a
  // refusal was for a manual cancellation. Minor units as integer, currencies as text.
  '0005_item_note_refund': {
    async up(db: Kysely<unknown>) {
      for (const [column, type] of ITEM_NOTE_0005)
        await db.schema.alterTable('item_note').addColumn(column, type).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const [column] of ITEM_NOTE_0005)
        await db.schema.alterTable('item_note').dropColumn(column).execute();
    },
  },
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
    },
    async down(db: Kysely<unknown>) {
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
  // In a file of its own: this one would take the file past its length limit.
  '0008_provider_snapshots': providerSnapshots,
};

export const migrationProvider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
