// The item notes (migration 0005_item_note_refund): what an accepted cancel answered and what kind of
// refusal was given, on both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/ledger/index.js';
import { LEDGER_BACKENDS, openTestLedger } from '../../helpers/ledgers.js';

const T0 = new Date('2030-01-01T00:00:00.000Z');
const key = (itemRef: string) => ({ provider: 'MUSEMENT' as const, orderRef: 'order-1', itemRef });

describe.each(LEDGER_BACKENDS)('item notes on $name', ({ name, skip }) => {
  let ledger: Ledger;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    if (skip) return;
    ({ ledger, dispose } = await openTestLedger(name));
  });
  afterAll(async () => {
    if (!skip) await dispose();
  });

  it.skipIf(skip)('keeps the refund and fee an accepted cancel answered, or none', async () => {
    await ledger.itemNotes.cancelled(key('a'), {
      at: T0,
      refund: { amountMinor: 2100, currency: 'EUR' },
      fee: { amountMinor: 0, currency: 'EUR' },
    });
    await ledger.itemNotes.cancelled(key('b'), { at: T0, refund: null, fee: null });
    const notes = await ledger.itemNotes.forOrders('MUSEMENT', ['order-1']);
    expect(notes.find(n => n.itemRef === 'a')).toMatchObject({
      cancelledAt: T0,
      refund: { amountMinor: 2100, currency: 'EUR' },
      fee: { amountMinor: 0, currency: 'EUR' },
      refusal: null,
    });
    expect(notes.find(n => n.itemRef === 'b')).toMatchObject({ refund: null, fee: null });
  });

  it.skipIf(skip)(
    'keeps whether a refusal was for a manual cancellation; an accepted cancel clears it',
    async () => {
      const refusal = { at: T0, message: 'ask support', until: null, fingerprint: 'f' };
      await ledger.itemNotes.refused(key('c'), { ...refusal, manual: true });
      await ledger.itemNotes.refused(key('d'), { ...refusal, manual: false });
      const read = async (ref: string) =>
        (await ledger.itemNotes.forOrders('MUSEMENT', ['order-1'])).find(n => n.itemRef === ref);
      expect((await read('c'))?.refusal).toEqual({ ...refusal, manual: true });
      expect((await read('d'))?.refusal).toEqual({ ...refusal, manual: false });
      await ledger.itemNotes.cancelled(key('c'), { at: T0, refund: null, fee: null });
      expect((await read('c'))?.refusal).toBeNull();
    },
  );
});
