import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LedgerUnavailableError, openLedger } from '../../../src/ledger/index.js';

/** A 512 KiB tmpfs to fill; needs mount rights (root on CI), and says so when it cannot have them. */
function mountTiny(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    console.warn('cannot mount a tmpfs here: the SQLite disk-full test is SKIPPED');
    return null;
  }
}

const dir = mountTiny();

describe.skipIf(dir === null)('SQLite ledger on a full disk', () => {
  afterAll(() => {
    if (!dir) return;
    execFileSync('umount', [dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a write that does not fit fails alone with a typed LedgerUnavailableError; reads still answer', async () => {
    const ledger = await openLedger({ databaseUrl: null, dataDir: dir! });
    try {
      const big = 'x'.repeat(16_000);
      let failure: unknown = null;
      for (let i = 0; i < 200 && failure === null; i++) {
        await ledger.journal
          .claim(
            {
              customerId: 'alice',
              idempotencyKey: `full-${i}`,
              fingerprint: big,
              provider: 'IMIN',
              orderRef: 'o',
              itemRef: 'i',
            },
            new Date(),
          )
          .catch((error: unknown) => {
            failure = error;
          });
      }
      expect(failure).toBeInstanceOf(LedgerUnavailableError);
      expect(String((failure as Error).cause)).toMatch(/full|SQLITE_FULL|disk/i);
      await expect(ledger.ping()).resolves.toBeUndefined();
    } finally {
      await ledger.close();
    }
  });
});
