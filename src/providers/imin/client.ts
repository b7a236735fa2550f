import type { z } from 'zod';
import type { HttpClient, WriteResult } from '../http.js';
import { parseJson, unexpectedStatus } from '../response.js';
import {
  collectionSchema,
  orderItemSchema,
  orderSchema,
  wire,
  type IminOrderItemWire,
  type IminOrderWire,
} from './schemas.js';

/** Pages followed at most when listing a customer's orders or upcoming items. */
export const MAX_PAGES = 10;

const orderWire = wire(orderSchema);
const orderPage = wire(collectionSchema(orderSchema));
const itemPage = wire(collectionSchema(orderItemSchema));

/** imin's HTTP calls and nothing else: paths, bodies, statuses. */
export function createIminClient(http: HttpClient, baseUrl: string) {
  async function listPaged<T>(
    path: string,
    customerIdentifier: string,
    schema: z.ZodType<{ 'imin:item': T[]; view?: { next?: string | undefined } | undefined }>,
  ): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({ customerIdentifier, page: String(page) });
      const response = await http.read({ method: 'GET', path: `${path}?${query.toString()}` });
      if (response.status !== 200) throw unexpectedStatus('IMIN', response);
      const body = parseJson('IMIN', response, schema);
      all.push(...body['imin:item']);
      if (!body.view?.next) break;
    }
    return all;
  }

  return {
    /** `GET /orders/{uuid}`; `null` when imin does not know the order. */
    async getOrder(uuid: string): Promise<IminOrderWire | null> {
      const response = await http.read({
        method: 'GET',
        path: `/orders/${encodeURIComponent(uuid)}`,
      });
      if (response.status === 404 || response.status === 410) return null;
      if (response.status !== 200) throw unexpectedStatus('IMIN', response);
      return parseJson('IMIN', response, orderWire);
    },

    /** The customer's order history, newest first (`GET /orders?customerIdentifier=`). */
    listOrders: (customerIdentifier: string): Promise<IminOrderWire[]> =>
      listPaged('/orders', customerIdentifier, orderPage),

    /** The customer's upcoming items, earliest first (`GET /order-items?customerIdentifier=`). */
    listUpcomingItems: (customerIdentifier: string): Promise<IminOrderItemWire[]> =>
      listPaged('/order-items', customerIdentifier, itemPage),

    /** The OrderItem IRI a PATCH names: the documented `/orders/{uuid}/order-items/{id}` under the API root. */
    itemIri: (orderUuid: string, itemRef: string) => `${baseUrl}/orders/${orderUuid}/order-items/${itemRef}`,

    /** `PATCH /orders/{uuid}` with exactly the OpenActive cancellation body; sent once. */
    cancelItems(orderUuid: string, itemIris: readonly string[]): Promise<WriteResult> {
      return http.write({
        method: 'PATCH',
        path: `/orders/${encodeURIComponent(orderUuid)}`,
        body: {
          '@context': 'https://openactive.io/',
          '@type': 'Order',
          orderedItem: itemIris.map(iri => ({
            '@type': 'OrderItem',
            '@id': iri,
            orderItemStatus: 'https://openactive.io/CustomerCancelled',
          })),
        },
      });
    },
  };
}

export type IminClient = ReturnType<typeof createIminClient>;
