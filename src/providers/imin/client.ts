import type { z } from 'zod';
import type { HttpClient, HttpResponse, WriteResult } from '../http.js';
import { parseBody, parseJson, parseJsonTolerant, unexpectedStatus } from '../response.js';
import {
  collectionSchema,
  errorSchema,
  orderItemSchema,
  orderSchema,
  wire,
  type IminErrorWire,
  type IminOrderItemWire,
  type IminOrderWire,
} from './schemas.js';

/**
 * The Open Booking API's media type. Cancellation PATCHes carry it; answers may come in it or in
 * plain `application/json` (both are read the same way).
 */
export const BOOKING_MEDIA_TYPE = 'application/vnd.openactive.booking+json; version=1';
const ACCEPT = { accept: `${BOOKING_MEDIA_TYPE}, application/json` };

/**
 * The cancellation PATCH body (Open Booking API "Order Cancellation"; imin's guide 000): each OrderItem
 * named by its `@id` exactly as imin served it, never rebuilt, and only these properties.
 */
export function cancelBody(itemIds: readonly string[]): Record<string, unknown> {
  return {
    '@context': 'https://openactive.io/',
    '@type': 'Order',
    orderedItem: itemIds.map(id => ({
      '@type': 'OrderItem',
      '@id': id,
      orderItemStatus: 'https://openactive.io/CustomerCancelled',
    })),
  };
}

/** Pages followed at most when listing a customer's orders or upcoming items. */
export const MAX_PAGES = 10;

const orderWire = wire(orderSchema);
const orderPage = wire(collectionSchema(orderSchema));
const itemPage = wire(collectionSchema(orderItemSchema));
const errorWire = wire(errorSchema);

/** imin's HTTP calls and nothing else: paths, bodies, statuses. */
export function createIminClient(http: HttpClient) {
  async function listPaged<T>(
    path: string,
    customerIdentifier: string,
    schema: z.ZodType<{ 'imin:item': T[]; view?: { next?: string | undefined } | undefined }>,
  ): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({ customerIdentifier, page: String(page) });
      const response = await http.read({
        method: 'GET',
        path: `${path}?${query.toString()}`,
        headers: ACCEPT,
      });
      if (response.status !== 200) throw unexpectedStatus('IMIN', response);
      const body = parseJson('IMIN', response, schema);
      all.push(...body['imin:item']);
      if (!body.view?.next) break;
    }
    return all;
  }

  return {
    /** `GET /orders/{uuid}` with the optional fields read as null; `null` when imin does not know it. */
    async getOrder(uuid: string): Promise<{ wire: IminOrderWire; degraded: readonly string[] } | null> {
      const response = await http.read({
        method: 'GET',
        path: `/orders/${encodeURIComponent(uuid)}`,
        headers: ACCEPT,
      });
      if (response.status === 404 || response.status === 410) return null;
      if (response.status !== 200) throw unexpectedStatus('IMIN', response);
      return parseJsonTolerant('IMIN', response, orderWire);
    },

    /** The customer's order history, newest first (`GET /orders?customerIdentifier=`). */
    listOrders: (customerIdentifier: string): Promise<IminOrderWire[]> =>
      listPaged('/orders', customerIdentifier, orderPage),

    /** The customer's upcoming items, earliest first (`GET /order-items?customerIdentifier=`). */
    listUpcomingItems: (customerIdentifier: string): Promise<IminOrderItemWire[]> =>
      listPaged('/order-items', customerIdentifier, itemPage),

    /** `PATCH /orders/{uuid}` naming each item by its served `@id`, in the booking media type; sent once. */
    cancelItems(orderUuid: string, itemIds: readonly string[]): Promise<WriteResult> {
      return http.write({
        method: 'PATCH',
        path: `/orders/${encodeURIComponent(orderUuid)}`,
        headers: { ...ACCEPT, 'content-type': BOOKING_MEDIA_TYPE },
        body: cancelBody(itemIds),
      });
    },

    /** The OpenActive error body of an answer, when it has one. */
    errorOf: (response: HttpResponse): IminErrorWire | null => parseBody(response, errorWire),
  };
}

export type IminClient = ReturnType<typeof createIminClient>;
