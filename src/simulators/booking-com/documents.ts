import type { SimRoom, SimStay } from './seed.js';

export const DAY = 86_400_000;
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** The clock every document is relative to: the seed's days count from the simulator's start. */
export interface StayClock {
  readonly startedAt: number;
}

export const dayAt = (clock: StayClock, days: number) => new Date(clock.startedAt + days * DAY);
export const ymd = (clock: StayClock, days: number) => dayAt(clock, days).toISOString().slice(0, 10);

const money2 = (stay: SimStay, amount: number) => ({
  accommodation_currency: amount,
  booker_currency: stay.booker ? round2(amount * stay.booker.rate) : null,
});

/** The share of a room's price the fee is now (its latest step that has begun). */
export const feeNow = (clock: StayClock, r: SimRoom) =>
  [...r.steps].reverse().find(s => s.fromDays === null || Date.now() >= dayAt(clock, s.fromDays).getTime())
    ?.feeShare ?? 0;

/**
 * The guide's multi-room rule: "the 'stayed' status takes precedence and is applied to both the
 * accommodation and order status".
 */
export const statusOf = (stay: SimStay) =>
  stay.rooms.some(r => r.status === 'stayed') ? 'stayed' : stay.status;

function productsOf(clock: StayClock, stay: SimStay) {
  return stay.rooms.map((r, i) => ({
    room: 500 + i,
    room_reservation: r.reservation,
    allocation: { guests: 2, adults: 2, children: [] },
    guests: [{ name: `${stay.customer} guest`, email: `${stay.customer}@example.invalid` }],
    price: { base: money2(stay, r.price), extra_charges: null, total: money2(stay, r.price) },
    policies: {
      cancellation: r.steps.map(s => ({
        from: s.fromDays === null ? 'now' : dayAt(clock, s.fromDays).toISOString().replace('.000Z', '+00:00'),
        price: money2(stay, round2(r.price * s.feeShare)),
      })),
      meal_plan: 'breakfast_included',
    },
    status: r.status,
  }));
}

/** One order in `/orders/details/accommodations`, as the guide shows it. */
export function documentOf(clock: StayClock, stay: SimStay) {
  const total = stay.rooms.reduce((sum, r) => sum + r.price, 0);
  return {
    id: stay.id,
    reservation: Number(stay.rooms[0]?.reservation ?? 0),
    accommodation: 10_000 + Number(stay.id.slice(-2)),
    accommodation_details: { name: stay.hotel },
    checkin: ymd(clock, stay.checkinDays),
    checkout: ymd(clock, stay.checkinDays + stay.nights),
    status: statusOf(stay),
    label: 'gateway-demo',
    booker: { email: `${stay.customer}@example.invalid`, name: { first_name: stay.customer } },
    // As the guide shows it: `at` and `fee` only, and "the fee field is null if the cancelled product
    // has a free cancellation policy".
    cancellation_details: stay.cancellation
      ? {
          at: stay.cancellation.at,
          fee: stay.cancellation.fee > 0 ? money2(stay, stay.cancellation.fee) : null,
        }
      : null,
    price: { commissionable: money2(stay, round2(total * 0.9)), total: money2(stay, total) },
    currency: { accommodation: stay.accommodationCurrency, booker: stay.booker?.currency ?? null },
    products: productsOf(clock, stay),
  };
}
