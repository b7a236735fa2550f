/** How long a change is retried for, and how the waits between attempts grow. */
export interface RetryPolicy {
  /** The first retry's wait (`WEBHOOK_RETRY_BASE_MS`); each later one doubles, with jitter. */
  readonly baseMs: number;
  /** Past this long after the change (`WEBHOOK_RETRY_WINDOW_MS`, default 3 days) it is a dead letter. */
  readonly windowMs: number;
  /** No single wait is longer than this (default 1 hour), so a receiver back up is served soon. */
  readonly maxWaitMs?: number;
}

/**
 * The wait before attempt `attempt + 1`, after `attempt` failed ones: exponential, capped, with jitter
 * over its upper half so receivers recovering from an outage are not hit by every sender at once.
 */
export function retryWait(policy: RetryPolicy, failedAttempts: number, random = Math.random): number {
  const cap = policy.maxWaitMs ?? 3_600_000;
  const exponential = Math.min(cap, policy.baseMs * 2 ** Math.min(30, Math.max(0, failedAttempts - 1)));
  return Math.round(exponential * (0.5 + random() / 2));
}

/** When a change's retries end. */
export const windowEnd = (policy: RetryPolicy, windowFrom: Date): Date =>
  new Date(windowFrom.getTime() + policy.windowMs);
