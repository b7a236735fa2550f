import { currentCorrelationId } from '../lib/request-scope.js';
import { FairSlots } from './fair-slots.js';
import type { HttpSettings } from './http-types.js';

/** One full page of a provider that reads one order per call (50 calls) goes out in one round. */
export const DEFAULT_MAX_CONCURRENT = 50;
// A bound on memory only (a waiting call holds a few hundred bytes): waits end at deadlines.
const DEFAULT_MAX_QUEUED = 10_000;
// Calls outside any GraphQL request (the reconciler, live polls) share one fairness bucket, so
// together they get the share of one request.
const BACKGROUND = 'background';

/** A provider's slots, reporting queue changes to its observer (metrics). */
export function providerSlots(settings: HttpSettings): FairSlots {
  const { provider, observer } = settings;
  return new FairSlots({
    capacity: settings.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
    maxQueued: settings.maxQueued ?? DEFAULT_MAX_QUEUED,
    observer: {
      queued: change => observer?.onQueue?.(provider, change),
      waited: seconds => observer?.onQueueWait?.(provider, seconds),
    },
  });
}

/** The fairness bucket of the current call: its GraphQL request (each has its own scope). */
export function requestBucket(): string {
  return currentCorrelationId() ?? BACKGROUND;
}
