/** Demo stays for the Booking.com simulator; dates relative to start-up. */

export type SimStatus =
  'booked' | 'cancelled' | 'cancelled_by_accommodation' | 'cancelled_by_guest' | 'no_show' | 'stayed';

export interface SimStep {
  /** Days from start-up when this fee starts; null means from booking ("now"). */
  readonly fromDays: number | null;
  /** The fee as a share of the room price (1 = the whole price). */
  readonly feeShare: number;
}

export interface SimRoom {
  readonly reservation: string;
  readonly price: number;
  readonly steps: readonly SimStep[];
  status: SimStatus;
}

export interface SimStay {
  readonly id: string;
  readonly customer: 'alice' | 'bob';
  readonly hotel: string;
  readonly checkinDays: number;
  readonly nights: number;
  readonly accommodationCurrency: string;
  /** The booker's currency and the rate from the property's; null when the booker paid in the same one. */
  readonly booker: { readonly currency: string; readonly rate: number } | null;
  /** Booking.com refuses cancels for a few minutes after an order is created. */
  readonly createdMinutesAgo: number;
  readonly rooms: SimRoom[];
  status: SimStatus;
  cancellation: { at: string; fee: number; original: number } | null;
}

const room = (
  reservation: string,
  price: number,
  steps: SimStep[],
  status: SimStatus = 'booked',
): SimRoom => ({ reservation, price, steps, status });

const stay = (
  id: string,
  customer: 'alice' | 'bob',
  hotel: string,
  checkinDays: number,
  rooms: SimRoom[],
  extra: Partial<SimStay> = {},
): SimStay => ({
  id,
  customer,
  hotel,
  checkinDays,
  nights: 3,
  accommodationCurrency: 'EUR',
  booker: null,
  createdMinutesAgo: 60 * 24 * 7,
  rooms,
  status: rooms.find(r => !r.status.startsWith('cancelled')) ? 'booked' : (rooms[0]?.status ?? 'booked'),
  cancellation: null,
  ...extra,
});
const SEED: SimStay[] = [
  // Free until the first step (in 10 days), then 30 %, then the full price from 2 days before check-in.
  stay('509430129718701', 'alice', 'Hotel Canal View, Amsterdam', 20, [
    room('8800001', 360, [
      { fromDays: 10, feeShare: 0.3 },
      { fromDays: 18, feeShare: 1 },
    ]),
  ]),
  // Inside a fee step already: 60 of 200 is charged.
  stay('509430129718702', 'alice', 'Pension Alfama, Lisbon', 6, [
    room('8800002', 200, [
      { fromDays: -1, feeShare: 0.3 },
      { fromDays: 5, feeShare: 1 },
    ]),
  ]),
  // Non-refundable: the whole price from booking.
  stay('509430129718703', 'alice', 'Budget Inn Berlin Mitte', 12, [
    room('8800003', 180, [{ fromDays: null, feeShare: 1 }]),
  ]),
  // Two rooms: Booking.com cancels the whole order.
  stay('509430129718704', 'alice', 'Grand Hotel Vienna', 25, [
    room('8800004', 300, [{ fromDays: 20, feeShare: 0.5 }]),
    room('8800005', 250, [{ fromDays: 20, feeShare: 0.5 }]),
  ]),
  // Already stayed.
  stay('509430129718705', 'bob', 'Seaside Resort, Nice', -10, [
    room('8800006', 420, [{ fromDays: -20, feeShare: 1 }], 'stayed'),
  ]),
  // A third currency pair: property in JPY, booker paying in GBP.
  stay(
    '509430129718706',
    'bob',
    'Ryokan Hoshi, Kyoto',
    30,
    [room('8800007', 64000, [{ fromDays: 25, feeShare: 1 }])],
    { accommodationCurrency: 'JPY', booker: { currency: 'GBP', rate: 0.0052 } },
  ),
  // Booked moments ago: Booking.com asks to wait a few minutes before cancelling.
  stay(
    '509430129718707',
    'alice',
    'City Lodge Prague',
    15,
    [room('8800008', 150, [{ fromDays: 12, feeShare: 1 }])],
    { createdMinutesAgo: 0 },
  ),
  // Cancelled for free: Booking.com answers `cancellation_details.fee: null`.
  stay(
    '509430129718708',
    'alice',
    'Hostel Sol, Madrid',
    40,
    [room('8800009', 240, [{ fromDays: 35, feeShare: 1 }], 'cancelled_by_guest')],
    { cancellation: { at: '2026-01-05T09:30:00+00:00', fee: 0, original: 240 } },
  ),
  // Two rooms, one cancelled and one stayed: "stayed" takes precedence for the order (read ATTENDED).
  stay('509430129718709', 'alice', 'Lakeside Lodge, Annecy', -6, [
    room('8800010', 180, [{ fromDays: -30, feeShare: 1 }], 'cancelled_by_guest'),
    room('8800011', 210, [{ fromDays: -30, feeShare: 1 }], 'stayed'),
  ]),
];

export function bookingComSeed(): SimStay[] {
  // A fresh copy each time: simulators change their orders as cancels apply.
  return structuredClone(SEED);
}

/** `n` Booking.com stays shaped like the first demo stay, with distinct numeric order ids. */
export function bookingStays(n: number): SimStay[] {
  const [base] = bookingComSeed();
  if (!base) throw new Error('the Booking.com seed is empty');
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `80000000000${String(i).padStart(4, '0')}`,
    rooms: base.rooms.map(room => ({ ...room })),
  }));
}
