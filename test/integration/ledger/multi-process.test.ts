import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/ledger/index.js';
import { POSTGRES_URL, createPostgresSchema } from '../../helpers/ledgers.js';

const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

describe.skipIf(POSTGRES_URL === null)('two gateway processes sharing PostgreSQL', () => {
  it('claim each idempotency key and item lock exactly once between them', async () => {
    const schema = await createPostgresSchema();
    try {
      // Migrate once first so both workers race on claims, not on creating tables.
      await (await openLedger({ databaseUrl: schema.url, dataDir: ':memory:' })).close();
      const startAt = String(Date.now() + 4_000);
      const workers = await Promise.all(
        ['a', 'b'].map(name =>
          run(TSX, ['test/helpers/claim-worker.ts', schema.url, '200', name, startAt], { timeout: 60_000 }),
        ),
      );
      const [a, b] = workers.map(w => JSON.parse(w.stdout) as { claimed: string[]; locked: string[] });
      // Each process won some: the race was real, and the database settled it.
      expect(a!.claimed.length).toBeGreaterThan(0);
      expect(b!.claimed.length).toBeGreaterThan(0);
      for (const field of ['claimed', 'locked'] as const) {
        const all = [...a![field], ...b![field]];
        expect(all).toHaveLength(200);
        expect(new Set(all).size).toBe(200);
      }
    } finally {
      await schema.drop();
    }
  }, 90_000);
});

describe('the embedded SQLite ledger', () => {
  it('survives a restart with nothing lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    try {
      const first = await openLedger({ databaseUrl: null, dataDir: dir });
      await first.ownership.register('alice', 'IMIN', 'ref-1', new Date('2030-01-01T00:00:00Z'));
      const { entry } = await first.journal.claim(
        {
          customerId: 'alice',
          idempotencyKey: 'k',
          fingerprint: 'f',
          provider: 'IMIN',
          orderRef: 'ref-1',
          itemRef: 'i',
        },
        new Date('2030-01-01T00:00:00Z'),
      );
      await first.journal.transition(entry.id, ['RECEIVED'], 'SENT', new Date('2030-01-01T00:00:01Z'));
      await first.close();

      const second = await openLedger({ databaseUrl: null, dataDir: dir });
      expect((await second.ownership.find('IMIN', 'ref-1'))?.customerId).toBe('alice');
      expect(await second.journal.byId(entry.id)).toMatchObject({ state: 'SENT', idempotencyKey: 'k' });
      expect(await second.journal.unsettled(new Date('2030-01-01T00:00:02Z'))).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
