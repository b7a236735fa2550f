import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/ledger/index.js';
import { POSTGRES_URL, createPostgresSchema } from '../../helpers/ledgers.js';

const TSX = join('node_modules', '.bin', 'tsx');

interface Claims {
  claimed: string[];
  locked: string[];
}

/** A second process with its own ledger connection; claims start when `go` is called. */
function runWorker(url: string, name: string) {
  const child = spawn(TSX, ['test/helpers/claim-worker.ts', url, '200', name], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const ready = new Promise<void>(resolve =>
    child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve()),
  );
  const result = new Promise<Claims>((resolve, reject) =>
    child.on('exit', code =>
      code === 0 ? resolve(JSON.parse(stdout) as Claims) : reject(new Error(`worker ${name} exited ${code}`)),
    ),
  );
  return { ready, result, go: () => child.stdin.end('go\n') };
}

describe.skipIf(POSTGRES_URL === null)('two gateway processes sharing PostgreSQL', () => {
  it('claim each idempotency key and item lock exactly once between them', async () => {
    const schema = await createPostgresSchema();
    try {
      // Migrate once first so both workers race on claims, not on creating tables.
      await (await openLedger({ databaseUrl: schema.url, dataDir: ':memory:' })).close();
      const workers = ['a', 'b'].map(name => runWorker(schema.url, name));
      await Promise.all(workers.map(w => w.ready));
      for (const w of workers) w.go();
      const [a, b] = await Promise.all(workers.map(w => w.result));
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
      await first.journal.transition(entry.id, ['RECEIVED'], 'SENT', new Date('2030-01-01T00:00:01Z'), {
        changes: [],
      });
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
