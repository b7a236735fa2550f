import type { MigrationProvider } from 'kysely';
import { coreMigrations } from './core.js';
import { feedMigrations } from './feed.js';
import { providerSnapshots } from './0008_provider_snapshots.js';
import { cancellationBatches } from './0009_cancellation_batches.js';

/**
 * One migration set for SQLite and PostgreSQL: only portable types (text, integer, bigint), with a
 * branch on the dialect where a column must differ (the feed's sequence). Kysely runs them in name
 * order; a migration is never edited once it has shipped: a change is a new one.
 */
const migrations = {
  ...coreMigrations,
  ...feedMigrations,
  '0008_provider_snapshots': providerSnapshots,
  '0009_cancellation_batches': cancellationBatches,
};

export const migrationProvider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
