import { LRUCache } from 'lru-cache';
import { truncateCodePoints } from '../../domain/text.js';
import type { OrderModel } from '../../domain/order.js';
import { lostAnswerOutcome, type HttpResponse, type HttpSettings } from '../http.js';
import { type BookingProvider, type ProviderCancelOutcome } from '../port.js';
import { ProviderCallError } from '../../domain/provider-failure.js';
import {
  createMusementClient,
  type MusementClient,
  type MusementCredentials,
  type PoliciesResult,
} from './client.js';
import { CANCELLATION_REASONS, toOrder, type PolicyRead } from './mapper.js';

export interface MusementSettings {
  readonly baseUrl: string;
  readonly credentials: MusementCredentials;
  readonly http?: Partial<HttpSettings>;
  readonly policyCacheSize?: number;
}

const MAX_INFO = 255;

/** What Musement's answer to an item DELETE means. */
export function toCancelOutcome(
  response: HttpResponse,
  client: Pick<MusementClient, 'errorOf'>,
): ProviderCancelOutcome {
  const error = client.errorOf(response);
  const detail = error ? { kind: 'musement' as const, code: error.code, message: error.message } : null;
  const refused = (reason: 'NOT_PERMITTED' | 'NOT_FOUND' | 'MANUAL_REQUIRED'): ProviderCancelOutcome => ({
    kind: 'refused',
    reason,
    detail,
    retryable: false,
    retryAfterSeconds: null,
  });
  if (response.status >= 200 && response.status < 300)
    return { kind: 'accepted', state: 'PENDING', refund: null, fee: null, providerRequestId: null };
  // Cancelling needs a permission some activities never grant: only Musement's support can do it.
  if (response.status === 403) return refused('MANUAL_REQUIRED');
  if (response.status === 404) return refused('NOT_FOUND');
  if (response.status === 429) return { kind: 'unavailable', detail, retryAfterSeconds: null };
  if (response.status === 401) return { kind: 'unavailable', detail, retryAfterSeconds: null };
  if (response.status >= 400 && response.status < 500) return refused('NOT_PERMITTED');
  return { kind: 'unknown', cause: `status ${response.status}` };
}

/** Musement behind the provider port; refund policies are frozen at booking, so they are cached. */
export function createMusementAdapter(settings: MusementSettings): BookingProvider {
  const client = createMusementClient(
    { baseUrl: settings.baseUrl, ...settings.http },
    settings.credentials,
  );
  const policyCache = new LRUCache<string, PoliciesResult>({ max: settings.policyCacheSize ?? 10_000 });

  /** Frozen at booking, so cached; `remaining_time` stays anchored to when it was served. */
  async function policiesFor(orderUuid: string, itemUuid: string): Promise<PoliciesResult> {
    const key = `${orderUuid}/${itemUuid}`;
    const cached = policyCache.get(key);
    if (cached) return cached;
    const result = await client.getRefundPolicies(orderUuid, itemUuid);
    if (result.kind !== 'malformed') policyCache.set(key, result);
    return result;
  }

  async function loadOne(ref: string): Promise<OrderModel | null | ProviderCallError> {
    try {
      const read = await client.getOrder(ref);
      if (!read) return null;
      const order = read.wire;
      const degraded = [...read.degraded];
      const policies = await Promise.all(
        order.items.map(async item => {
          const result = await policiesFor(order.uuid, item.uuid);
          if (result.kind === 'malformed') degraded.push('refund_policies');
          const policy: PolicyRead | null =
            result.kind === 'policies' ? { tiers: result.policies, observedAt: result.observedAt } : null;
          return [item.uuid, result.kind === 'malformed' ? undefined : policy] as const;
        }),
      );
      return toOrder(order, new Map(policies), [...new Set(degraded)]);
    } catch (error) {
      return error instanceof ProviderCallError
        ? error
        : new ProviderCallError({ provider: 'MUSEMENT', code: 'PROVIDER_BAD_RESPONSE', message: 'order could not be mapped' });
    }
  }

  return {
    id: 'MUSEMENT',
    maxBatchSize: 1,
    loadOrders: refs => Promise.all(refs.map(ref => loadOne(ref))),
    async cancel({ order, item, reason, note, journalId }) {
      const code = CANCELLATION_REASONS[reason];
      const info = truncateCodePoints(note ?? reason.toLowerCase().replace(/_/g, ' '), MAX_INFO);
      const result = await client.cancelItem(order.providerReference, item.providerReference, {
        cancellation_reason: code,
        cancellation_additional_info: info,
        cancellation_integration_data: { gateway_reference: journalId },
      });
      if (result.kind === 'no-response') return lostAnswerOutcome(result);
      return toCancelOutcome(result.response, client);
    },
    health: () => client.http.health(),
    async ping() {
      await client.getOrder('00000000-0000-4000-8000-000000000000');
    },
    close: () => client.close(),
  };
}
