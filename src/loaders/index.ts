import DataLoader from 'dataloader';
import { orderKey, type OrderModel, type OrderRef } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import type { ItemNote, ItemNoteStore } from '../ledger/item-notes.js';
import type { OwnershipRecord, OwnershipStore } from '../ledger/ownership.js';
import { type ProviderRegistry } from '../providers/port.js';
import { ProviderCallError } from '../domain/provider-failure.js';

/**
 * One request's reads (never shared between callers): each batches and de-duplicates what the
 * request asks for at once.
 */
export interface Loaders {
  /** Orders at their providers; `null` when the provider does not know the order. */
  readonly order: DataLoader<OrderRef, OrderModel | null, string>;
  /** Who owns each order, from the ledger: one query for every check made at once (a router's `_entities`). */
  readonly owner: DataLoader<OrderRef, OwnershipRecord | null, string>;
  /** The gateway's notes on the items of each order: one ledger query per provider. */
  readonly notes: DataLoader<OrderRef, ItemNote[], string>;
}

/** What the loaders read from: the providers, and the ledger's ownership records and item notes. */
export interface LoaderSources {
  readonly providers: ProviderRegistry;
  readonly ownership: Pick<OwnershipStore, 'findMany'>;
  readonly itemNotes: Pick<ItemNoteStore, 'forOrders'>;
  /** Sees every order a provider returns, with when its read began (metrics, the change feed). */
  readonly onLoaded?: (order: OrderModel, readStartedAt: Date) => void;
  /** The gateway's clock (reads are timed on it, as the ledger's records are). */
  readonly now?: () => Date;
}

/**
 * Built per request: batches references per provider, up to the provider's batch size, and fans out
 * to providers in parallel. A failure affects only its keys.
 */
export function createLoaders(sources: LoaderSources): Loaders {
  const onLoaded = sources.onLoaded ?? (() => undefined);
  const now = sources.now ?? (() => new Date());
  return {
    order: new DataLoader(keys => loadOrders(sources.providers, keys, onLoaded, now), {
      cacheKeyFn: orderKey,
    }),
    owner: new DataLoader(keys => sources.ownership.findMany(keys), { cacheKeyFn: orderKey }),
    notes: new DataLoader(keys => loadNotes(sources.itemNotes, keys), { cacheKeyFn: orderKey }),
  };
}

async function loadNotes(
  notes: LoaderSources['itemNotes'],
  keys: readonly OrderRef[],
): Promise<ItemNote[][]> {
  const byProvider = new Map<ProviderId, string[]>();
  for (const { provider, orderRef } of keys)
    byProvider.set(provider, [...(byProvider.get(provider) ?? []), orderRef]);
  const found = (
    await Promise.all([...byProvider].map(([provider, refs]) => notes.forOrders(provider, refs)))
  ).flat();
  return keys.map(key => found.filter(n => n.provider === key.provider && n.orderRef === key.orderRef));
}

async function loadOrders(
  providers: ProviderRegistry,
  keys: readonly OrderRef[],
  onLoaded: (order: OrderModel, readStartedAt: Date) => void,
  now: () => Date,
): Promise<Array<OrderModel | null | Error>> {
  const results: Array<OrderModel | null | Error> = new Array<OrderModel | null | Error>(keys.length).fill(
    null,
  );
  const byProvider = new Map<ProviderId, number[]>();
  keys.forEach((key, index) =>
    byProvider.set(key.provider, [...(byProvider.get(key.provider) ?? []), index]),
  );
  await Promise.all(
    [...byProvider].map(async ([providerId, indexes]) => {
      const provider = providers.get(providerId);
      if (!provider) {
        for (const i of indexes)
          results[i] = new ProviderCallError({
            provider: providerId,
            code: 'PROVIDER_UNAVAILABLE',
            message: 'Provider is not configured.',
            retryable: false,
          });
        return;
      }
      const size = Math.max(1, provider.maxBatchSize);
      const chunks: number[][] = [];
      for (let i = 0; i < indexes.length; i += size) chunks.push(indexes.slice(i, i + size));
      await Promise.all(
        chunks.map(async chunk => {
          const startedAt = now();
          try {
            const loaded = await provider.loadOrders(chunk.map(i => keys[i]?.orderRef ?? ''));
            chunk.forEach((keyIndex, j) => {
              const order = loaded[j] ?? null;
              if (order && !(order instanceof Error)) onLoaded(order, startedAt);
              results[keyIndex] = order;
            });
          } catch (error) {
            const failure = error instanceof Error ? error : new Error('Provider read failed.');
            for (const i of chunk) results[i] = failure;
          }
        }),
      );
    }),
  );
  return results;
}
