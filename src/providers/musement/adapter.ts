import { LRUCache } from 'lru-cache';
import { truncateCodePoints } from '../../domain/text.js';
import type { OrderModel } from '../../domain/order.js';
import { createHttpClient, lostAnswerOutcome, type HttpSettings } from '../http.js';
import type { BookingProvider } from '../port.js';
import { cancelAnswer } from '../response.js';
import { toProviderCallError } from '../http-faults.js';
import { ProviderCallError } from '../../domain/provider-failure.js';
import {
  createMusementClient,
  createMusementSession,
  type MusementCredentials,
  type PoliciesResult,
} from './client.js';
import { CANCELLATION_REASONS, toCancelOutcome, toOrder, type PolicyRead } from './mapper.js';

export interface MusementSettings {
  readonly baseUrl: string;
  readonly credentials: MusementCredentials;
  readonly http?: Partial<HttpSettings>;
  readonly policyCacheSize?: number;
}

const MAX_INFO = 255;

/** Its two HTTP clients (one logs in, one carries the session's token), the calls over them, their close. */
function connect(settings: MusementSettings) {
  const login = createHttpClient({ provider: 'MUSEMENT', baseUrl: settings.baseUrl, ...settings.http });
  const session = createMusementSession(login, settings.credentials);
  const http = createHttpClient({
    provider: 'MUSEMENT',
    baseUrl: settings.baseUrl,
    headers: session.headers,
    ...settings.http,
  });
  const close = async (): Promise<void> => {
    await Promise.all([http.close(), login.close()]);
  };
  return { http, client: createMusementClient(http, session), close };
}

/** Musement behind the provider port; refund policies are frozen at booking, so they are cached. */
export function createMusementAdapter(settings: MusementSettings): BookingProvider {
  const { http, client, close } = connect(settings);
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
      return toProviderCallError('MUSEMENT', error, 'answer');
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
      const { response } = result;
      const context = { order, item, after: null, at: new Date() };
      return toCancelOutcome(cancelAnswer(response, client.errorOf(response)), context);
    },
    health: () => http.health(),
    async ping() {
      await client.getOrder('00000000-0000-4000-8000-000000000000');
    },
    close,
  };
}
