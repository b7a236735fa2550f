import DataLoader from 'dataloader';
import { hasScope, type Caller } from '../auth/tokens.js';
import { decodeId, decodeIdOfType, orderItemId } from '../domain/ids.js';
import type { OrderItemModel, OrderModel } from '../domain/order.js';
import type { ProviderId } from '../domain/provider.js';
import { ownershipKey, type OwnershipKey, type OwnershipRecord } from '../ledger/ownership.js';
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

/**
 * A request's ownership checks, the read rule applied: one ledger query for every check made at once
 * (a router's `_entities`), none for a provider.
 */
function ownershipReader(ledger: Deps['ledger']) {
  const owners = new DataLoader<OwnershipKey, OwnershipRecord | null, string>(
    keys => ledger.ownership.findMany(keys),
    { cacheKeyFn: key => ownershipKey(key.provider, key.providerReference) },
  );
  /** The order's ownership record when the caller may read it; null for a foreign or unknown one alike. */
  async function readableRecord(caller: Caller, provider: ProviderId, orderRef: string) {
    const record = await owners.load({ provider, providerReference: orderRef });
    return record && mayRead(caller, record.customerId) ? record : null;
  }
  return {
    readableRecord,
    /** The item's canonical id when the caller may read its order; null for any other id alike. */
    ownedItemId: async (caller: Caller, id: string): Promise<string | null> => {
      const decoded = decodeIdOfType(id, 'OrderItem');
      if (!decoded || !(await readableRecord(caller, decoded.provider, decoded.orderRef))) return null;
      return orderItemId(decoded.provider, decoded.orderRef, decoded.itemRef);
    },
  };
}

/**
 * Whom `caller` reads `customerId`'s bookings as: themselves, or that customer under `orders:admin`;
 * null for anyone else (a supergraph's `Customer.orders`).
 */
function readerOf(caller: Caller, customerId: string): Caller | null {
  if (!mayRead(caller, customerId)) return null;
  return caller.customerId === customerId ? caller : { customerId, scopes: caller.scopes };
}

/** The read rule, one place for every entry point: the owner, or `orders:admin` for anyone's. */
const mayRead = (caller: Caller, ownerId: string): boolean =>
  caller.customerId === ownerId || hasScope(caller, 'orders:admin');

/**
 * Reads orders for a caller. Ownership is checked in the ledger before any provider call; a foreign
 * order reads exactly like a missing one. `orders:admin` may read any registered order.
 */
export function createOrdersService(deps: Deps) {
  const { ledger, loaders, bookerMatches } = deps;
  const ownership = ownershipReader(ledger);
  /** The order when the caller owns it and the provider's booker agrees with the ledger; else null. */
  async function loadOwnedOrder(
    caller: Caller,
    provider: ProviderId,
    orderRef: string,
  ): Promise<OrderModel | null> {
    const record = await ownership.readableRecord(caller, provider, orderRef);
    if (!record) return null;
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

    ownedItemId: ownership.ownedItemId,
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
