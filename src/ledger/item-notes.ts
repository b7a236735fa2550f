import type { MoneyModel } from '../domain/money.js';
import type { ItemRef } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import type { Selectable } from 'kysely';
import type { LedgerDb } from './connect.js';
import type { LedgerTables } from './schema.js';

export interface ItemRefusal {
  readonly at: Date;
  readonly message: string;
  readonly until: Date | null;
  readonly fingerprint: string;
  /** The provider said its own staff must cancel the item by hand. */
  readonly manual: boolean;
}

/** A cancel the provider accepted: when, and the refund and fee the gateway answered with. */
export interface ItemCancellation {
  readonly at: Date;
  readonly refund: MoneyModel | null;
  readonly fee: MoneyModel | null;
}

export interface ItemNote extends ItemRef {
  readonly cancelledAt: Date | null;
  readonly refund: MoneyModel | null;
  readonly fee: MoneyModel | null;
  readonly refusal: ItemRefusal | null;
}

type Row = Selectable<LedgerTables['item_note']>;

const date = (text: string | null) => (text ? new Date(text) : null);
const money = (minor: number | null, currency: string | null): MoneyModel | null =>
  minor !== null && currency !== null ? { amountMinor: Number(minor), currency } : null;

const toNote = (row: Row): ItemNote => ({
  provider: row.provider as ProviderId,
  orderRef: row.order_ref,
  itemRef: row.item_ref,
  cancelledAt: date(row.cancelled_at),
  refund: money(row.refund_minor, row.refund_currency),
  fee: money(row.fee_minor, row.fee_currency),
  refusal:
    row.refused_at && row.refusal_message && row.refusal_fingerprint
      ? {
          at: new Date(row.refused_at),
          message: row.refusal_message,
          until: date(row.refusal_until),
          fingerprint: row.refusal_fingerprint,
          manual: Number(row.refusal_manual ?? 0) === 1,
        }
      : null,
});

type Values = Partial<Omit<Row, 'provider' | 'order_ref' | 'item_ref'>>;

const NO_REFUSAL = {
  refused_at: null,
  refusal_message: null,
  refusal_until: null,
  refusal_fingerprint: null,
  refusal_manual: null,
} as const;

/** One note per item, created empty and updated with what is learned. */
async function upsert(key: ItemRef, values: Values, trx: LedgerDb): Promise<void> {
  await trx
    .insertInto('item_note')
    .values({
      provider: key.provider,
      order_ref: key.orderRef,
      item_ref: key.itemRef,
      cancelled_at: null,
      refund_minor: null,
      refund_currency: null,
      fee_minor: null,
      fee_currency: null,
      ...NO_REFUSAL,
      ...values,
    })
    .onConflict(oc => oc.columns(['provider', 'order_ref', 'item_ref']).doUpdateSet(values))
    .execute();
}

/**
 * Notes the gateway keeps about items from its own cancels, so reads agree with what a cancel
 * answered. Advisory: the provider's own data always wins where it says something.
 */
export function createItemNoteStore(db: LedgerDb) {
  return {
    /** A cancel the provider accepted; a later refusal no longer applies. */
    async cancelled(key: ItemRef, cancellation: ItemCancellation, trx: LedgerDb = db): Promise<void> {
      const { at, refund, fee } = cancellation;
      await upsert(
        key,
        {
          cancelled_at: at.toISOString(),
          refund_minor: refund?.amountMinor ?? null,
          refund_currency: refund?.currency ?? null,
          fee_minor: fee?.amountMinor ?? null,
          fee_currency: fee?.currency ?? null,
          ...NO_REFUSAL,
        },
        trx,
      );
    },
    async refused(key: ItemRef, refusal: ItemRefusal, trx: LedgerDb = db): Promise<void> {
      await upsert(
        key,
        {
          refused_at: refusal.at.toISOString(),
          refusal_message: refusal.message,
          refusal_until: refusal.until?.toISOString() ?? null,
          refusal_fingerprint: refusal.fingerprint,
          refusal_manual: refusal.manual ? 1 : 0,
        },
        trx,
      );
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
