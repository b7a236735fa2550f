import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';

/**
 * Kysely's SQLite driver prepares every statement it runs; preparing cost more than running the
 * ownership lookup on every read. The same SQL text gets the same prepared statement here. Bounded,
 * because `IN (…)` lists of other lengths are other texts. A statement still being iterated (a
 * streamed select) is busy and cannot be reused, so it gets a fresh one.
 */
export function cachingStatements(database: BetterSqlite3.Database, max = 256): SqliteDatabase {
  const statements = new LRUCache<string, BetterSqlite3.Statement>({ max });
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sql);
      if (!cached) statements.set(sql, statement);
      return statement;
    },
  };
}
