import type { CancellationOutcome } from '../../domain/cancellation.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The stored form of an answer, replayed as is for the same idempotency key. */
export function serializeOutcome(outcome: CancellationOutcome): string {
  return JSON.stringify(outcome);
}

export function reviveOutcome(snapshot: string): CancellationOutcome {
  return JSON.parse(snapshot, (_key, value: unknown) =>
    typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value,
  ) as CancellationOutcome;
}
