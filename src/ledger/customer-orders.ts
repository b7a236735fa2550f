import type { ProviderId } from '../domain/provider.js';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../lib/opaque-cursor.js';
import type { LedgerDb } from './connect.js';
import { COLUMNS, toRecord, type OwnershipRecord } from './ownership-row.js';

export interface OwnershipPage {
  readonly records: readonly OwnershipRecord[];
  readonly hasNextPage: boolean;
}

export function encodeCursor(record: OwnershipRecord): string {
  return encodeOpaqueCursor(`${record.registeredAt.toISOString()}|${record.id}`);
}

/** `null` for anything that is not a cursor this ledger made. */
export function decodeCursor(cursor: string): { registeredAt: string; id: string } | null {
  const key = decodeOpaqueCursor(cursor, 200);
  if (key === null) return null;
  const [registeredAt, id, ...rest] = key.split('|');
  if (rest.length > 0 || !registeredAt || !id || Number.isNaN(Date.parse(registeredAt))) return null;
  return { registeredAt, id };
}

/** A customer's orders, paged: what `viewer.orders` lists before any provider is read. */
export function customerOrders(db: LedgerDb) {
  const selectOwnership = () => db.selectFrom('order_ownership').select(COLUMNS);
  return {
    /** The customer's orders, newest registration first, keyset-paged. */
    async listForCustomer(
      customerId: string,
      page: {
        first: number;
        after: { registeredAt: string; id: string } | null;
        providers: readonly ProviderId[] | null;
      },
    ): Promise<OwnershipPage> {
      let query = selectOwnership().where('customer_id', '=', customerId);
      if (page.providers) {
        if (page.providers.length === 0) return { records: [], hasNextPage: false };
        query = query.where('provider', 'in', page.providers);
      }
      const after = page.after;
      if (after) {
        query = query.where(eb =>
          eb.or([
            eb('registered_at', '<', after.registeredAt),
            eb.and([eb('registered_at', '=', after.registeredAt), eb('id', '<', after.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('registered_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.first + 1)
        .execute();
      return { records: rows.slice(0, page.first).map(toRecord), hasNextPage: rows.length > page.first };
    },
  };
}
