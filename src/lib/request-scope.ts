import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const scope = new AsyncLocalStorage<{ correlationId: string }>();

/** Runs `fn` with a fresh correlation id visible to everything it calls (error formatting, logs). */
export function withCorrelationId<T>(fn: (correlationId: string) => T): T {
  const correlationId = randomUUID();
  return scope.run({ correlationId }, () => fn(correlationId));
}

export function currentCorrelationId(): string | null {
  return scope.getStore()?.correlationId ?? null;
}
