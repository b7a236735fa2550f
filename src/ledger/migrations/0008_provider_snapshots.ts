import { sql, type Kysely, type Migration } from 'kysely';

/**
 * One snapshot store for every provider that cannot read a booking back, keyed by provider and
 * reference (issue #29). Until now only Bókun kept snapshots, in `bokun_booking`: its rows move over
 * unchanged, under its provider id. Down moves them back.
 */
export const providerSnapshots: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('provider_snapshot')
      .addColumn('provider', 'text', c => c.notNull())
      .addColumn('reference', 'text', c => c.notNull())
      .addColumn('snapshot', 'text', c => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('cancellation', 'text')
      .addPrimaryKeyConstraint('provider_snapshot_pk', ['provider', 'reference'])
      .execute();
    await sql`insert into provider_snapshot (provider, reference, snapshot, cancelled_at, cancellation)
      select 'BOKUN', confirmation_code, snapshot, cancelled_at, cancellation from bokun_booking`.execute(db);
    await db.schema.dropTable('bokun_booking').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .createTable('bokun_booking')
      .addColumn('confirmation_code', 'text', c => c.primaryKey())
      .addColumn('snapshot', 'text', c => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('cancellation', 'text')
      .execute();
    await sql`insert into bokun_booking (confirmation_code, snapshot, cancelled_at, cancellation)
      select reference, snapshot, cancelled_at, cancellation from provider_snapshot
      where provider = 'BOKUN'`.execute(db);
    await db.schema.dropTable('provider_snapshot').execute();
  },
};
