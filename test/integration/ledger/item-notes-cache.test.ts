// Issue #33: every read of an item's cancellability or cancellation asked the ledger for the gateway's
// notes (one query per provider per request). A replica now keeps the notes it has read per order,
// which stays right because a note changes only with a cancel's recorded answer: the write forgets
// the order here, the answer's commit forgets it again, and the change feed forgets it on every
// other replica; a read that overlapped a forget keeps nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLedger } from '../../../src/ledger/connect.js';
import { cachingItemNotes } from '../../../src/ledger/item-notes-cache.js';
import { createItemNoteStore, type ItemNoteStore } from '../../../src/ledger/item-notes.js';

const T0 = new Date('2030-01-01T00:00:00.000Z');
const order = (orderRef: string) => ({ provider: 'IMIN' as const, orderRef });
const item = (orderRef: string, itemRef = 'i1') => ({ provider: 'IMIN' as const, orderRef, itemRef });
const refusal = { at: T0, message: 'No.', until: null, fingerprint: 'fp', manual: false };

describe('cachingItemNotes', () => {
  let inner: ItemNoteStore;
  let close: () => Promise<void>;
  beforeEach(async () => {
    const ledger = await connectLedger({ databaseUrl: null, dataDir: ':memory:' });
    inner = createItemNoteStore(ledger.db);
    close = () => ledger.db.destroy();
  });
  afterEach(() => close());

  it('answers notes it has read, an order without any included, without asking the database again', async () => {
    await inner.refused(item('o1'), refusal);
    const forOrders = vi.spyOn(inner, 'forOrders');
    const cached = cachingItemNotes(inner);
    const first = await cached.forOrders('IMIN', ['o1', 'o2']);
    expect(first.map(n => [n.orderRef, n.refusal?.message])).toEqual([['o1', 'No.']]);
    const again = await cached.forOrders('IMIN', ['o2', 'o1']);
    expect(again).toEqual(first);
    expect(forOrders).toHaveBeenCalledTimes(1);
    // Only what is not kept is asked for.
    await cached.forOrders('IMIN', ['o1', 'o3']);
    expect(forOrders).toHaveBeenLastCalledWith('IMIN', ['o3']);
  });

  it('a note written through it is what the next read sees (its order forgotten at the write)', async () => {
    const cached = cachingItemNotes(inner);
    expect(await cached.forOrders('IMIN', ['o1'])).toEqual([]);
    await cached.cancelled(item('o1'), { at: T0, refund: null, fee: null });
    const notes = await cached.forOrders('IMIN', ['o1']);
    expect(notes.map(n => n.cancelledAt)).toEqual([T0]);
  });

  it('another replica’s note is seen once the feed forgets the order here, and not before', async () => {
    const cached = cachingItemNotes(inner);
    expect(await cached.forOrders('IMIN', ['o1'])).toEqual([]);
    // Written by another replica (straight to the database).
    await inner.refused(item('o1'), refusal);
    expect(await cached.forOrders('IMIN', ['o1'])).toEqual([]);
    cached.forgetOrders([order('o1')]);
    expect((await cached.forOrders('IMIN', ['o1'])).map(n => n.refusal?.message)).toEqual(['No.']);
  });

  it('a read that was in flight when its order was forgotten keeps nothing (it may predate the write)', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>(resolve => (release = resolve));
    const slow: ItemNoteStore = {
      ...inner,
      forOrders: async (provider, refs) => {
        const rows = await inner.forOrders(provider, refs);
        await gate;
        return rows;
      },
    };
    const cached = cachingItemNotes(slow);
    const inFlight = cached.forOrders('IMIN', ['o1']);
    await inner.refused(item('o1'), refusal);
    cached.forgetOrders([order('o1')]);
    release();
    expect(await inFlight).toEqual([]);
    expect((await cached.forOrders('IMIN', ['o1'])).map(n => n.refusal?.message)).toEqual(['No.']);
  });

  it('keeps what it read for a bounded time even when no forget ever comes (a feed that stalled)', async () => {
    let now = T0.getTime();
    const cached = cachingItemNotes(inner, { max: 100, ttlMs: 1_000, now: () => now });
    expect(await cached.forOrders('IMIN', ['o1'])).toEqual([]);
    await inner.refused(item('o1'), refusal);
    now += 999;
    expect(await cached.forOrders('IMIN', ['o1'])).toEqual([]);
    now += 2;
    expect((await cached.forOrders('IMIN', ['o1'])).map(n => n.refusal?.message)).toEqual(['No.']);
  });
});
