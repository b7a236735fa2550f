import type { ChangeInput } from '../../src/domain/changes.js';

/** A change to append in ledger tests, with overrides. */
export const change = (over: Partial<ChangeInput> = {}): ChangeInput => ({
  provider: 'IMIN',
  orderRef: 'order-1',
  itemRef: 'item-1',
  kind: 'STATUS_CHANGED',
  source: 'PROVIDER',
  actor: null,
  statusBefore: 'CONFIRMED',
  statusAfter: 'CANCELLED_BY_PROVIDER',
  providerStatus: null,
  refundState: null,
  refund: { amountMinor: 2100, currency: 'EUR' },
  fee: null,
  providerMessage: null,
  occurredAt: new Date('2030-01-01T00:00:00.000Z'),
  correlationId: null,
  journalId: null,
  ...over,
});
