import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedPosition } from '../../../src/domain/changes.js';
import { change } from '../../helpers/changes.js';
import { openLedger, type Ledger } from '../../../src/ledger/index.js';
import { LEDGER_BACKENDS, POSTGRES_URL, openTestLedger } from '../../helpers/ledgers.js';

const T0 = new Date('2030-01-01T00:00:00.000Z');

/** Everything a reader sees paging from the start with `pageSize`, until a page comes back empty. */
async function readAll(ledger: Ledger, pageSize = 2): Promise<string[]> {
  let position: FeedPosition = { tx: 0, seq: 0 };
  const seen: string[] = [];
  for (;;) {
    const page = await ledger.changes.after(position, pageSize);
    if (page.changes.length === 0) return seen;
    for (const c of page.changes) seen.push(c.orderRef);
    position = page.changes.at(-1)!.position;
  }
}

describe.each(LEDGER_BACKENDS)('change feed on $name', ({ name, skip }) => {
  let ledger: Ledger;
  let url: string | null;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    if (skip) return;
    ({ ledger, url, dispose } = await openTestLedger(name));
  });
  afterAll(async () => {
    if (!skip) await dispose();
  });

  it.skipIf(skip)(
    'appends in a transaction and reads back in order, whole, with money and times',
    async () => {
      const before = await ledger.changes.head();
      await ledger.transact(trx =>
        ledger.changes.append(trx, [change({ orderRef: 'a' }), change({ orderRef: 'b', refund: null })], T0),
      );
      const page = await ledger.changes.after(before, 10);
      expect(page.heldBack).toBe(false);
      expect(page.changes.map(c => c.orderRef)).toEqual(['a', 'b']);
      expect(page.changes[0]).toMatchObject({
        kind: 'STATUS_CHANGED',
        statusAfter: 'CANCELLED_BY_PROVIDER',
        refund: { amountMinor: 2100, currency: 'EUR' },
        occurredAt: T0,
        recordedAt: T0,
      });
      expect(page.changes[1]?.refund).toBeNull();
      expect(new Set(page.changes.map(c => c.id)).size).toBe(2);
      expect(await ledger.changes.head()).toEqual(page.changes[1]?.position);
    },
  );

  it.skipIf(skip)('a rolled-back transaction leaves no change behind', async () => {
    const before = await ledger.changes.head();
    await expect(
      ledger.transact(async trx => {
        await ledger.changes.append(trx, [change({ orderRef: 'rolled-back' })], T0);
        throw new Error('the state move failed');
      }),
    ).rejects.toThrow('the state move failed');
    expect((await ledger.changes.after(before, 10)).changes).toEqual([]);
  });

  it.skipIf(skip)(
    "an item's history holds its own changes and its order's, oldest first, paged",
    async () => {
      const key = { provider: 'MUSEMENT' as const, orderRef: 'hist', itemRef: 'i1' };
      await ledger.transact(trx =>
        ledger.changes.append(
          trx,
          [
            change({ ...key, itemRef: null, kind: 'REGISTERED' }),
            change({ ...key, kind: 'CANCELLATION_REQUESTED' }),
            change({ ...key, itemRef: 'other', kind: 'CANCELLED' }),
            change({ ...key, kind: 'CANCELLED' }),
          ],
          T0,
        ),
      );
      const first = await ledger.changes.forItem(key, { first: 2, after: null });
      expect(first.changes.map(c => c.kind)).toEqual(['REGISTERED', 'CANCELLATION_REQUESTED']);
      expect(first.hasNextPage).toBe(true);
      const rest = await ledger.changes.forItem(key, { first: 2, after: first.changes[1]!.position });
      expect(rest.changes.map(c => c.kind)).toEqual(['CANCELLED']);
      expect(rest.hasNextPage).toBe(false);
    },
  );

  it.skipIf(skip)(
    'FD-01: concurrent writers on three ledgers while a reader pages: every change once, none missed',
    async () => {
      const writers = name === 'postgres' ? await Promise.all([0, 1, 2].map(() => openPeer(url))) : [ledger];
      try {
        const start = await ledger.changes.head();
        const seen: string[] = [];
        let position = start;
        let writing = true;
        const reader = (async () => {
          for (;;) {
            const done = !writing;
            const page = await ledger.changes.after(position, 3);
            for (const c of page.changes) seen.push(c.orderRef);
            if (page.changes.length > 0) position = page.changes.at(-1)!.position;
            if (done && page.changes.length === 0 && !page.heldBack) return;
          }
        })();
        const written = await Promise.all(
          writers.map(async (writer, w) => {
            const refs: string[] = [];
            for (let i = 0; i < 25; i++) {
              const ref = `w${w}-${i}`;
              await writer.transact(async trx => {
                await writer.changes.append(trx, [change({ orderRef: ref })], T0);
                // Hold the transaction open a little, so others commit higher sequence numbers first.
                await new Promise(resolve => setTimeout(resolve, (i * 7 + w * 3) % 11));
              });
              refs.push(ref);
            }
            return refs;
          }),
        );
        writing = false;
        await reader;
        const all = written.flat();
        expect(seen.filter(ref => all.includes(ref)).sort()).toEqual([...all].sort());
        expect(new Set(seen).size).toBe(seen.length);
        // Each writer's own changes arrive in the order it made them.
        for (const refs of written) expect(seen.filter(ref => refs.includes(ref))).toEqual(refs);
        expect(await readAll(ledger, 1000)).toEqual(expect.arrayContaining(all));
      } finally {
        if (name === 'postgres') await Promise.all(writers.map(w => w.close()));
      }
    },
    30_000,
  );
});

