import type { Selectable } from 'kysely';
import type { ProviderId } from '../domain/provider.js';
import type { LedgerTables } from './schema.js';

export interface OwnershipRecord {
  readonly id: string;
  readonly customerId: string;
  readonly provider: ProviderId;
  readonly providerReference: string;
  readonly registeredAt: Date;
  /** The booker the order was registered with (or first read with); see `domain/booker.ts`. */
  readonly bookerFingerprint: string | null;
}

type Row = Selectable<LedgerTables['order_ownership']>;

/** The columns an ownership record is read from, and the record they make. */
export const COLUMNS = [
  'id',
  'customer_id',
  'provider',
  'provider_reference',
  'registered_at',
  'booker_fingerprint',
] as const;

export const toRecord = (row: Row): OwnershipRecord => ({
  id: row.id,
  customerId: row.customer_id,
  provider: row.provider as ProviderId,
  providerReference: row.provider_reference,
  registeredAt: new Date(row.registered_at),
  bookerFingerprint: row.booker_fingerprint,
});
