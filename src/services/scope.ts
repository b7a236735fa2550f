import type { Caller } from '../auth/tokens.js';
import type { Loaders } from '../loaders/index.js';

/**
 * What one request brings to a service, and all it brings: who asks, its own reads (loaders, never
 * shared between requests), and its correlation id. Its deadline rides along in `lib/request-scope`.
 * Services are built once at start-up and take this as their first argument.
 */
export interface RequestScope {
  readonly caller: Caller;
  readonly loaders: Loaders;
  readonly correlationId: string;
}

/** The same request, reading as someone else (a supergraph's `Customer.orders` under `orders:admin`). */
export const readingAs = (scope: RequestScope, caller: Caller): RequestScope => ({ ...scope, caller });
