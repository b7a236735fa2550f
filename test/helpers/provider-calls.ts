import type { OrderModel } from '../../src/domain/order.js';
import type { BookingProvider, ProviderCancelOutcome } from '../../src/providers/port.js';
import type { CancellationReason } from '../../src/domain/cancellation.js';

/** One order through an adapter's `loadOrders`; fails the test when it does not load. */
export async function loadOne(provider: BookingProvider, ref: string): Promise<OrderModel> {
  const [order] = await provider.loadOrders([ref]);
  if (!order || order instanceof Error) throw new Error(`order ${ref} did not load: ${String(order)}`);
  return order;
}

/** The adapter's cancel of one item of a freshly read order, as the cancellation service calls it. */
export function cancelItem(
  provider: BookingProvider,
  order: OrderModel,
  index = 0,
  reason: CancellationReason = 'OTHER',
): Promise<ProviderCancelOutcome> {
  return provider.cancel({
    order,
    item: order.items[index]!,
    items: [order.items[index]!],
    reason,
    note: null,
    journalId: 'j',
  });
}
