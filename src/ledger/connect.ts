import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { LedgerTables } from './schema.js';

export type LedgerDb = Kysely<LedgerTables>;

export interface LedgerConnection {
  readonly db: LedgerDb;
  readonly backend: 'sqlite' | 'postgres';
  readonly location: string;
  /** The PostgreSQL pool, shared with state other replicas must see too (the rate limiter). */
  readonly pool: pg.Pool | null;
}

/** PostgreSQL when a URL is given (several replicas share it), else an embedded SQLite file (WAL). */
export async function connectLedger(options: {
  databaseUrl: string | null;
  dataDir: string;
}): Promise<LedgerConnection> {
  const connection = options.databaseUrl ? postgres(options.databaseUrl) : sqlite(options.dataDir);
  const { error } = await new Migrator({ db: connection.db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await connection.db.destroy();
    throw error instanceof Error ? error : new Error('Ledger migration failed.');
  }
  return connection;
}

function postgres(url: string): LedgerConnection {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    db: new Kysely<LedgerTables>({ dialect: new PostgresDialect({ pool }) }),
    backend: 'postgres',
    location: 'postgres',
    pool,
  };
}

function sqlite(dataDir: string): LedgerConnection {
  const location = dataDir === ':memory:' ? ':memory:' : join(dataDir, 'ledger.sqlite');
  if (location !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(location);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return {
    db: new Kysely<LedgerTables>({ dialect: new SqliteDialect({ database }) }),
    backend: 'sqlite',
    location,
    pool: null,
  };
}
