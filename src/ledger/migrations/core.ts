import { sql, type Kysely, type Migration } from 'kysely';

// SQLite adds one column per ALTER TABLE.
const ITEM_NOTE_0005 = [
  ['refund_minor', 'integer'],
  ['refund_currency', 'text'],
  ['fee_minor', 'integer'],
  ['fee_currency', 'text'],
  ['refusal_manual', 'integer'],
] as const;

/** The gateway's own state before the change feed: ownership, Bókun snapshots, the journal, notes. */
export const coreMigrations: Record<string, Migration> = {
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
};
