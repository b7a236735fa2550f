import { isCancelledStatus, type OrderModel } from '../../domain/order.js';
import { createHttpClient, lostAnswerOutcome, type HttpSettings } from '../http.js';
import type { BookingProvider } from '../port.js';
import type { ProviderSnapshots } from '../plugin.js';
import { cancelAnswer } from '../response.js';
import { ProviderCallError } from '../../domain/provider-failure.js';
import { createBokunClient, type PluginParameter } from './client.js';
import { toCancelOutcome, toOrder } from './mapper.js';
import { cancellationRecordSchema, snapshotSchema } from './schemas.js';

export interface BokunSettings {
  readonly baseUrl: string;
  readonly username: string | null;
  readonly password: string | null;
  readonly parameters: readonly PluginParameter[];
  /** `BOKUN_AGENT_CODE`: sent as `agentCode` only when set ("Agent code … (if set)", guide 004). */
  readonly agentCode?: string | null;
  /** The gateway's snapshots of this plugin's bookings (the plugin API cannot read one back). */
  readonly snapshots: ProviderSnapshots;
  readonly now?: () => Date;
  readonly http?: Partial<HttpSettings>;
}

/** A booking from the ledger's snapshot, with what the gateway recorded when it cancelled it. */
async function loadOne(
  snapshots: ProviderSnapshots,
  code: string,
): Promise<OrderModel | null | ProviderCallError> {
  const stored = await snapshots.get(code);
  if (!stored) return null;
  const snapshot = snapshotSchema.safeParse(stored.snapshot);
  if (!snapshot.success)
    return new ProviderCallError({
      provider: 'BOKUN',
      code: 'PROVIDER_BAD_RESPONSE',
      message: 'stored snapshot is invalid',
    });
  const record = cancellationRecordSchema.safeParse(stored.cancellation);
  const currency = snapshot.data.price.currency;
  const cancelled = stored.cancelledAt
    ? {
        at: stored.cancelledAt,
        refund:
          record.success && record.data.refundMinor !== null
            ? { amountMinor: record.data.refundMinor, currency }
            : null,
        fee:
          record.success && record.data.feeMinor !== null
            ? { amountMinor: record.data.feeMinor, currency }
            : null,
      }
    : null;
  return toOrder(code, snapshot.data, cancelled);
}

/** A Bókun inventory plugin behind the port: reads from the gateway's snapshots, cancels on the plugin. */
export function createBokunAdapter(settings: BokunSettings): BookingProvider {
  const now = settings.now ?? (() => new Date());
  const basic =
    settings.username !== null && settings.password !== null
      ? `Basic ${Buffer.from(`${settings.username}:${settings.password}`).toString('base64')}`
      : null;
  const http = createHttpClient({
    provider: 'BOKUN',
    baseUrl: settings.baseUrl,
    headers: (): Record<string, string> => (basic ? { authorization: basic } : {}),
    ...settings.http,
  });
  const client = createBokunClient(http, settings.parameters);

  return {
    id: 'BOKUN',
    maxBatchSize: 1,
    loadOrders: refs => Promise.all(refs.map(ref => loadOne(settings.snapshots, ref))),
    // Its cancel takes an order, never one of its items.
    cancelsWholeOrders: true,
    async cancel({ order, item }) {
      // Answered from the ledger: a cancelled booking is never sent again.
      if (isCancelledStatus(item.status))
        return {
          kind: 'refused',
          reason: 'ALREADY_CANCELLED',
          detail: null,
          retryable: false,
          retryAfterSeconds: null,
        };
      const result = await client.cancelBooking(order.providerReference, settings.agentCode ?? null);
      if (result.kind === 'no-response') return lostAnswerOutcome(result);
      const { response } = result;
      const at = now();
      const outcome = toCancelOutcome(cancelAnswer(response, client.answerOf(response)), {
        order,
        item,
        after: null,
        at,
      });
      // The plugin cannot be asked again later, so the snapshot keeps what the cancel came to.
      if (outcome.kind === 'accepted')
        await settings.snapshots.markCancelled(order.providerReference, at, {
          refundMinor: outcome.refund?.amountMinor ?? null,
          feeMinor: outcome.fee?.amountMinor ?? null,
        });
      return outcome;
    },
    health: () => http.health(),
    async ping() {
      await client.definition();
    },
    close: () => http.close(),
  };
}
