// 0008_provider_snapshots moves Bókun's booking snapshots (`bokun_booking`, 0001) into the
// provider-neutral `provider_snapshot`: a ledger written before it reads the same afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/ledger/index.js';
import { migrationProvider } from '../../../src/ledger/migrations/index.js';
import { createPostgresSchema, LEDGER_BACKENDS } from '../../helpers/ledgers.js';

const SNAPSHOT = { title: 'Glacier walk', price: { amountMinor: 12000, currency: 'ISK' } };
const CANCELLED_AT = '2030-01-02T03:04:05.000Z';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A migrator on `db`; on PostgreSQL its own tables in the test's schema, as the ledger's are. */
async function migrator(db: Kysely<unknown>, backend: 'sqlite' | 'postgres'): Promise<Migrator> {
  const schema =
    backend === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/** A database at the given backend, its ledger options, and a raw Kysely handle on it. */
async function database(backend: 'sqlite' | 'postgres') {
  if (backend === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'og-0008-'));
    cleanups.push(() => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
    const raw = () =>
      new Kysely<unknown>({
        dialect: new SqliteDialect({ database: new BetterSqlite3(join(dataDir, 'ledger.sqlite')) }),
      });
    return { options: { databaseUrl: null, dataDir }, raw };
  }
  const schema = await createPostgresSchema();
  cleanups.push(() => schema.drop());
  const raw = () =>
    new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: schema.url, max: 1 }) }),
    });
  return { options: { databaseUrl: schema.url, dataDir: ':memory:' }, raw };
}

describe.each(LEDGER_BACKENDS)('0008_provider_snapshots on $name', ({ name, skip }) => {
  it.skipIf(skip)('moves every Bókun snapshot over, cancellation and all, and back down', async () => {
    const { options, raw } = await database(name);
    const before = raw();
    // The ledger as 0007 left it, with two bookings in the old table.
    expect((await (await migrator(before, name)).migrateTo('0007_webhooks')).error).toBeUndefined();
    await sql`insert into bokun_booking (confirmation_code, snapshot, cancelled_at, cancellation) values
      ('BK-1', ${JSON.stringify(SNAPSHOT)}, null, null),
      ('BK-2', ${JSON.stringify(SNAPSHOT)}, ${CANCELLED_AT}, ${JSON.stringify({ refundMinor: 0 })})`.execute(
      before,
    );
    await before.destroy();

    const ledger = await openLedger(options);
    expect(await ledger.snapshots.get('BOKUN', 'BK-1')).toEqual({
      snapshot: SNAPSHOT,
      cancelledAt: null,
      cancellation: null,
    });
    expect(await ledger.snapshots.get('BOKUN', 'BK-2')).toEqual({
      snapshot: SNAPSHOT,
      cancelledAt: new Date(CANCELLED_AT),
      cancellation: { refundMinor: 0 },
    });
    expect(await ledger.snapshots.get('IMIN', 'BK-1')).toBeNull();
    await ledger.close();

    const after = raw();
    // Down to 0007 again, through 0008's own down (later migrations first).
    expect((await (await migrator(after, name)).migrateTo('0007_webhooks')).error).toBeUndefined();
    const rows = await sql<{ confirmation_code: string; cancelled_at: string | null }>`
      select confirmation_code, cancelled_at from bokun_booking order by confirmation_code`.execute(after);
    expect(rows.rows).toEqual([
      { confirmation_code: 'BK-1', cancelled_at: null },
      { confirmation_code: 'BK-2', cancelled_at: CANCELLED_AT },
    ]);
    await after.destroy();
  });
});
