import type { OrderModel } from '../../domain/order.js';
import { createHttpClient, lostAnswerOutcome, type HttpResponse, type HttpSettings } from '../http.js';
import type { BookingProvider, ProviderCancelOutcome, ProviderCancelRequest } from '../port.js';
import { cancelAnswer } from '../response.js';
import { toProviderCallError } from '../http-faults.js';
import { ProviderCallError } from '../../domain/provider-failure.js';
import { createBookingComClient, MAX_ORDERS_PER_CALL } from './client.js';
import { needsReread, reasonText, toCancelOutcome, toOrder } from './mapper.js';

export interface BookingComSettings {
  readonly baseUrl: string;
  readonly token: string;
  readonly affiliateId: string;
  readonly http?: Partial<HttpSettings>;
}

/** Booking.com Demand API (accommodations) behind the provider port. */
export function createBookingComAdapter(settings: BookingComSettings): BookingProvider {
  const http = createHttpClient({
    provider: 'BOOKING_COM',
    baseUrl: settings.baseUrl,
    headers: () => ({ authorization: `Bearer ${settings.token}`, 'x-affiliate-id': settings.affiliateId }),
    ...settings.http,
  });
  const client = createBookingComClient(http);

  async function loadOrders(refs: readonly string[]): Promise<Array<OrderModel | null | ProviderCallError>> {
    const found = await client.details(refs);
    return refs.map(ref => {
      const wire = found.get(ref);
      if (!wire) return null;
      if (wire instanceof ProviderCallError) return wire;
      try {
        return toOrder(wire.wire, wire.degraded);
      } catch (error) {
        return toProviderCallError('BOOKING_COM', error, 'answer');
      }
    });
  }

  /** What Booking.com shows for the order now, or null when it cannot be read. */
  async function reread(ref: string): Promise<OrderModel | null> {
    const [order] = await loadOrders([ref]).catch(() => [null]);
    return order instanceof ProviderCallError ? null : (order ?? null);
  }

  /** Maps the answer, reading the order again when the mapper needs it (the fee, or why it refused). */
  async function toOutcome(
    request: ProviderCancelRequest,
    response: HttpResponse,
  ): Promise<ProviderCancelOutcome> {
    const { order, item } = request;
    const body = client.answerOf(response);
    const after = needsReread(response.status, body.error, body.result)
      ? await reread(order.providerReference)
      : null;
    return toCancelOutcome(cancelAnswer(response, body), { order, item, after, at: new Date() });
  }

  return {
    id: 'BOOKING_COM',
    maxBatchSize: MAX_ORDERS_PER_CALL,
    loadOrders,
    cancelsWholeOrders: true, // POST /orders/cancel takes an order, never one room
    async cancel(request) {
      const { order, reason, note } = request;
      const result = await client.cancel(order.providerReference, reasonText(reason, note));
      if (result.kind === 'no-response') return lostAnswerOutcome(result);
      return toOutcome(request, result.response);
    },
    health: () => http.health(),
    async ping() {
      await client.details(['0']);
    },
    close: () => http.close(),
  };
}
