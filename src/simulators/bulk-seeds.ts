import { bookingComSeed, type SimStay } from './booking-com/seed.js';
import { iminSeed, type SimOrder } from './imin/seed.js';
import { musementSeed, type SimOrder as MusementOrder } from './musement/seed.js';

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

/** `n` Musement orders shaped like the first demo order, with distinct order and item UUIDs. */
export function musementOrders(n: number): MusementOrder[] {
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
