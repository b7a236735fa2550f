import type { ProviderId } from '../domain/provider.js';
import type { LedgerDb } from './connect.js';
import type { LedgerTables } from './schema.js';

export interface ItemKey {
  readonly provider: ProviderId;
  readonly orderRef: string;
  readonly itemRef: string;
}

export interface ItemNote extends ItemKey {
  readonly cancelledAt: Date | null;
  readonly refusal: {
    readonly at: Date;
    readonly message: string;
    readonly until: Date | null;
    readonly fingerprint: string;
  } | null;
}

const date = (text: string | null) => (text ? new Date(text) : null);

const toNote = (row: LedgerTables['item_note']): ItemNote => ({
  provider: row.provider as ProviderId,
  orderRef: row.order_ref,
  itemRef: row.item_ref,
  cancelledAt: date(row.cancelled_at),
  refusal:
    row.refused_at && row.refusal_message && row.refusal_fingerprint
      ? {
          at: new Date(row.refused_at),
          message: row.refusal_message,
          until: date(row.refusal_until),
          fingerprint: row.refusal_fingerprint,
        }
      : null,
});

/**
 * Notes the gateway keeps about items from its own cancels, so reads agree with what a cancel
 * answered. Advisory: the provider's own data always wins where it says something.
 */
export function createItemNoteStore(db: LedgerDb) {
  const upsert = async (key: ItemKey, values: Record<string, string | null>) => {
    await db
      .insertInto('item_note')
      .values({
        provider: key.provider,
        order_ref: key.orderRef,
        item_ref: key.itemRef,
        cancelled_at: null,
        refused_at: null,
        refusal_message: null,
        refusal_until: null,
        refusal_fingerprint: null,
        ...values,
      })
      .onConflict(oc => oc.columns(['provider', 'order_ref', 'item_ref']).doUpdateSet(values))
      .execute();
  };
  return {
    /** A cancel the provider accepted; a later refusal no longer applies. */
    async cancelled(key: ItemKey, at: Date): Promise<void> {
      await upsert(key, {
        cancelled_at: at.toISOString(),
        refused_at: null,
        refusal_message: null,
        refusal_until: null,
        refusal_fingerprint: null,
      });
    },
    async refused(
      key: ItemKey,
      refusal: { at: Date; message: string; until: Date | null; fingerprint: string },
    ): Promise<void> {
      await upsert(key, {
        refused_at: refusal.at.toISOString(),
        refusal_message: refusal.message,
        refusal_until: refusal.until?.toISOString() ?? null,
        refusal_fingerprint: refusal.fingerprint,
      });
    },
    /** The notes for the items of these orders, in one query per provider. */
    async forOrders(provider: ProviderId, orderRefs: readonly string[]): Promise<ItemNote[]> {
      if (orderRefs.length === 0) return [];
      const rows = await db
        .selectFrom('item_note')
        .selectAll()
        .where('provider', '=', provider)
        .where('order_ref', 'in', [...orderRefs])
        .execute();
      return rows.map(toNote);
    },
  };
}

export type ItemNoteStore = ReturnType<typeof createItemNoteStore>;
