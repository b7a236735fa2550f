import type { Caller } from '../../src/auth/tokens.js';
import type { Ledger } from '../../src/ledger/index.js';
import { createLoaders } from '../../src/loaders/index.js';
import type { ProviderRegistry } from '../../src/providers/port.js';
import type { RequestScope } from '../../src/services/scope.js';

const nothingInTheLedger = {
  findMany: (keys: readonly unknown[]) => Promise.resolve(keys.map(() => null)),
  forOrders: () => Promise.resolve([]),
};

/** A request's scope for service tests: fresh loaders over these providers and this ledger. */
export function scopeFor(
  caller: Caller,
  { providers = new Map(), ledger }: { providers?: ProviderRegistry; ledger?: Ledger },
): RequestScope {
  const loaders = createLoaders({
    providers,
    ownership: ledger?.ownership ?? nothingInTheLedger,
    itemNotes: ledger?.itemNotes ?? nothingInTheLedger,
  });
  return { caller, loaders, correlationId: 'test' };
}
