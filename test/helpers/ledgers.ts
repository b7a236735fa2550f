import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openLedger, type Ledger } from '../../src/ledger/index.js';

export const POSTGRES_URL = process.env['DATABASE_URL'] ?? null;

if (!POSTGRES_URL) {
  console.warn('DATABASE_URL is not set: the PostgreSQL ledger tests are SKIPPED (SQLite ones still run).');
}

/** The backends every ledger test runs against. */
export const LEDGER_BACKENDS = [
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: POSTGRES_URL === null },
] as const;

/** A fresh PostgreSQL schema, so test files never see each other's rows. */
export async function createPostgresSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = POSTGRES_URL;
  if (!base) throw new Error('DATABASE_URL is not set.');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** An empty ledger of the given backend and a way to dispose of it. */
export async function openTestLedger(
  backend: 'sqlite' | 'postgres',
): Promise<{ ledger: Ledger; url: string | null; dispose(): Promise<void> }> {
  if (backend === 'sqlite') {
    const ledger = await openLedger({ databaseUrl: null, dataDir: ':memory:' });
    return { ledger, url: null, dispose: () => ledger.close() };
  }
  const schema = await createPostgresSchema();
  const ledger = await openLedger({ databaseUrl: schema.url, dataDir: ':memory:' });
  return {
    ledger,
    url: schema.url,
    dispose: async () => {
      await ledger.close();
      await schema.drop();
    },
  };
}
