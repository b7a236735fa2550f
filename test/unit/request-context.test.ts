// The request context (src/context.ts): its child logger is made only by a request that logs, also
// after Apollo copies the context for the operation as it does for every request.
import { describe, expect, it } from 'vitest';
import { createContext, type AppDeps } from '../../src/context.js';
import type { Logger } from '../../src/lib/logger.js';

/** What Apollo Server 5 does to a context before running an operation (ApolloServer.ts, cloneObject). */
const asApolloCopies = <T extends object>(value: T): T =>
  Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);

describe('the request context', () => {
  it('builds no child logger unless the request logs, and then one with its correlation id', () => {
    const children: unknown[] = [];
    const logger = { child: (bindings: unknown) => (children.push(bindings), logger) } as unknown as Logger;
    const app = { logger, services: {}, newLoaders: () => ({}) } as unknown as AppDeps;
    const ctx = asApolloCopies(createContext(app, { customerId: 'alice', scopes: new Set() }, 'corr-1'));
    expect(ctx.caller.customerId).toBe('alice');
    expect(children).toEqual([]);
    expect(ctx.logger).toBe(logger);
    expect(ctx.logger).toBe(logger);
    expect(children).toEqual([{ correlationId: 'corr-1' }]);
  });
});
