import DataLoader from 'dataloader';
import type { OrderModel } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import { type ProviderRegistry } from '../providers/port.js';
import { ProviderCallError } from '../domain/provider-failure.js';

export interface OrderKey {
  readonly provider: ProviderId;
  readonly orderRef: string;
}

export interface Loaders {
  /** Orders by provider reference; `null` when the provider does not know the order. */
  readonly order: DataLoader<OrderKey, OrderModel | null, string>;
}

/**
 * Built per request (never shared between callers): batches references per provider, up to the
 * provider's batch size, and fans out to providers in parallel. A failure affects only its keys.
 */
export function createLoaders(
  providers: ProviderRegistry,
  onLoaded: (order: OrderModel) => void = () => {},
): Loaders {
  return {
    order: new DataLoader<OrderKey, OrderModel | null, string>(
      keys => loadOrders(providers, keys, onLoaded),
      {
        cacheKeyFn: key => `${key.provider}|${key.orderRef}`,
      },
    ),
  };
}

async function loadOrders(
  providers: ProviderRegistry,
  keys: readonly OrderKey[],
  onLoaded: (order: OrderModel) => void,
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
          try {
            const loaded = await provider.loadOrders(chunk.map(i => keys[i]?.orderRef ?? ''));
            chunk.forEach((keyIndex, j) => {
              const order = loaded[j] ?? null;
              if (order && !(order instanceof Error)) onLoaded(order);
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
