/** Demo data for the imin simulator, with dates relative to start-up so it never goes stale. */

export type SimItemStatus =
  | 'OrderItemConfirmed'
  | 'CustomerCancellationPending'
  | 'CustomerCancelled'
  | 'SellerCancelled'
  | 'AttendeeAttended'
  | 'AttendeeAbsent';

export interface SimItem {
  readonly identifier: string;
  readonly name: string;
  readonly startOffsetHours: number;
  readonly durationMinutes: number;
  readonly price: number;
  status: SimItemStatus;
  readonly allowFullRefund: boolean;
  readonly latestCancellationBeforeStartDate?: string;
  readonly cancellationMessage?: string;
  /** A refusal the booking system gives even inside the window (its own rules). */
  readonly refusal?: string;
}

export interface SimOrder {
  readonly uuid: string;
  /**
   * `classic`: imin's documented style, `type`/`id` keys and item ids `…/orders/{uuid}/order-items/{id}`.
   * `fragment`: the Open Booking API's own, `@type`/`@id` keys and item ids `{order @id}#/orderedItem/{id}`.
   */
  readonly idStyle?: 'classic' | 'fragment';
  readonly customer: 'alice' | 'bob';
  readonly orderedHoursAgo: number;
  readonly items: SimItem[];
}

const item = (
  identifier: string,
  name: string,
  startOffsetHours: number,
  extra: Partial<SimItem> = {},
): SimItem => ({
  identifier,
  name,
  startOffsetHours,
  durationMinutes: 60,
  price: 8.5,
  status: 'OrderItemConfirmed',
  allowFullRefund: true,
  latestCancellationBeforeStartDate: 'P1D',
  ...extra,
});

const SEED: SimOrder[] = [
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01',
    idStyle: 'fragment',
    customer: 'alice',
    orderedHoursAgo: 48,
    items: [item('yoga-1', 'Vinyasa Yoga Flow', 24 * 7)],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a02',
    customer: 'alice',
    orderedHoursAgo: 30,
    items: [item('football-1', '5-a-side Football', 12, { price: 6 })],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a03',
    customer: 'alice',
    orderedHoursAgo: 72,
    items: [item('swim-1', 'Lane Swimming', 24 * 3, { status: 'CustomerCancelled', price: 4.2 })],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04',
    customer: 'alice',
    orderedHoursAgo: 20,
    items: [
      item('badminton-1', 'Badminton Court 3', 24 * 5, { price: 12 }),
      item('badminton-2', 'Badminton Court 3', 24 * 6, { price: 12 }),
    ],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a05',
    customer: 'alice',
    orderedHoursAgo: 10,
    items: [item('spin-1', 'Spin Class (no refunds)', 24 * 4, { allowFullRefund: false, price: 9.99 })],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a06',
    customer: 'alice',
    orderedHoursAgo: 5,
    items: [
      item('climb-1', 'Bouldering Intro', 24 * 9, {
        refusal: 'This class is part of a course and cannot be cancelled on its own.',
        price: 15,
      }),
    ],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a07',
    customer: 'bob',
    orderedHoursAgo: 96,
    items: [
      item('aqua-1', 'Aqua Aerobics', 24 * 2, {
        status: 'SellerCancelled',
        cancellationMessage: 'The pool is closed for maintenance. You will be refunded in full.',
      }),
    ],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a08',
    customer: 'bob',
    orderedHoursAgo: 24 * 10,
    items: [item('pilates-1', 'Mat Pilates', -48, { status: 'AttendeeAttended' })],
  },
  {
    uuid: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a09',
    customer: 'bob',
    orderedHoursAgo: 12,
    items: [item('tennis-1', 'Tennis Coaching', 24 * 8, { price: 22 })],
  },
];

export function iminSeed(): SimOrder[] {
  // A fresh copy each time: simulators change their orders as cancels apply.
  return structuredClone(SEED);
}

/** For load tests and benchmarks: `n` imin orders shaped like the first demo order, with distinct UUIDs. */
export function iminOrders(n: number): SimOrder[] {
  const [base] = iminSeed();
  if (!base) throw new Error('the imin seed is empty');
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    uuid: `b3c5c4a0-6f0e-4e55-9a1a-${(0x100000 + i).toString(16).padStart(12, '0')}`,
    items: base.items.map(item => ({ ...item, identifier: `${item.identifier}-${i}` })),
  }));
}
