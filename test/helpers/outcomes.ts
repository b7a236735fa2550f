import type { CancellationOutcome } from '../../src/domain/cancellation.js';
import { fromDecimal } from '../../src/domain/money.js';
import { anItem, UUIDS } from './builders.js';

const item = anItem({
  provider: 'IMIN',
  orderRef: UUIDS.a,
  status: 'CANCELLED_BY_CUSTOMER',
  cancellation: {
    cancelledAt: new Date('2030-05-01T09:00:00.000Z'),
    refund: fromDecimal('40.00', 'EUR'),
    fee: fromDecimal('0.00', 'EUR'),
    cancelledBy: 'CUSTOMER',
  },
  wireId: `https://imin.example/orders/${UUIDS.a}#/orderedItem/item-1`,
});

/** One outcome of every kind, with dates, money, items and provider details where the kind has them. */
export const EVERY_OUTCOME: readonly CancellationOutcome[] = [
  {
    kind: 'cancelled',
    item,
    state: 'PENDING',
    refund: fromDecimal('40.00', 'EUR'),
    fee: null,
    cancelledAt: new Date('2030-05-01T09:00:00.000Z'),
    cancelledItemIds: [item.id],
  },
  {
    kind: 'not_permitted',
    provider: 'BOOKING_COM',
    detail: { kind: 'booking-com', id: 'OrderNotCancellable', message: 'Checkout was …', requestId: 'r-1' },
    retryable: true,
    retryAfterSeconds: 300,
    message: 'This booking cannot be cancelled under its terms.',
  },
  {
    kind: 'window_closed',
    provider: 'IMIN',
    closedAt: new Date('2030-05-31T10:00:00.000Z'),
    detail: { kind: 'openactive', type: 'CancellationNotPermittedError', description: null },
  },
  { kind: 'already_cancelled', provider: 'IMIN', item },
  { kind: 'not_found' },
  { kind: 'whole_order_required', provider: 'BOOKING_COM', affectedItems: [item, { ...item, id: 'b' }] },
  {
    kind: 'refund_changed',
    provider: 'MUSEMENT',
    expected: fromDecimal('40.00', 'EUR'),
    current: fromDecimal('20.00', 'EUR'),
  },
  {
    kind: 'manual_required',
    provider: 'MUSEMENT',
    detail: { kind: 'musement', code: '403', message: null },
    manual: { contact: 'support@example.com', instructions: 'Ask support@example.com.' },
  },
  {
    kind: 'provider_unavailable',
    provider: 'BOKUN',
    detail: { kind: 'bokun', cancellationError: 'down' },
    retryAfterSeconds: null,
  },
  { kind: 'outcome_unknown', provider: 'IMIN' },
  { kind: 'in_progress', provider: null },
  { kind: 'key_reused' },
  { kind: 'invalid', field: 'note', message: 'Too long.', provider: null },
];
