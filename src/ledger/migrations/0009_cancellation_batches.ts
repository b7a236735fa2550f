import type { Kysely, Migration } from 'kysely';

/**
 * `cancelOrderItems` (issue #32): one request, one idempotency key, one journal entry per item. The
 * entries of one request share a `batch_id` (which also holds the order's lock while they run) and
 * keep their place in the request (`batch_position`, from 0), so a same-key retry answers in request
 * order. Single-item cancels leave both null.
 */
export const cancellationBatches: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('cancellation_journal').addColumn('batch_id', 'text').execute();
    await db.schema.alterTable('cancellation_journal').addColumn('batch_position', 'integer').execute();
    await db.schema
      .createIndex('cancellation_journal_batch')
      .on('cancellation_journal')
      .columns(['batch_id', 'batch_position'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('cancellation_journal_batch').execute();
    await db.schema.alterTable('cancellation_journal').dropColumn('batch_position').execute();
    await db.schema.alterTable('cancellation_journal').dropColumn('batch_id').execute();
  },
};
