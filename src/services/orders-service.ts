import { hasScope, type Caller } from '../auth/tokens.js';
import { orderItemId } from '../domain/ids.js';
import { decodeId, decodeIdOfType } from '../providers/ids.js';
import type { OrderItemModel, OrderModel, OrderRef } from '../domain/order.js';
import type { OwnershipRecord } from '../ledger/ownership.js';
import { createItemReader } from './item-notes.js';
import { upcomingItemsPage, viewerOrdersPage, type OrdersDeps } from './order-pages.js';
import type { RequestScope } from './scope.js';

export {
  MAX_PAGE_SIZE,
  UPCOMING_ORDER_SCAN_LIMIT,
  type OrderConnectionModel,
  type OrderEdgeModel,
  type OrderItemConnectionModel,
  type OrdersDeps,
  type ProviderOutageModel,
  type CustomerModel,
  type ViewerModel,
} from './order-pages.js';

/** The read rule, one place for every entry point: the owner, or `orders:admin` for anyone's. */
const mayRead = (caller: Caller, ownerId: string): boolean =>
  caller.customerId === ownerId || hasScope(caller, 'orders:admin');

/** The order's ownership record when the caller may read it; null for a foreign or unknown one alike. */
async function readableRecord(scope: RequestScope, order: OrderRef): Promise<OwnershipRecord | null> {
  const record = await scope.loaders.owner.load(order);
  return record && mayRead(scope.caller, record.customerId) ? record : null;
}

/**
 * Whom `caller` reads `customerId`'s bookings as: themselves, or that customer under `orders:admin`;
 * null for anyone else (a supergraph's `Customer.orders`).
 */
function readerOf(caller: Caller, customerId: string): Caller | null {
  if (!mayRead(caller, customerId)) return null;
  return caller.customerId === customerId ? caller : { customerId, scopes: caller.scopes };
}

/**
 * Reads orders for the request's caller. Ownership is checked in the ledger (one batched query per
 * request) before any provider call; a foreign order reads exactly like a missing one. `orders:admin`
 * may read any registered order. Built once; every call takes the request's scope.
 */
export function createOrdersService(deps: OrdersDeps) {
  /** The order when the caller owns it and the provider's booker agrees with the ledger; else null. */
  async function loadOwnedOrder(scope: RequestScope, ref: OrderRef): Promise<OrderModel | null> {
    const record = await readableRecord(scope, ref);
    if (!record) return null;
    const order = await scope.loaders.order.load(ref);
    return order && (await deps.bookerMatches(record, order)) ? order : null;
  }

  async function orderById(scope: RequestScope, id: string): Promise<OrderModel | null> {
    const decoded = decodeIdOfType(id, 'Order');
    return decoded ? loadOwnedOrder(scope, decoded) : null;
  }

  async function orderItemById(scope: RequestScope, id: string): Promise<OrderItemModel | null> {
    const decoded = decodeIdOfType(id, 'OrderItem');
    if (!decoded) return null;
    const order = await loadOwnedOrder(scope, decoded);
    return order?.items.find(item => item.providerReference === decoded.itemRef) ?? null;
  }

  return {
    orderById,
    orderItemById,

    /** The item's canonical id when the caller may read its order; null for any other id alike. */
    async ownedItemId(scope: RequestScope, id: string): Promise<string | null> {
      const decoded = decodeIdOfType(id, 'OrderItem');
      if (!decoded || !(await readableRecord(scope, decoded))) return null;
      return orderItemId(decoded.provider, decoded.orderRef, decoded.itemRef);
    },

    /** Items as the customer should see them: the provider's data with the gateway's notes on it. */
    items: createItemReader(() => deps.clock.now()),

    async node(scope: RequestScope, id: string): Promise<OrderModel | OrderItemModel | null> {
      const decoded = decodeId(id);
      if (!decoded) return null;
      return decoded.type === 'Order' ? orderById(scope, id) : orderItemById(scope, id);
    },

    /** The order an item belongs to, re-checked for ownership (edges are entry points too). */
    orderOfItem: (scope: RequestScope, item: OrderItemModel): Promise<OrderModel | null> =>
      loadOwnedOrder(scope, item),

    readerOf,

    viewerOrders: (
      scope: RequestScope,
      args: Parameters<typeof viewerOrdersPage>[2],
    ): ReturnType<typeof viewerOrdersPage> => viewerOrdersPage(deps, scope, args),

    upcomingOrderItems: (
      scope: RequestScope,
      args: Parameters<typeof upcomingItemsPage>[2],
    ): ReturnType<typeof upcomingItemsPage> => upcomingItemsPage(deps, scope, args),
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
