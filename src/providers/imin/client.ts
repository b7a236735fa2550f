import type { HttpClient, HttpResponse, WriteResult } from '../http.js';
import { parseBody, parseJsonTolerant, unexpectedStatus } from '../response.js';
import { errorSchema, orderSchema, wire, type IminErrorWire, type IminOrderWire } from './schemas.js';

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

const orderWire = wire(orderSchema);
const errorWire = wire(errorSchema);

/** imin's HTTP calls and nothing else: paths, bodies, statuses. */
export function createIminClient(http: HttpClient) {
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
