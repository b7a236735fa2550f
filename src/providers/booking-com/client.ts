import type { HttpClient, HttpResponse, WriteResult } from '../http.js';
import { parseBody, parseJson, unexpectedStatus } from '../response.js';
import { ProviderCallError } from '../../domain/provider-failure.js';
import { readTolerant } from '../tolerant.js';
import {
  accommodationOrderSchema,
  cancelResponseSchema,
  detailsEnvelopeSchema,
  errorEnvelopeSchema,
  type AccommodationOrderWire,
  type BookingComCancelWire,
} from './schemas.js';

/** One order as read, with the optional fields that had to be read as null. */
export interface DetailsRead {
  readonly wire: AccommodationOrderWire;
  readonly degraded: readonly string[];
}

/** Booking.com takes at most this many order ids in one details call. */
export const MAX_ORDERS_PER_CALL = 100;

/** Booking.com Demand API calls: every one a JSON POST, never a query string. */
export function createBookingComClient(http: HttpClient) {
  return {
    /** `POST /orders/details/accommodations` for up to 100 ids; each order parsed on its own. */
    async details(orderIds: readonly string[]): Promise<Map<string, DetailsRead | ProviderCallError>> {
      if (orderIds.length > MAX_ORDERS_PER_CALL) throw new Error('Too many orders for one details call.');
      const response = await http.read({
        method: 'POST',
        path: '/orders/details/accommodations',
        body: { orders: orderIds, extras: ['policies', 'accommodation_details'] },
      });
      if (response.status !== 200) throw unexpectedStatus('BOOKING_COM', response);
      const envelope = parseJson('BOOKING_COM', response, detailsEnvelopeSchema);
      const found = new Map<string, DetailsRead | ProviderCallError>();
      for (const element of envelope.data) {
        const parsed = readTolerant(accommodationOrderSchema, element);
        if (parsed.ok) found.set(parsed.value.id, { wire: parsed.value, degraded: parsed.degraded });
        else {
          const elementId =
            typeof element === 'object' && element !== null && 'id' in element ? String(element.id) : null;
          if (elementId)
            found.set(
              elementId,
              new ProviderCallError({
                provider: 'BOOKING_COM',
                code: 'PROVIDER_BAD_RESPONSE',
                message: 'order details did not match the schema',
              }),
            );
        }
      }
      return found;
    },

    /** `POST /orders/cancel`: sent once; the answer has no fee (read it back from the details). */
    cancel(orderIdValue: string, reason: string): Promise<WriteResult> {
      return http.write({ method: 'POST', path: '/orders/cancel', body: { order: orderIdValue, reason } });
    },

    /** An answer to a cancel: its error envelope when it has one, and a 200's result when readable. */
    answerOf: (response: HttpResponse): BookingComCancelWire => ({
      error: parseBody(response, errorEnvelopeSchema),
      result: response.status === 200 ? parseBody(response, cancelResponseSchema) : null,
    }),
  };
}

export type BookingComClient = ReturnType<typeof createBookingComClient>;
