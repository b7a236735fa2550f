import type { OrderModel } from '../../domain/order.js';
import { isCancelledStatus } from '../../domain/order.js';
import { createHttpClient, lostAnswerOutcome, type HttpResponse, type HttpSettings } from '../http.js';
import { parseJson } from '../response.js';
import { type BookingProvider, type ProviderCancelOutcome } from '../port.js';
import { ProviderCallError, type ProviderFailureDetailModel } from '../../domain/provider-failure.js';
import { createBookingComClient, MAX_ORDERS_PER_CALL } from './client.js';
import { reasonText, toOrder } from './mapper.js';
import { cancelResponseSchema } from './schemas.js';

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
      } catch {
        return new ProviderCallError({ provider: 'BOOKING_COM', code: 'PROVIDER_BAD_RESPONSE', message: 'order could not be mapped' });
      }
    });
  }

  /** What Booking.com shows for the order now, or null when it cannot be read. */
  async function reread(ref: string): Promise<OrderModel | null> {
    const [order] = await loadOrders([ref]).catch(() => [null]);
    return order instanceof ProviderCallError ? null : (order ?? null);
  }

  async function toOutcome(ref: string, response: HttpResponse): Promise<ProviderCancelOutcome> {
    const error = client.errorOf(response);
    const detail: ProviderFailureDetailModel | null = error ? { kind: 'booking-com', ...error } : null;
    const refused = (
      reason: 'NOT_PERMITTED' | 'NOT_FOUND' | 'ALREADY_CANCELLED',
      retryable = false,
      retryAfterSeconds: number | null = null,
    ): ProviderCancelOutcome => ({ kind: 'refused', reason, detail, retryable, retryAfterSeconds });

    if (response.status === 200) {
      let status: string;
      let requestId: string | null;
      try {
        const body = parseJson('BOOKING_COM', response, cancelResponseSchema);
        status = body.data.status;
        requestId = body.request_id ?? null;
      } catch {
        // A malformed 2xx on a cancel: it may well have happened.
        return { kind: 'unknown', cause: 'malformed cancel response' };
      }
      if (status !== 'successful') {
        return {
          kind: 'refused',
          reason: 'NOT_PERMITTED',
          detail: { kind: 'booking-com', id: status, message: null, requestId },
          retryable: false,
          retryAfterSeconds: null,
        };
      }
      // Synchronous for accommodations: the applied fee is in cancellation_details on a re-read.
      const after = await reread(ref);
      const cancellation = after?.items.find(i => i.cancellation)?.cancellation ?? null;
      return {
        kind: 'accepted',
        state: 'CONFIRMED',
        refund: cancellation?.refund ?? null,
        fee: cancellation?.fee ?? null,
        providerRequestId: requestId,
      };
    }
    const notCancellable =
      response.status === 409 || (response.status === 400 && /not_?cancellable/i.test(error?.id ?? ''));
    if (notCancellable) {
      // Already cancelled, or no longer cancellable: a read tells which.
      const now = await reread(ref);
      return refused(
        now?.items.every(i => isCancelledStatus(i.status)) ? 'ALREADY_CANCELLED' : 'NOT_PERMITTED',
      );
    }
    // Right after booking Booking.com asks to wait a few minutes.
    if (response.status === 403) return refused('NOT_PERMITTED', true, 300);
    if (response.status === 404) return refused('NOT_FOUND');
    if (response.status === 429) return { kind: 'unavailable', detail, retryAfterSeconds: 60 };
    if (response.status >= 400 && response.status < 500)
      return { kind: 'unavailable', detail, retryAfterSeconds: null };
    return { kind: 'unknown', cause: `status ${response.status}` };
  }

  return {
    id: 'BOOKING_COM',
    maxBatchSize: MAX_ORDERS_PER_CALL,
    loadOrders,
    async cancel({ order, reason, note }) {
      const result = await client.cancel(order.providerReference, reasonText(reason, note));
      if (result.kind === 'no-response') return lostAnswerOutcome(result);
      return toOutcome(order.providerReference, result.response);
    },
    health: () => http.health(),
    async ping() {
      await client.details(['0']);
    },
    close: () => http.close(),
  };
}
