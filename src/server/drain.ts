import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { ServerResponse } from 'node:http';
import { sendError } from './http-io.js';

const wait = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms).unref());

/**
 * Graceful shutdown's bookkeeping: requests in flight, and the mutations among them (a cancel moves
 * money). Draining, the process refuses new GraphQL work, reads get `graceMs` to finish, and mutations
 * are waited for past that (to `writeCapMs`): a cancel that reached a provider is answered and
 * journalled rather than cut off mid-flight.
 */
export class Drain {
  #draining = false;
  #requests = 0;
  #writes = 0;
  #changed: Array<() => void> = [];

  get draining(): boolean {
    return this.#draining;
  }

  /**
   * Counts every request until its response closes; once draining, every response closes its
   * connection and a new GraphQL request is answered 503 here (false: nothing more to do).
   */
  admit(res: ServerResponse, graphql: boolean): boolean {
    if (this.#draining) {
      res.setHeader('connection', 'close');
      if (graphql) {
        res.setHeader('retry-after', '1');
        sendError(
          res,
          503,
          'This instance is shutting down; retry, and another one answers.',
          'SERVICE_UNAVAILABLE',
        );
        return false;
      }
    }
    this.#requests += 1;
    res.once('close', () => this.#settle(() => (this.#requests -= 1)));
    return true;
  }

  /** Marks resolved mutations as writes until their response is sent. */
  plugin<C extends object>(): ApolloServerPlugin<C> {
    return {
      requestDidStart: () => {
        let done: (() => void) | null = null;
        return Promise.resolve({
          didResolveOperation: ({ operation }) => {
            if (operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
            this.#writes += 1;
            done = () => this.#settle(() => (this.#writes -= 1));
            return Promise.resolve();
          },
          willSendResponse: () => {
            done?.();
            done = null;
            return Promise.resolve();
          },
        });
      },
    };
  }

  /**
   * Starts draining and resolves when nothing is in flight, or when reads had `graceMs` and writes
   * `writeCapMs`; returns how many requests were still open then (to be cut).
   */
  async drain(graceMs: number, writeCapMs: number): Promise<{ open: number; writes: number }> {
    this.#draining = true;
    const started = Date.now();
    while (this.#requests > 0 && Date.now() - started < graceMs) await this.#next(started + graceMs);
    while (this.#writes > 0 && Date.now() - started < writeCapMs) await this.#next(started + writeCapMs);
    return { open: this.#requests, writes: this.#writes };
  }

  #settle(change: () => void): void {
    change();
    for (const wake of this.#changed.splice(0)) wake();
  }

  /** Until the next request or write ends, or `until` passes. */
  #next(until: number): Promise<void> {
    return Promise.race([
      new Promise<void>(resolve => this.#changed.push(resolve)),
      wait(Math.max(0, until - Date.now())),
    ]);
  }
}
