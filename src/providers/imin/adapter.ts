import type { OrderModel } from '../../domain/order.js';
import { createHttpClient, lostAnswerOutcome, type HttpResponse, type HttpSettings } from '../http.js';
import { type BookingProvider, type ProviderCancelOutcome } from '../port.js';
import { ProviderCallError, type ProviderFailureDetailModel } from '../../domain/provider-failure.js';
import { createIminClient } from './client.js';
import { toOrder } from './mapper.js';
import { errorSchema, wire } from './schemas.js';

export interface IminSettings {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly http?: Partial<HttpSettings>;
}

const errorWire = wire(errorSchema);

function detailOf(response: HttpResponse): ProviderFailureDetailModel | null {
  try {
    const parsed = errorWire.safeParse(JSON.parse(response.text));
    return parsed.success
      ? { kind: 'openactive', type: parsed.data.type, description: parsed.data.description ?? null }
      : null;
  } catch {
    return null;
  }
}

const retryAfter = (response: HttpResponse): number | null => {
  const value = Number(response.headers['retry-after']);
  return Number.isFinite(value) && value >= 0 ? value : null;
};

/** What imin's answer to a cancellation PATCH means (OpenActive error model, providers.md §1.5). */
export function toCancelOutcome(response: HttpResponse): ProviderCancelOutcome {
  const detail = detailOf(response);
  const type = detail?.kind === 'openactive' ? detail.type : null;
  const refused = (reason: 'NOT_PERMITTED' | 'NOT_FOUND', retryable = false): ProviderCancelOutcome => ({
    kind: 'refused',
    reason,
    detail,
    retryable,
    retryAfterSeconds: null,
  });
  // 204 only means imin accepted and forwarded the request: the item reads pending until the feed confirms.
  if (response.status === 204 || response.status === 200)
    return { kind: 'accepted', state: 'PENDING', refund: null, fee: null, providerRequestId: null };
  if (response.status === 400 && type === 'CancellationNotPermittedError') return refused('NOT_PERMITTED');
  if (response.status === 404 || response.status === 410) return refused('NOT_FOUND');
  // The spec gives these two caller errors status 500: they mean the gateway named a wrong item.
  if (type === 'OrderItemIdInvalidError' || type === 'OrderItemNotWithinOrderError')
    return refused('NOT_FOUND');
  if (
    response.status === 429 ||
    (response.status === 503 && type === 'TemporarilyUnableToUpdateOrderError')
  ) {
    return { kind: 'unavailable', detail, retryAfterSeconds: retryAfter(response) };
  }
  // Our own request was refused as malformed, or our key was: nothing was applied.
  if (response.status >= 400 && response.status < 500)
    return { kind: 'unavailable', detail, retryAfterSeconds: null };
  return { kind: 'unknown', cause: `status ${response.status}${type ? ` ${type}` : ''}` };
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
      if (error instanceof ProviderCallError) return error;
      return new ProviderCallError({ provider: 'IMIN', code: 'PROVIDER_BAD_RESPONSE', message: 'order could not be mapped' });
    }
  }

  return {
    id: 'IMIN',
    maxBatchSize: 1,
    loadOrders: refs => Promise.all(refs.map(ref => loadOne(ref))),
    async cancel({ order, item }) {
      // The @id exactly as imin served it on the fresh read: a rebuilt one is OrderItemIdInvalidError.
      if (!item.wireId) return { kind: 'unavailable', detail: null, retryAfterSeconds: null };
      const result = await client.cancelItems(order.providerReference, [item.wireId]);
      if (result.kind === 'no-response') return lostAnswerOutcome(result);
      return toCancelOutcome(result.response);
    },
    health: () => http.health(),
    async ping() {
      // imin has no health endpoint: a read of an order that cannot exist proves auth and reachability.
      await client.getOrder('00000000-0000-4000-8000-000000000000');
    },
    close: () => http.close(),
  };
}
