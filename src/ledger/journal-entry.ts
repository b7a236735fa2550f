import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { ProviderId } from '../domain/provider.js';
import type { JournalState } from './journal-states.js';
import type { LedgerTables } from './schema.js';

export interface JournalEntry {
  readonly id: string;
  readonly customerId: string;
  readonly idempotencyKey: string;
  readonly fingerprint: string;
  readonly provider: ProviderId;
  readonly orderRef: string;
  readonly itemRef: string;
  readonly state: JournalState;
  readonly attempts: number;
  readonly providerRequestId: string | null;
  /** The exact result the client got, replayed as is. */
  readonly responseSnapshot: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly nextCheckAt: Date | null;
  /** The gateway process that last took this entry on (null for rows from before instances existed). */
  readonly holderInstance: string | null;
  /** The `cancelOrderItems` request it is one item of, and its place there; null for `cancelOrderItem`. */
  readonly batchId: string | null;
  readonly batchPosition: number | null;
}

/** What a claim names: who, with which key and request, for which item. */
export type ClaimRequest = Pick<
  JournalEntry,
  'customerId' | 'idempotencyKey' | 'fingerprint' | 'provider' | 'orderRef' | 'itemRef'
>;

type Row = Selectable<LedgerTables['cancellation_journal']>;

/** A new entry's row: `RECEIVED`, nothing sent yet, held by `holderInstance`. */
export const newEntryRow = (
  request: ClaimRequest,
  now: string,
  holderInstance: string | null,
): Insertable<LedgerTables['cancellation_journal']> => ({
  id: randomUUID(),
  customer_id: request.customerId,
  idempotency_key: request.idempotencyKey,
  fingerprint: request.fingerprint,
  provider: request.provider,
  order_ref: request.orderRef,
  item_ref: request.itemRef,
  state: 'RECEIVED',
  attempts: 0,
  created_at: now,
  updated_at: now,
  next_check_at: null,
  holder_instance: holderInstance,
});

export const toEntry = (row: Row): JournalEntry => ({
  id: row.id,
  customerId: row.customer_id,
  idempotencyKey: row.idempotency_key,
  fingerprint: row.fingerprint,
  provider: row.provider as ProviderId,
  orderRef: row.order_ref,
  itemRef: row.item_ref,
  state: row.state as JournalState,
  attempts: Number(row.attempts),
  providerRequestId: row.provider_request_id,
  responseSnapshot: row.response_snapshot,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
  nextCheckAt: row.next_check_at ? new Date(row.next_check_at) : null,
  holderInstance: row.holder_instance,
  batchId: row.batch_id,
  batchPosition: row.batch_position === null ? null : Number(row.batch_position),
});
