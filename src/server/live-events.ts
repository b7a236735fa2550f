import { randomUUID } from 'node:crypto';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createContext, type AppDeps, type Context } from '../context.js';
import { itemNotFound } from '../resolvers/Subscription.js';
import { LiveItemNotFound, type LiveItemEvent } from '../services/live-items.js';

/**
 * One correlation id per graphql-ws operation (a `subscribe` message), from admission to its end:
 * on its errors, in its context (`requestId`, the loggers' binding) and in the scope its events run
 * in. Per operation rather than per connection, as one socket carries many subscriptions.
 */
export class OperationIds {
  readonly #byConnection = new WeakMap<object, Map<string, string>>();

  start(connection: object, id: string): string {
    let ids = this.#byConnection.get(connection);
    if (!ids) this.#byConnection.set(connection, (ids = new Map<string, string>()));
    const correlationId = randomUUID();
    ids.set(id, correlationId);
    return correlationId;
  }

  get(connection: object, id: string): string | undefined {
    return this.#byConnection.get(connection)?.get(id);
  }

  end(connection: object, id: string): void {
    this.#byConnection.get(connection)?.delete(id);
  }
}

/** Maps source events to results; a stream that fails ends with one typed error instead of a dropped socket. */
export function mapEvents(
  source: AsyncIterable<unknown>,
  map: (event: LiveItemEvent) => Promise<ExecutionResult> | ExecutionResult,
): AsyncIterableIterator<ExecutionResult> {
  const events = source[Symbol.asyncIterator]();
  let finished = false;
  const end = async (): Promise<IteratorResult<ExecutionResult>> => {
    finished = true;
    await events.return?.();
    return { done: true, value: undefined };
  };
  return {
    async next() {
      if (finished) return { done: true, value: undefined };
      try {
        const next = await events.next();
        if (next.done) return { done: true, value: undefined };
        return { done: false, value: await map(next.value as LiveItemEvent) };
      } catch (error) {
        finished = true;
        const typed =
          error instanceof LiveItemNotFound
            ? itemNotFound()
            : new GraphQLError('Internal server error.', { originalError: error as Error });
        return { done: false, value: { errors: [typed] } };
      }
    },
    return: end,
    throw: async (error: unknown) => {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * A fresh request context for one event, its loader primed with the order the poll just read. It
 * keeps the operation's correlation id: every event of one subscription is found under one id.
 */
export function primedContext(deps: AppDeps, operation: Context, event: LiveItemEvent): Context {
  const ctx = createContext(deps, operation.caller, operation.correlationId);
  const { provider, providerReference } = event.order;
  ctx.loaders.order.prime({ provider, orderRef: providerReference }, event.order);
  return ctx;
}
