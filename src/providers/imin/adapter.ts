import type { OrderModel } from '../../domain/order.js';
import { createHttpClient, lostAnswerOutcome, type HttpSettings } from '../http.js';
import { cancelAnswer } from '../response.js';
import { toProviderCallError } from '../http-faults.js';
import type { BookingProvider } from '../port.js';
import { ProviderCallError } from '../../domain/provider-failure.js';
import { createIminClient } from './client.js';
import { toCancelOutcome, toOrder } from './mapper.js';
import { MAX_ITEMS_PER_REQUEST } from '../../domain/cancellation.js';

export interface IminSettings {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly http?: Partial<HttpSettings>;
}

/** imin Booking Platform behind the provider port. */
export function createIminAdapter(settings: IminSettings): BookingProvider {
  const http = createHttpClient({
    provider: 'IMIN',
    baseUrl: settings.baseUrl,
    headers: () => ({ 'x-api-key': settings.apiKey }),
    ...settings.http,
  });
  const client = createIminClient(http);

  async function loadOne(ref: string): Promise<OrderModel | null | ProviderCallError> {
    try {
      const read = await client.getOrder(ref);
      return read ? toOrder(read.wire, read.degraded) : null;
    } catch (error) {
      return toProviderCallError('IMIN', error, 'answer');
    }
  }

  return {
    id: 'IMIN',
    maxBatchSize: 1,
    loadOrders: refs => Promise.all(refs.map(ref => loadOne(ref))),
    // The Open Booking API's PATCH names several OrderItems and "succeeds or fails entirely" (1.0
    // §9.2, Order Cancellation); it sets no limit, so this is the gateway's own cap per request.
    maxItemsPerCancel: MAX_ITEMS_PER_REQUEST,
    async cancel({ order, item, items }) {
      // The @ids exactly as imin served them on the fresh read: a rebuilt one is OrderItemIdInvalidError.
      const wireIds = items.map(i => i.wireId);
      if (!wireIds.every((id): id is string => typeof id === 'string'))
        return { kind: 'unavailable', detail: null, retryAfterSeconds: null };
      const result = await client.cancelItems(order.providerReference, wireIds);
      if (result.kind === 'no-response') return lostAnswerOutcome(result);
      const { response } = result;
      const context = { order, item, after: null, at: new Date() };
      return toCancelOutcome(cancelAnswer(response, client.errorOf(response)), context);
    },
    health: () => http.health(),
    async ping() {
      // imin has no health endpoint: a read of an order that cannot exist proves auth and reachability.
      await client.getOrder('00000000-0000-4000-8000-000000000000');
    },
    close: () => http.close(),
  };
}
