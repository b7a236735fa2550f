// Issue #19: every order read looked its owner up in the ledger. A replica now keeps the ownership
// records it has read, which is only right because nothing rewrites one (owner, provider and
// reference are written once) and the one field that moves, the pinned booker, is re-read whenever a
// pin loses. These tests run two ledgers ("replicas") on one database, on each backend.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectLedger } from '../../../src/ledger/connect.js';
import { openLedger, type Ledger } from '../../../src/ledger/index.js';
import { cachingOwnership } from '../../../src/ledger/ownership-cache.js';
import { createOwnershipStore } from '../../../src/ledger/ownership.js';
import { createBookerCheck } from '../../../src/services/booker-check.js';
import type { OrderModel } from '../../../src/domain/order.js';
import { LEDGER_BACKENDS, createPostgresSchema } from '../../helpers/ledgers.js';

const T0 = new Date('2030-01-01T00:00:00.000Z');
const key = (orderRef: string) => ({ provider: 'IMIN' as const, orderRef });

/** Two ledgers on one database, as two gateway replicas have. */
async function twoReplicas(backend: 'sqlite' | 'postgres') {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ownership-cache-'));
    const a = await openLedger({ databaseUrl: null, dataDir: dir });
    const b = await openLedger({ databaseUrl: null, dataDir: dir });
    return {
      a,
      b,
      dispose: async () => {
        await a.close();
        await b.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = await createPostgresSchema();
  const a = await openLedger({ databaseUrl: schema.url, dataDir: ':memory:' });
  const b = await openLedger({ databaseUrl: schema.url, dataDir: ':memory:' });
  return {
    a,
    b,
    dispose: async () => {
      await a.close();
      await b.close();
      await schema.drop();
    },
  };
}

describe('cachingOwnership', () => {
  it('answers a record it has read without asking the database again, and never remembers a miss', async () => {
    const { db } = await connectLedger({ databaseUrl: null, dataDir: ':memory:' });
    try {
      const inner = createOwnershipStore(db);
      const findMany = vi.spyOn(inner, 'findMany');
      const cached = cachingOwnership(inner);
      await inner.register('alice', 'IMIN', 'known', T0);
      const first = await cached.findMany([key('known'), key('unknown')]);
      expect(first.map(r => r?.customerId ?? null)).toEqual(['alice', null]);
      expect(findMany).toHaveBeenCalledTimes(1);

      const again = await cached.findMany([key('unknown'), key('known')]);
      expect(again.map(r => r?.customerId ?? null)).toEqual([null, 'alice']);
      expect(findMany).toHaveBeenCalledTimes(2);
      expect(findMany).toHaveBeenLastCalledWith([key('unknown')]);

      expect((await cached.findMany([key('known')]))[0]?.customerId).toBe('alice');
      expect(findMany).toHaveBeenCalledTimes(2);
    } finally {
      await db.destroy();
    }
  });

  it('is bounded: past `max` records the least recently used is read again', async () => {
    const { db } = await connectLedger({ databaseUrl: null, dataDir: ':memory:' });
    try {
      const inner = createOwnershipStore(db);
      for (const ref of ['r1', 'r2', 'r3']) await inner.register('alice', 'IMIN', ref, T0);
      const findMany = vi.spyOn(inner, 'findMany');
      const cached = cachingOwnership(inner, 2);
      for (const ref of ['r1', 'r2', 'r3']) await cached.findMany([key(ref)]);
      await cached.findMany([key('r3'), key('r2')]);
      expect(findMany).toHaveBeenCalledTimes(3);
      await cached.findMany([key('r1')]);
      expect(findMany).toHaveBeenCalledTimes(4);
    } finally {
      await db.destroy();
    }
  });
});

describe.each(LEDGER_BACKENDS)('two replicas sharing the $name ledger', ({ name, skip }) => {
  let a: Ledger;
  let b: Ledger;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    if (!skip) ({ a, b, dispose } = await twoReplicas(name));
  });
  afterAll(async () => {
    if (!skip) await dispose();
  });

  it.skipIf(skip)('an order another replica registers after a miss is found at once', async () => {
    expect(await a.ownership.findMany([key('later')])).toEqual([null]);
    await b.ownership.register('alice', 'IMIN', 'later', T0);
    expect((await a.ownership.findMany([key('later')]))[0]?.customerId).toBe('alice');
  });

  it.skipIf(skip)('a booker another replica pinned after this one read the record is honoured', async () => {
    await a.ownership.register('alice', 'IMIN', 'pinned', T0);
    const [seenByA] = await a.ownership.findMany([key('pinned')]);
    expect(seenByA?.bookerFingerprint).toBeNull();
    expect(await b.ownership.pinBooker(seenByA!.id, 'booker-1')).toBe(true);

    const security = { report: vi.fn() };
    const bookerMatches = createBookerCheck(a, security);
    const order = (booker: string) => ({ bookerFingerprint: booker }) as OrderModel;
    const [cached] = await a.ownership.findMany([key('pinned')]);
    expect(await bookerMatches(cached!, order('booker-1'))).toBe(true);
    // The lost pin re-read the record: the replica now knows the booker, and a different one fails.
    const [refreshed] = await a.ownership.findMany([key('pinned')]);
    expect(refreshed?.bookerFingerprint).toBe('booker-1');
    expect(await bookerMatches(refreshed!, order('booker-2'))).toBe(false);
    expect(security.report).toHaveBeenCalledTimes(1);
  });

  it.skipIf(skip)('a booker this replica pins is what it answers next', async () => {
    await b.ownership.register('alice', 'IMIN', 'own-pin', T0);
    const [record] = await a.ownership.findMany([key('own-pin')]);
    expect(await a.ownership.pinBooker(record!.id, 'booker-9')).toBe(true);
    expect((await a.ownership.findMany([key('own-pin')]))[0]?.bookerFingerprint).toBe('booker-9');
  });
});