describe.skipIf(!POSTGRES_URL)('change feed visibility on postgres', () => {
  let ledger: Ledger;
  let url: string | null;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ ledger, url, dispose } = await openTestLedger('postgres'));
  });
  afterAll(() => dispose());

  // FD-01: the classic pitfall. A sequence value taken by an open transaction becomes visible after a
  // higher one committed by another; paging by "seq > N" alone would skip it for good.
  it('a change committed later with a lower sequence number is held back, then delivered, never skipped', async () => {
    const other = await openLedger({ databaseUrl: url, dataDir: ':memory:' });
    try {
      const start = await ledger.changes.head();
      let commitSlow!: () => void;
      const slowMayCommit = new Promise<void>(resolve => (commitSlow = resolve));
      let slowAppended!: () => void;
      const appended = new Promise<void>(resolve => (slowAppended = resolve));
      const slow = other.transact(async trx => {
        await other.changes.append(trx, [change({ orderRef: 'slow' })], T0);
        slowAppended();
        await slowMayCommit;
      });
      await appended;
      await ledger.transact(trx => ledger.changes.append(trx, [change({ orderRef: 'fast' })], T0));

      const whileOpen = await ledger.changes.after(start, 10);
      expect(whileOpen.changes).toEqual([]);
      expect(whileOpen.heldBack).toBe(true);
      // A reader paging by seq alone sees 'fast' now, moves past it, and can never see 'slow'.
      const naive = await seqOnly(url!, start.seq);
      expect(naive.map(r => r.order_ref)).toEqual(['fast']);

      commitSlow();
      await slow;
      // 'slow' took the lower sequence number: a naive reader already past 'fast' skips it for good.
      const [slowRow] = await seqOnly(url!, start.seq, 'slow');
      expect(Number(slowRow!.seq)).toBeLessThan(Number(naive[0]!.seq));
      const afterCommit = await ledger.changes.after(start, 10);
      expect(afterCommit.changes.map(c => c.orderRef)).toEqual(['slow', 'fast']);
      expect(afterCommit.heldBack).toBe(false);
    } finally {
      await other.close();
    }
  });
});

/** What a naive reader would query: rows past a sequence number, in sequence order (visible ones only). */
async function seqOnly(url: string, afterSeq: number, orderRef?: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ order_ref: string; seq: string }>(
      'select order_ref, seq from booking_change where seq > $1 and ($2::text is null or order_ref = $2) order by seq',
      [afterSeq, orderRef ?? null],
    );
    return rows;
  } finally {
    await client.end();
  }
}

function openPeer(url: string | null): Promise<Ledger> {
  return openLedger({ databaseUrl: url, dataDir: ':memory:' });
}
