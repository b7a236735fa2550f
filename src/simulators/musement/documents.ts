import type { SimItem, SimOrder } from './seed.js';

const HOUR = 3_600_000;

/** The clock the seed's hours count from: the simulator's start. */
export interface SimClock {
  readonly startedAt: number;
}

/** `2024-08-17T15:59:43+0000`: Musement's offset without a colon, in the given zone. */
function offsetDateTime(at: Date, timeZone: string): string {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find(p => p.type === 'timeZoneName')?.value ?? 'GMT';
  const hhmm = offset === 'GMT' ? '+0000' : offset.replace('GMT', '').replace(':', '');
  return `${local.replace(' ', 'T')}${hhmm}`;
}

/** `2021-11-26 09:00`: local wall-clock time with no zone, as `applicable_until` is sent. */
const localMinutes = (at: Date, timeZone: string) =>
  offsetDateTime(at, timeZone).slice(0, 16).replace('T', ' ');

/** `P10DT22H26M37S`, as the guide's example writes `remaining_time`; `PT0S` once the cutoff passed. */
function isoRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [d, h, m, sec] = [
    Math.floor(total / 86_400),
    Math.floor(total / 3600) % 24,
    Math.floor(total / 60) % 60,
    total % 60,
  ];
  return `P${d}DT${h}H${m}M${sec}S`;
}

const money = (value: number, currency: string) => ({
  currency,
  value,
  formatted_value: `€ ${value.toFixed(2)}`,
  formatted_iso_value: `€${value.toFixed(2)}`,
});

export const startOf = (clock: SimClock, item: SimItem) =>
  new Date(clock.startedAt + item.startOffsetHours * HOUR);
export const untilOf = (clock: SimClock, item: SimItem, hoursBefore: number) =>
  new Date(startOf(clock, item).getTime() - hoursBefore * HOUR);

/** The refund tier that applies now, if the last cutoff has not passed. */
export const tierNow = (clock: SimClock, item: SimItem) =>
  [...item.tiers]
    .sort((a, b) => b.hoursBefore - a.hoursBefore)
    .find(t => Date.now() < untilOf(clock, item, t.hoursBefore).getTime());

function itemDocument(clock: SimClock, order: SimOrder, item: SimItem) {
  return {
    uuid: item.uuid,
    code: `MOI${item.uuid.slice(-8)}`,
    quantity: item.quantity,
    status: item.status,
    product: {
      type: 'musement',
      title: item.title,
      ...(item.omitDate ? {} : { date: offsetDateTime(startOf(clock, item), item.timeZone) }),
      max_confirmation_time: 'PT30M',
      retail_price: money(item.unitPrice, order.currency),
    },
    retail_price_in_order_currency: money(item.unitPrice, order.currency),
    total_retail_price_in_order_currency: money(
      Math.round(item.unitPrice * item.quantity * 100) / 100,
      order.currency,
    ),
    ...(item.status === 'OK'
      ? { vouchers: [{ url: `https://vouchers.example.invalid/${item.uuid}?pdf=1` }] }
      : {}),
  };
}

export function orderDocument(clock: SimClock, order: SimOrder) {
  return {
    identifier: order.identifier,
    uuid: order.uuid,
    date: offsetDateTime(new Date(clock.startedAt - order.orderedHoursAgo * HOUR), 'UTC'),
    status: order.items.every(i => i.status === 'OK') ? 'OK' : 'PENDING',
    customer: { email: `${order.customer}@example.invalid`, firstname: order.customer },
    items: order.items.map(i => itemDocument(clock, order, i)),
  };
}

/** The item's frozen refund policies, each with its `applicable_until` and `remaining_time`. */
export function policiesDocument(clock: SimClock, item: SimItem) {
  return item.tiers.map((t, i) => ({
    uuid: `7d4f0707-0000-4000-8000-${String(i).padStart(12, '0')}`,
    period: t.period,
    type: t.type,
    value: t.value,
    applicable_until: localMinutes(untilOf(clock, item, t.hoursBefore), item.timeZone),
    remaining_time: isoRemaining(untilOf(clock, item, t.hoursBefore).getTime() - Date.now()),
  }));
}
