import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/ledger/index.js';
import { decodeCursor, encodeCursor } from '../../../src/ledger/customer-orders.js';
import { LEDGER_BACKENDS, openTestLedger } from '../../helpers/ledgers.js';

const T0 = new Date('2030-01-01T00:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(LEDGER_BACKENDS)('ledger on $name', ({ name, skip }) => {
  let ledger: Ledger;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    if (skip) return;
    ({ ledger, dispose } = await openTestLedger(name));
  });
  afterAll(async () => {
    if (!skip) await dispose();
  });

  describe.skipIf(skip)('ownership', () => {
    it('registers once, idempotently for the same customer, and refuses another', async () => {
      const first = await ledger.ownership.register('alice', 'IMIN', 'ref-1', T0);
      expect(first.kind).toBe('created');
      const again = await ledger.ownership.register('alice', 'IMIN', 'ref-1', later(1));
      expect(again).toMatchObject({ kind: 'existing', record: { customerId: 'alice', registeredAt: T0 } });
      expect(await ledger.ownership.register('bob', 'IMIN', 'ref-1', later(2))).toEqual({ kind: 'foreign' });
      expect((await ledger.ownership.find('IMIN', 'ref-1'))?.customerId).toBe('alice');
      expect(await ledger.ownership.find('MUSEMENT', 'ref-1')).toBeNull();
    });

    it("findMany answers many owners at once, in the keys' order, across providers and past one chunk", async () => {
      const refs = Array.from({ length: 620 }, (_, i) => `many-${i}`);
      for (const ref of refs.filter((_, i) => i % 3 === 0))
        await ledger.ownership.register('carol', 'BOKUN', ref, T0);
      await ledger.ownership.register('dave', 'MUSEMENT', 'many-1', T0);
      const keys = [
        ...refs.map(orderRef => ({ provider: 'BOKUN' as const, orderRef })),
        { provider: 'MUSEMENT' as const, orderRef: 'many-1' },
        { provider: 'BOKUN' as const, orderRef: 'many-0' },
      ];
      const owners = await ledger.ownership.findMany(keys);
      expect(owners).toHaveLength(keys.length);
      expect(owners.slice(0, 620).map(o => o?.customerId ?? null)).toEqual(
        refs.map((_, i) => (i % 3 === 0 ? 'carol' : null)),
      );
      expect(owners.slice(620).map(o => o?.customerId)).toEqual(['dave', 'carol']);
      expect(await ledger.ownership.findMany([])).toEqual([]);
    });

    it('stores a booker fingerprint at registration, or pins the first one seen exactly once', async () => {
      await ledger.ownership.register('alice', 'MUSEMENT', 'ref-pinned', T0, undefined, 'f'.repeat(64));
      expect((await ledger.ownership.find('MUSEMENT', 'ref-pinned'))?.bookerFingerprint).toBe('f'.repeat(64));
      const created = await ledger.ownership.register('alice', 'MUSEMENT', 'ref-open', T0);
      if (created.kind !== 'created') throw new Error('expected a new row');
      expect(created.record.bookerFingerprint).toBeNull();
      const pins = await Promise.all(
        ['a', 'b', 'c', 'd'].map(c => ledger.ownership.pinBooker(created.record.id, c.repeat(64))),
      );
      expect(pins.filter(Boolean)).toHaveLength(1);
      const winner = ['a', 'b', 'c', 'd'][pins.indexOf(true)]!.repeat(64);
      expect((await ledger.ownership.find('MUSEMENT', 'ref-open'))?.bookerFingerprint).toBe(winner);
    });

    it('claims a reference exactly once under concurrency', async () => {
      const customers = Array.from({ length: 20 }, (_, i) => `c${i}`);
      const outcomes = await Promise.all(
        customers.map(c => ledger.ownership.register(c, 'BOOKING_COM', '777', T0)),
      );
      expect(outcomes.filter(o => o.kind === 'created')).toHaveLength(1);
      expect(outcomes.filter(o => o.kind === 'foreign')).toHaveLength(19);
    });

    it('pages a customer’s orders newest first with stable cursors', async () => {
      for (let i = 0; i < 5; i++)
        await ledger.ownership.register('pager', 'MUSEMENT', `m-${i}`, later(10 + i));
      await ledger.ownership.register('pager', 'IMIN', 'i-0', later(30));
      const first = await ledger.ownership.listForCustomer('pager', {
        first: 4,
        after: null,
        providers: null,
      });
      expect(first.records.map(r => r.providerReference)).toEqual(['i-0', 'm-4', 'm-3', 'm-2']);
      expect(first.hasNextPage).toBe(true);
      const cursor = decodeCursor(encodeCursor(first.records[3]!));
      const second = await ledger.ownership.listForCustomer('pager', {
        first: 4,
        after: cursor,
        providers: null,
      });
      expect(second.records.map(r => r.providerReference)).toEqual(['m-1', 'm-0']);
      expect(second.hasNextPage).toBe(false);
      const filtered = await ledger.ownership.listForCustomer('pager', {
        first: 10,
        after: null,
        providers: ['IMIN'],
      });
      expect(filtered.records.map(r => r.providerReference)).toEqual(['i-0']);
    });

    it('rejects cursors it did not make', () => {
      expect(decodeCursor('garbage!')).toBeNull();
      expect(decodeCursor(Buffer.from('not-a-date|x').toString('base64url'))).toBeNull();
    });

    it('stores a Bókun snapshot with the ownership row, atomically', async () => {
      const snapshot = { title: 'Glacier walk', price: { amountMinor: 12000, currency: 'ISK' } };
      await ledger.ownership.register('alice', 'BOKUN', 'BK-1', T0, trx =>
        ledger.snapshots.insert(trx, 'BOKUN', 'BK-1', snapshot),
      );
      expect(await ledger.snapshots.get('BOKUN', 'BK-1')).toEqual({
        snapshot,
        cancelledAt: null,
        cancellation: null,
      });
      await expect(
        ledger.ownership.register('alice', 'BOKUN', 'BK-2', T0, () =>
          Promise.reject(new Error('snapshot failed')),
        ),
      ).rejects.toThrow('snapshot failed');
      expect(await ledger.ownership.find('BOKUN', 'BK-2')).toBeNull();
      await ledger.snapshots.markCancelled('BOKUN', 'BK-1', later(5), { refundMinor: 0 });
      await ledger.snapshots.markCancelled('BOKUN', 'BK-1', later(9), { refundMinor: 999 });
      expect(await ledger.snapshots.get('BOKUN', 'BK-1')).toMatchObject({
        cancelledAt: later(5),
        cancellation: { refundMinor: 0 },
      });
    });
  });

  describe.skipIf(skip)('cancellation journal', () => {
    const claim = (key: string, customerId = 'alice') => ({
      customerId,
      idempotencyKey: key,
      fingerprint: 'fp-1',
      provider: 'IMIN' as const,
      orderRef: 'o-1',
      itemRef: 'i-1',
    });

    it('claims a key exactly once among concurrent callers, per customer', async () => {
      const results = await Promise.all(
        Array.from({ length: 25 }, () => ledger.journal.claim(claim('k-1'), T0)),
      );
      expect(results.filter(r => r.kind === 'claimed')).toHaveLength(1);
      const ids = new Set(results.map(r => r.entry.id));
      expect(ids.size).toBe(1);
      const otherCustomer = await ledger.journal.claim(claim('k-1', 'bob'), T0);
      expect(otherCustomer.kind).toBe('claimed');
    });

    it('moves state only from the expected states (compare-and-set)', async () => {
      const { entry } = await ledger.journal.claim(claim('k-2'), T0);
      expect(
        await ledger.journal.transition(entry.id, ['RECEIVED'], 'SENT', later(1), {
          countAttempt: true,
          changes: [],
        }),
      ).toBe(true);
      expect(await ledger.journal.transition(entry.id, ['RECEIVED'], 'SENT', later(1), { changes: [] })).toBe(
        false,
      );
      expect(
        await ledger.journal.transition(entry.id, ['SENT'], 'UNKNOWN', later(2), {
          nextCheckAt: later(3),
          providerRequestId: 'req-9',
          changes: [],
        }),
      ).toBe(true);
      expect(await ledger.journal.unsettled(later(2))).not.toContainEqual(
        expect.objectContaining({ id: entry.id }),
      );
      expect(await ledger.journal.unsettled(later(3))).toContainEqual(
        expect.objectContaining({ id: entry.id, state: 'UNKNOWN', attempts: 1 }),
      );
      await ledger.journal.transition(entry.id, ['UNKNOWN'], 'SUCCEEDED', later(4), {
        responseSnapshot: '{"a":1}',
        changes: [],
      });
      const settled = await ledger.journal.byId(entry.id);
      expect(settled).toMatchObject({
        state: 'SUCCEEDED',
        responseSnapshot: '{"a":1}',
        providerRequestId: 'req-9',
      });
      expect(await ledger.journal.unsettled(later(60))).not.toContainEqual(
        expect.objectContaining({ id: entry.id }),
      );
    });

    it('holds a per-order lock for one entry until released or expired', async () => {
      const ORDER_1 = { provider: 'IMIN', orderRef: 'o-1' } as const;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => ledger.journal.lock(ORDER_1, `j-${i}`, T0, 30_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const holder = `j-${results.indexOf(true)}`;
      expect(await ledger.journal.lock(ORDER_1, 'other', later(0.1), 30_000)).toBe(false);
      await ledger.journal.unlock(ORDER_1, 'other');
      expect(await ledger.journal.lock(ORDER_1, 'other', later(0.2), 30_000)).toBe(false);
      await ledger.journal.unlock(ORDER_1, holder);
      expect(await ledger.journal.lock(ORDER_1, 'other', later(0.3), 30_000)).toBe(true);
      expect(await ledger.journal.lock(ORDER_1, 'late', later(1), 30_000)).toBe(true);
    });
  });
});
