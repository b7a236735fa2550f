import DataLoader from 'dataloader';
import { hasScope, type Caller } from '../auth/tokens.js';
import { decodeId, decodeIdOfType, orderItemId } from '../domain/ids.js';
import type { OrderItemModel, OrderModel } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import type { OwnershipRecord } from '../ledger/ownership.js';
import { createItemReader } from './item-notes.js';
import { upcomingItemsPage, viewerOrdersPage, type Deps } from './order-pages.js';

export {
  MAX_PAGE_SIZE,
  UPCOMING_ORDER_SCAN_LIMIT,
  type OrderConnectionModel,
  type OrderEdgeModel,
  type OrderItemConnectionModel,
  type ProviderOutageModel,
  type CustomerModel,
  type ViewerModel,
} from './order-pages.js';

interface OwnershipKey {
  readonly provider: ProviderId;
  readonly providerReference: string;
}

/** One ledger query for every ownership check a request makes at once (a router's `_entities`). */
const ownersLoader = (ledger: Deps['ledger']) =>
  new DataLoader<OwnershipKey, OwnershipRecord | null, string>(keys => ledger.ownership.findMany(keys), {
    cacheKeyFn: key => `${key.provider}|${key.providerReference}`,
  });

/**
 * Whom `caller` reads `customerId`'s bookings as: themselves, or that customer under `orders:admin`;
 * null for anyone else (a supergraph's `Customer.orders`).
 */
function readerOf(caller: Caller, customerId: string): Caller | null {
  if (caller.customerId === customerId) return caller;
  return hasScope(caller, 'orders:admin') ? { customerId, scopes: caller.scopes } : null;
}

/**
 * The item's canonical id when the caller owns its order, from the ledger alone (no provider call);
 * null for a foreign, unregistered or malformed id alike.
 */
async function ownedItemId(ledger: Deps['ledger'], caller: Caller, id: string): Promise<string | null> {
  const decoded = decodeIdOfType(id, 'OrderItem');
  if (!decoded) return null;
  const record = await ledger.ownership.find(decoded.provider, decoded.orderRef);
  if (!record || (record.customerId !== caller.customerId && !hasScope(caller, 'orders:admin'))) return null;
  return orderItemId(decoded.provider, decoded.orderRef, decoded.itemRef);
}

/**
 * Reads orders for a caller. Ownership is checked in the ledger before any provider call; a foreign
 * order reads exactly like a missing one. `orders:admin` may read any registered order.
 */
export function createOrdersService(deps: Deps) {
  const { ledger, loaders, bookerMatches } = deps;
  const owners = ownersLoader(ledger);
  /** The order when the caller owns it and the provider's booker agrees with the ledger; else null. */
  async function loadOwnedOrder(
    caller: Caller,
    provider: ProviderId,
    orderRef: string,
  ): Promise<OrderModel | null> {
    const record = await owners.load({ provider, providerReference: orderRef });
    if (!record || (record.customerId !== caller.customerId && !hasScope(caller, 'orders:admin')))
      return null;
    const order = await loaders.order.load({ provider, orderRef });
    return order && (await bookerMatches(record, order)) ? order : null;
  }

  async function orderById(caller: Caller, id: string): Promise<OrderModel | null> {
    const decoded = decodeIdOfType(id, 'Order');
    return decoded ? loadOwnedOrder(caller, decoded.provider, decoded.orderRef) : null;
  }

  async function orderItemById(caller: Caller, id: string): Promise<OrderItemModel | null> {
    const decoded = decodeIdOfType(id, 'OrderItem');
    if (!decoded) return null;
    const order = await loadOwnedOrder(caller, decoded.provider, decoded.orderRef);
    return order?.items.find(item => item.providerReference === decoded.itemRef) ?? null;
  }

  return {
    orderById,
    orderItemById,

    ownedItemId: (caller: Caller, id: string) => ownedItemId(ledger, caller, id),
    /** Items as the customer should see them: the provider's data with the gateway's notes on it. */
    items: createItemReader(ledger.itemNotes, () => deps.clock.now()),

    async node(caller: Caller, id: string): Promise<OrderModel | OrderItemModel | null> {
      const decoded = decodeId(id);
      if (!decoded) return null;
      return decoded.type === 'Order' ? orderById(caller, id) : orderItemById(caller, id);
    },

    /** The order an item belongs to, re-checked for ownership (edges are entry points too). */
    async orderOfItem(caller: Caller, item: OrderItemModel): Promise<OrderModel | null> {
      return loadOwnedOrder(caller, item.provider, item.orderRef);
    },

    readerOf,

    viewerOrders: (
      caller: Caller,
      args: { first?: number | null; after?: string | null; providers?: readonly ProviderId[] | null },
    ) => viewerOrdersPage(deps, caller, args),

    upcomingOrderItems: (caller: Caller, args: { first?: number | null; after?: string | null }) =>
      upcomingItemsPage(deps, caller, args),
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
