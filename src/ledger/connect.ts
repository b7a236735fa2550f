import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { cachingStatements } from './statement-cache.js';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import type { LedgerTables } from './schema.js';

export type LedgerDb = Kysely<LedgerTables>;

export interface LedgerConnection {
  readonly db: LedgerDb;
  readonly backend: 'sqlite' | 'postgres';
  readonly location: string;
  /** The PostgreSQL pool, shared with state other replicas must see too (the rate limiter). */
  readonly pool: pg.Pool | null;
  /** The PostgreSQL schema the ledger lives in (names its NOTIFY channel); null on SQLite. */
  readonly schema: string | null;
}

/** How long the ledger may wait on its database: nothing on the request path may hang on it. */
export interface LedgerTimeouts {
  readonly connectTimeoutMs: number;
  /** A statement's limit, enforced by the server and, for a network that went silent, by the client. */
  readonly statementTimeoutMs: number;
  readonly idleInTransactionTimeoutMs: number;
}

export const DEFAULT_LEDGER_TIMEOUTS: LedgerTimeouts = {
  connectTimeoutMs: 2_000,
  statementTimeoutMs: 3_000,
  idleInTransactionTimeoutMs: 10_000,
};

/** PostgreSQL when a URL is given (several replicas share it), else an embedded SQLite file (WAL). */
export async function connectLedger(options: {
  databaseUrl: string | null;
  dataDir: string;
  timeouts?: LedgerTimeouts;
  /** Told of a connection lost outside any statement (an idle client's error); never throws. */
  onConnectionError?: (error: Error) => void;
}): Promise<LedgerConnection> {
  const timeouts = options.timeouts ?? DEFAULT_LEDGER_TIMEOUTS;
  const connection = options.databaseUrl
    ? postgres(options.databaseUrl, timeouts, options.onConnectionError ?? (() => undefined))
    : sqlite(options.dataDir, timeouts);
  // Kysely looks for its own migration tables in any schema unless told which: in a database where
  // several schemas hold ledgers (replicas per tenant, tests), it would find another schema's.
  const schema =
    connection.backend === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(connection.db)).rows[0]
          ?.schema
      : undefined;
  const { error } = await new Migrator({
    db: connection.db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  if (error) {
    await connection.db.destroy();
    throw error instanceof Error ? error : new Error('Ledger migration failed.');
  }
  return { ...connection, schema: schema ?? null };
}

type Opened = Omit<LedgerConnection, 'schema'>;

function postgres(url: string, timeouts: LedgerTimeouts, onError: (error: Error) => void): Opened {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    // Server side: a statement, or a transaction left idle, is cancelled by PostgreSQL itself.
    statement_timeout: timeouts.statementTimeoutMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs,
    // Client side: when the network goes silent the server cannot say anything; a little later we give up.
    query_timeout: timeouts.statementTimeoutMs + 500,
    keepAlive: true,
  });
  // An idle client whose connection dies (terminated backend, failover, proxy reset) emits 'error' on
  // the pool; unhandled, that would end the process. The pool drops that client and opens a new one on
  // the next checkout, so reporting it is all there is to do. A busy client's error fails its statement.
  pool.on('error', error => onError(error));
  // A checked-out client between statements has no pool listener: its connection dying would be an
  // unhandled 'error' event too. Every client gets its own listener for the whole of its life.
  pool.on('connect', client => client.on('error', error => onError(error)));
  return {
    db: new Kysely<LedgerTables>({ dialect: new PostgresDialect({ pool }) }),
    backend: 'postgres',
    location: 'postgres',
    pool,
  };
}

function sqlite(dataDir: string, timeouts: LedgerTimeouts): Opened {
  const location = dataDir === ':memory:' ? ':memory:' : join(dataDir, 'ledger.sqlite');
  if (location !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(location);
  database.pragma('journal_mode = WAL');
  // SQLITE_BUSY (another process holds the write lock) waits this long, then fails that statement alone.
  database.pragma(`busy_timeout = ${Math.floor(timeouts.statementTimeoutMs)}`);
  database.pragma('synchronous = NORMAL');
  return {
    db: new Kysely<LedgerTables>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) }),
    backend: 'sqlite',
    location,
    pool: null,
  };
}
