import type { OrderModel } from '../../src/domain/order.js';
import type { ProviderId } from '../../src/domain/provider.js';
import type {
  BookingProvider,
  ProviderCancelOutcome,
  ProviderCancelRequest,
} from '../../src/providers/port.js';
import type { ProviderCallError } from '../../src/domain/provider-failure.js';
import type { ProviderStarter } from '../../src/providers/plugin.js';

/** An in-memory provider with scriptable reads and a call log (no mocking library, no globals). */
export interface FakeProvider extends BookingProvider {
  readonly calls: { loadOrders: string[][]; cancel: ProviderCancelRequest[] };
  orders: Map<string, OrderModel>;
  failWith: Error | ProviderCallError | null;
  cancelOutcome: ProviderCancelOutcome;
}

export function createFakeProvider(
  id: ProviderId,
  orders: OrderModel[] = [],
  maxBatchSize = 1,
): FakeProvider {
  const fake: FakeProvider = {
    id,
    maxBatchSize,
    calls: { loadOrders: [], cancel: [] },
    orders: new Map(orders.map(o => [o.providerReference, o])),
    failWith: null,
    cancelOutcome: { kind: 'accepted', state: 'CONFIRMED', refund: null, fee: null, providerRequestId: null },
    loadOrders: refs => {
      fake.calls.loadOrders.push([...refs]);
      if (fake.failWith) return Promise.reject(fake.failWith);
      return Promise.resolve(refs.map(ref => fake.orders.get(ref) ?? null));
    },
    cancel: request => {
      fake.calls.cancel.push(request);
      if (fake.cancelOutcome.kind === 'accepted') {
        // Stateful like the simulators: an accepted cancel shows on the next read.
        const order = fake.orders.get(request.order.providerReference);
        const whole = request.item.cancellationPolicy?.scope === 'ORDER';
        if (order) {
          const items = order.items.map(i =>
            whole || i.providerReference === request.item.providerReference
              ? { ...i, status: 'CANCELLED_BY_CUSTOMER' as const }
              : i,
          );
          fake.orders.set(order.providerReference, { ...order, items });
        }
      }
      return Promise.resolve(fake.cancelOutcome);
    },
    health: () => ({ provider: id, circuit: 'CLOSED', lastFailureAt: null }),
    ping: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  return fake;
}

export function fakePlugin(provider: FakeProvider): ProviderStarter {
  return {
    id: provider.id,
    start: () => Promise.resolve(provider),
  };
}

export const upstreamCalls = (...fakes: FakeProvider[]): number =>
  fakes.reduce((sum, f) => sum + f.calls.loadOrders.length + f.calls.cancel.length, 0);
