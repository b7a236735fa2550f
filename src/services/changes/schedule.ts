import type { OrderModel } from '../../domain/order.js';
import { startInstant } from '../../domain/order.js';
import { refundStateOf } from '../../domain/refund.js';

export interface WatchSchedule {
  /** How often a tracked booking that can still change is read (`WATCH_INTERVAL_MS`). */
  readonly intervalMs: number;
  /** The first re-read while something is in flux (a pending cancellation, a refund under way). */
  readonly pendingMs: number;
}

const FINAL = new Set(['CANCELLED_BY_CUSTOMER', 'CANCELLED_BY_PROVIDER', 'ATTENDED', 'NO_SHOW', 'FAILED']);
const DAY = 86_400_000;
/** A booking this long past its end (or start) that is not in flux is no longer watched. */
const WATCH_AFTER_END_MS = 2 * DAY;

const inFlux = (order: OrderModel) =>
  order.items.some(item => {
    if (item.status === 'PENDING' || item.status === 'CANCELLATION_PENDING') return true;
    const refund = refundStateOf(item);
    return refund === 'PENDING' || refund === 'STARTED';
  });

/**
 * When an order is read again, or null when it can no longer change: every item final (cancelled
 * with its refund settled, attended, failed), or long past its end. While something is in flux it is
 * read sooner: `pendingMs` at first, doubling with the time since it last changed, up to the
 * interval; within a day of its start, four times as often as the interval.
 */
export function nextCheck(
  order: OrderModel,
  now: Date,
  sinceChange: number,
  schedule: WatchSchedule,
): Date | null {
  const flux = inFlux(order);
  if (!flux && order.items.every(item => FINAL.has(item.status))) return null;
  const ends = order.items.map(item => (item.endsAt ?? startInstant(item))?.getTime() ?? Infinity);
  const last = Math.max(...ends);
  if (!flux && Number.isFinite(last) && now.getTime() > last + WATCH_AFTER_END_MS) return null;
  const at = (ms: number) => new Date(now.getTime() + ms);
  if (flux) {
    const doublings = Math.max(0, Math.floor(Math.log2(Math.max(1, sinceChange / schedule.pendingMs))));
    return at(Math.min(schedule.intervalMs, schedule.pendingMs * 2 ** doublings));
  }
  const starts = order.items.map(item => startInstant(item)?.getTime() ?? Infinity);
  const soonest = Math.min(...starts) - now.getTime();
  return at(
    soonest > 0 && soonest < DAY
      ? Math.max(schedule.pendingMs, schedule.intervalMs / 4)
      : schedule.intervalMs,
  );
}

/** After a failed read: back off from the pending interval, doubling per failure, up to the interval. */
export const afterFailure = (now: Date, failures: number, schedule: WatchSchedule): Date =>
  new Date(now.getTime() + Math.min(schedule.intervalMs, schedule.pendingMs * 2 ** Math.min(20, failures)));
