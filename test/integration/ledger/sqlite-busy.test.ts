import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LedgerUnavailableError, openLedger } from '../../../src/ledger/index.js';

const REQUEST = {
  customerId: 'alice',
  idempotencyKey: 'busy-1',
  fingerprint: 'f',
  provider: 'IMIN' as const,
  orderRef: 'o',
  itemRef: 'i',
};

describe('SQLite ledger with its file write-locked by another process (SQLITE_BUSY)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-busy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a write waits the busy timeout, then fails alone with a typed LedgerUnavailableError; reads go on', async () => {
    const ledger = await openLedger({
      databaseUrl: null,
      dataDir: dir,
      timeouts: { connectTimeoutMs: 1_000, statementTimeoutMs: 300, idleInTransactionTimeoutMs: 1_000 },
    });
    const other = new BetterSqlite3(join(dir, 'ledger.sqlite'));
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      const claim = ledger.journal.claim(REQUEST, new Date());
      await expect(claim).rejects.toBeInstanceOf(LedgerUnavailableError);
      const waited = performance.now() - started;
      expect(waited).toBeGreaterThanOrEqual(250);
      expect(waited).toBeLessThan(3_000);
      // WAL: readers are not blocked by the other writer.
      await expect(ledger.ping()).resolves.toBeUndefined();
      other.exec('ROLLBACK');
      // Once the other writer is gone, the same write goes through.
      await expect(ledger.journal.claim(REQUEST, new Date())).resolves.toMatchObject({ kind: 'claimed' });
    } finally {
      other.close();
      await ledger.close();
    }
  });
});
