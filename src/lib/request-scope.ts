import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface RequestScope {
  readonly correlationId: string;
  /** Epoch ms after which no provider read starts or continues; null outside a GraphQL request. */
  deadlineAt: number | null;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `fn` with a correlation id visible to everything it calls (error formatting, logs): a fresh
 * one, or one that already names the work (a WebSocket operation and each of its events).
 */
export function withCorrelationId<T>(
  fn: (correlationId: string) => T,
  correlationId: string = randomUUID(),
): T {
  return scope.run({ correlationId, deadlineAt: null }, () => fn(correlationId));
}

export function currentCorrelationId(): string | null {
  return scope.getStore()?.correlationId ?? null;
}

/** Starts the whole-request deadline; every provider read in this request stops by then. */
export function startRequestDeadline(ms: number, now = Date.now()): void {
  const store = scope.getStore();
  if (store) store.deadlineAt = now + ms;
}

export function currentDeadline(): number | null {
  return scope.getStore()?.deadlineAt ?? null;
}
