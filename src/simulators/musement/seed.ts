/** Demo data for the Musement simulator; times relative to start-up, in each activity's own zone. */

export type SimStatus = 'PENDING' | 'OK' | 'KO' | 'REFUND_STARTED' | 'REFUNDED' | 'CANCELLATION_ERROR';

export interface SimTier {
  readonly period: string;
  readonly hoursBefore: number;
  readonly type: 'PERCENTAGE' | 'ABSOLUTE';
  readonly value: number;
}

export interface SimItem {
  readonly uuid: string;
  readonly title: string;
  readonly timeZone: string;
  readonly startOffsetHours: number;
  readonly unitPrice: number;
  readonly quantity: number;
  readonly tiers: readonly SimTier[];
  /** Only Musement's customer care may cancel this activity. */
  readonly manualOnly?: boolean;
  /**
   * Serve the item as the documented order excerpt shows it, with no `product.date`: its refund
   * cutoff is then known only from the refund policies' `remaining_time` and `applicable_until`.
   */
  readonly omitDate?: boolean;
  status: SimStatus;
}

export interface SimOrder {
  readonly uuid: string;
  readonly identifier: string;
  readonly customer: 'alice' | 'bob';
  readonly orderedHoursAgo: number;
  readonly currency: string;
  readonly items: SimItem[];
}

const FULL_72H: SimTier = { period: 'P3D', hoursBefore: 72, type: 'PERCENTAGE', value: 100 };
const HALF_24H: SimTier = { period: 'P1D', hoursBefore: 24, type: 'PERCENTAGE', value: 50 };

const item = (
  uuid: string,
  title: string,
  startOffsetHours: number,
  unitPrice: number,
  tiers: SimTier[],
  extra: Partial<SimItem> = {},
): SimItem => ({
  uuid,
  title,
  timeZone: 'Europe/Rome',
  startOffsetHours,
  unitPrice,
  quantity: 1,
  tiers,
  status: 'OK',
  ...extra,
});

const order = (n: number, customer: 'alice' | 'bob', items: SimItem[]): SimOrder => ({
  uuid: `8bd6f4a4-0000-4000-8000-00000000000${n}`,
  identifier: `MUS07388${70 + n}`,
  customer,
  orderedHoursAgo: 24 * n,
  currency: 'EUR',
  items,
});
const SEED: SimOrder[] = [
  order(1, 'alice', [
    item('8b742505-0000-4000-8000-000000000001', 'Colosseum Underground Tour', 24 * 10, 59, [
      FULL_72H,
      HALF_24H,
    ]),
  ]),
  order(2, 'alice', [
    item(
      '8b742505-0000-4000-8000-000000000002',
      'Vatican Museums Skip-the-line',
      36,
      32.5,
      [FULL_72H, HALF_24H],
      { quantity: 2 },
    ),
  ]),
  order(3, 'alice', [
    item('8b742505-0000-4000-8000-000000000003', 'Venice Gondola Ride', 20, 90, [
      { period: 'P1D', hoursBefore: 24, type: 'PERCENTAGE', value: 100 },
    ]),
  ]),
  order(4, 'alice', [item('8b742505-0000-4000-8000-000000000004', 'Roman Cooking Class', 24 * 6, 75, [])]),
  order(5, 'alice', [
    item(
      '8b742505-0000-4000-8000-000000000005',
      'Helicopter Flight over Paris',
      24 * 12,
      249,
      [{ period: 'P2D', hoursBefore: 48, type: 'PERCENTAGE', value: 100 }],
      {
        timeZone: 'Europe/Paris',
        manualOnly: true,
      },
    ),
  ]),
  order(6, 'alice', [
    item(
      '8b742505-0000-4000-8000-000000000006',
      'Louvre Museum Timed Entry',
      24 * 5,
      22,
      [{ period: 'P1D', hoursBefore: 24, type: 'PERCENTAGE', value: 100 }],
      { timeZone: 'Europe/Paris', quantity: 2 },
    ),
    item(
      '8b742505-0000-4000-8000-000000000007',
      'Seine River Cruise',
      24 * 5 + 3,
      15,
      [{ period: 'P1D', hoursBefore: 24, type: 'PERCENTAGE', value: 100 }],
      { timeZone: 'Europe/Paris' },
    ),
  ]),
  order(7, 'bob', [
    item(
      '8b742505-0000-4000-8000-000000000008',
      'Eiffel Tower Summit',
      24 * 8,
      49,
      [
        { period: 'P2D', hoursBefore: 48, type: 'PERCENTAGE', value: 100 },
        { period: 'PT24H', hoursBefore: 24, type: 'ABSOLUTE', value: 10 },
      ],
      { timeZone: 'Europe/Paris' },
    ),
  ]),
  // No activity date on the item (as in the documented excerpt): still cancellable, in full.
  order(9, 'alice', [
    item('8b742505-0000-4000-8000-000000000010', 'Uffizi Gallery Guided Tour', 24 * 7, 45, [FULL_72H], {
      timeZone: 'Europe/Rome',
      omitDate: true,
    }),
  ]),
  order(8, 'bob', [
    item('8b742505-0000-4000-8000-000000000009', 'Pompeii Day Trip', 24 * 4, 120, [FULL_72H], {
      status: 'REFUNDED',
    }),
  ]),
];

export function musementSeed(): SimOrder[] {
  // A fresh copy each time: simulators change their orders as cancels apply.
  return structuredClone(SEED);
}

/** `n` Musement orders shaped like the first demo order, with distinct order and item UUIDs. */
export function musementOrders(n: number): SimOrder[] {
  const [base] = musementSeed();
  if (!base) throw new Error('the Musement seed is empty');
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    uuid: `8bd6f4a4-0000-4000-8001-${(0x100000 + i).toString(16).padStart(12, '0')}`,
    identifier: `MUS9${String(i).padStart(6, '0')}`,
    items: base.items.map((item, j) => ({
      ...item,
      uuid: `8b742505-0000-4000-8001-${(0x100000 + i * 16 + j).toString(16).padStart(12, '0')}`,
    })),
  }));
}
