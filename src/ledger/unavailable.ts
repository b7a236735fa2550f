import { IllegalTransitionError } from './journal-states.js';

/**
 * The ledger's database could not answer (connection lost, timed out, busy, disk full). Thrown in
 * place of the driver's error so callers can answer a typed SERVICE_UNAVAILABLE; the driver's own
 * error is kept as `cause` for the log only.
 */
export class LedgerUnavailableError extends Error {
  override readonly name = 'LedgerUnavailableError';
  constructor(cause: unknown) {
    super('The ledger database did not answer.', { cause });
  }
}

/**
 * The store with every database failure turned into `LedgerUnavailableError`. An error thrown by a
 * callback the caller passed in (e.g. a snapshot check inside a registration) is the caller's own
 * and passes through unchanged.
 */
export function guardStore<T extends object>(store: T): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(store)) {
    guarded[name] =
      typeof member === 'function'
        ? async (...args: unknown[]) => {
            const fromCaller = new WeakSet<object>();
            const tracked = args.map(arg =>
              typeof arg === 'function'
                ? async (...inner: unknown[]) => {
                    try {
                      return await (arg as (...a: unknown[]) => Promise<unknown>)(...inner);
                    } catch (error) {
                      if (typeof error === 'object' && error !== null) fromCaller.add(error);
                      throw error;
                    }
                  }
                : arg,
            );
            try {
              return await (member as (...a: unknown[]) => Promise<unknown>).apply(store, tracked);
            } catch (error) {
              // A store's own refusal of a wrong call (an illegal journal move) is a bug, not an outage.
              if (error instanceof LedgerUnavailableError || error instanceof IllegalTransitionError)
                throw error;
              if (typeof error === 'object' && error !== null && fromCaller.has(error)) throw error;
              throw new LedgerUnavailableError(error);
            }
          }
        : member;
  }
  return guarded as T;
}
