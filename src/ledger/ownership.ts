import { randomUUID } from 'node:crypto';
import type { ProviderId } from '../domain/provider.js';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../lib/opaque-cursor.js';
import type { LedgerDb } from './connect.js';

export interface OwnershipRecord {
  readonly id: string;
  readonly customerId: string;
  readonly provider: ProviderId;
  readonly providerReference: string;
  readonly registeredAt: Date;
  /** The booker the order was registered with (or first read with); see `domain/booker.ts`. */
  readonly bookerFingerprint: string | null;
}

/** Which order an ownership lookup asks about. */
export interface OwnershipKey {
  readonly provider: ProviderId;
  readonly providerReference: string;
}

/** One string per order, for maps and caches of ownership records. */
export const ownershipKey = (provider: ProviderId, providerReference: string): string =>
  `${provider}|${providerReference}`;

export type RegisterOutcome =
  | { readonly kind: 'created'; readonly record: OwnershipRecord }
  | { readonly kind: 'existing'; readonly record: OwnershipRecord }
  | { readonly kind: 'foreign' };

export interface OwnershipPage {
  readonly records: readonly OwnershipRecord[];
  readonly hasNextPage: boolean;
}

type Row = {
  id: string;
  customer_id: string;
  provider: string;
  provider_reference: string;
  registered_at: string;
  booker_fingerprint: string | null;
};

const toRecord = (row: Row): OwnershipRecord => ({
  id: row.id,
  customerId: row.customer_id,
  provider: row.provider as ProviderId,
  providerReference: row.provider_reference,
  registeredAt: new Date(row.registered_at),
  bookerFingerprint: row.booker_fingerprint,
});

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

const COLUMNS = [
  'id',
  'customer_id',
  'provider',
  'provider_reference',
  'registered_at',
  'booker_fingerprint',
] as const;

/** Recording ownership, and pinning the booker a provider names. */
function ownershipWrites(db: LedgerDb) {
  return {
    /**
     * Records ownership atomically (a unique constraint, not check-then-insert). `beforeCommit` runs in
     * the same transaction when the row is new, so a Bókun snapshot is stored with it or not at all.
     */
    async register(
      customerId: string,
      provider: ProviderId,
      providerReference: string,
      at: Date,
      onCreate?: (trx: LedgerDb) => Promise<void>,
      bookerFingerprint: string | null = null,
    ): Promise<RegisterOutcome> {
      return db.transaction().execute(async trx => {
        const inserted = await trx
          .insertInto('order_ownership')
          .values({
            id: randomUUID(),
            customer_id: customerId,
            provider,
            provider_reference: providerReference,
            registered_at: at.toISOString(),
            booker_fingerprint: bookerFingerprint,
          })
          .onConflict(oc => oc.columns(['provider', 'provider_reference']).doNothing())
          .returning(COLUMNS)
          .executeTakeFirst();
        if (inserted) {
          await onCreate?.(trx);
          return { kind: 'created', record: toRecord(inserted) };
        }
        const existing = await trx
          .selectFrom('order_ownership')
          .select(COLUMNS)
          .where('provider', '=', provider)
          .where('provider_reference', '=', providerReference)
          .executeTakeFirstOrThrow();
        return existing.customer_id === customerId
          ? { kind: 'existing', record: toRecord(existing) }
          : { kind: 'foreign' };
      });
    },

    /** Pins the booker on first sight (compare-and-set: a concurrent pin of another booker loses). */
    async pinBooker(id: string, fingerprint: string): Promise<boolean> {
      const result = await db
        .updateTable('order_ownership')
        .set({ booker_fingerprint: fingerprint })
        .where('id', '=', id)
        .where('booker_fingerprint', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

/** Bound parameters per `findMany` query: far under SQLite's and PostgreSQL's limits. */
const FIND_MANY_CHUNK = 500;

/** Many `find`s in one query per provider (and per chunk), answered in the keys' order. */
async function findMany(db: LedgerDb, keys: readonly OwnershipKey[]): Promise<Array<OwnershipRecord | null>> {
  const found = new Map<string, OwnershipRecord>();
  const byProvider = new Map<ProviderId, Set<string>>();
  for (const key of keys)
    byProvider.set(key.provider, (byProvider.get(key.provider) ?? new Set()).add(key.providerReference));
  for (const [provider, distinct] of byProvider) {
    const refs = [...distinct];
    for (let i = 0; i < refs.length; i += FIND_MANY_CHUNK) {
      const rows = await db
        .selectFrom('order_ownership')
        .select(COLUMNS)
        .where('provider', '=', provider)
        .where('provider_reference', 'in', refs.slice(i, i + FIND_MANY_CHUNK))
        .execute();
      for (const row of rows) found.set(ownershipKey(provider, row.provider_reference), toRecord(row));
    }
  }
  return keys.map(key => found.get(ownershipKey(key.provider, key.providerReference)) ?? null);
}

/** Looking up an order's owner, and paging a customer's orders. */
function ownershipReads(db: LedgerDb) {
  const selectOwnership = () => db.selectFrom('order_ownership').select(COLUMNS);

  return {
    async find(provider: ProviderId, providerReference: string): Promise<OwnershipRecord | null> {
      const row = await selectOwnership()
        .where('provider', '=', provider)
        .where('provider_reference', '=', providerReference)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    findMany: (keys: readonly OwnershipKey[]) => findMany(db, keys),

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

/** Who owns which provider order: the gateway's answer to "may this caller see or cancel it?". */
export function createOwnershipStore(db: LedgerDb) {
  return { ...ownershipWrites(db), ...ownershipReads(db) };
}

export type OwnershipStore = ReturnType<typeof createOwnershipStore>;
