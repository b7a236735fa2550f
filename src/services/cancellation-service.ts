import type { Caller } from '../auth/tokens.js';
import type { CancellationOutcome } from '../domain/cancellation.js';
import type { Clock } from '../domain/clock.js';
import { decodeIdOfType } from '../domain/ids.js';
import { equals, fromDecimal, type MoneyModel } from '../domain/money.js';
import { evaluateCancellability } from '../domain/policy.js';
import type { CancellationReason } from '../providers/port.js';
import type { OrdersService } from './orders-service.js';

export interface CancelOrderItemRequest {
  readonly orderItemId: string;
  readonly reason: CancellationReason;
  readonly note?: string | null;
  readonly idempotencyKey: string;
  readonly expectedRefund?: { readonly amount: string; readonly currency: string } | null;
  readonly acceptWholeOrder?: boolean | null;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
export const MAX_NOTE_LENGTH = 255;

type Validated =
  { ok: true; expectedRefund: MoneyModel | null } | { ok: false; outcome: CancellationOutcome };

function validate(request: CancelOrderItemRequest): Validated {
  const invalid = (field: string, message: string): Validated => ({
    ok: false,
    outcome: { kind: 'invalid', field, message, provider: null },
  });
  const key = request.idempotencyKey;
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    return invalid('idempotencyKey', 'The idempotency key must be 1 to 255 visible ASCII characters.');
  }
  if (request.note && request.note.length > MAX_NOTE_LENGTH)
    return invalid('note', 'The note must be at most 255 characters.');
  if (!request.expectedRefund) return { ok: true, expectedRefund: null };
  try {
    return {
      ok: true,
      expectedRefund: fromDecimal(request.expectedRefund.amount, request.expectedRefund.currency),
    };
  } catch {
    return invalid('expectedRefund', 'The expected refund is not a valid amount in that currency.');
  }
}

/**
 * `cancelOrderItem`. Validates, checks ownership, reads the item fresh and refuses early with the
 * precise reason. Sending the cancel (idempotency claim, per-item lock, journal, exactly one provider
 * call, verification) is the cancellation-flow issue's work; until it lands a cancellable item is
 * answered with `ProviderUnavailableError` rather than a false success.
 */
export function createCancellationService({ orders, clock }: { orders: OrdersService; clock: Clock }) {
  return {
    async cancelOrderItem(caller: Caller, request: CancelOrderItemRequest): Promise<CancellationOutcome> {
      const checked = validate(request);
      if (!checked.ok) return checked.outcome;
      if (!decodeIdOfType(request.orderItemId, 'OrderItem')) return { kind: 'not_found' };
      const item = await orders.orderItemById(caller, request.orderItemId);
      if (!item) return { kind: 'not_found' };
      const verdict = evaluateCancellability(item, clock.now());
      if (!verdict.cancellable) {
        switch (verdict.reason) {
          case 'ALREADY_CANCELLED':
            return { kind: 'already_cancelled', provider: item.provider, item };
          case 'WINDOW_CLOSED':
          case 'STARTED':
            return {
              kind: 'window_closed',
              provider: item.provider,
              closedAt: verdict.deadline,
              detail: null,
            };
          default:
            return {
              kind: 'not_permitted',
              provider: item.provider,
              detail: null,
              retryable: false,
              retryAfterSeconds: null,
            };
        }
      }
      if (checked.expectedRefund && !equals(checked.expectedRefund, verdict.quote.refund)) {
        return {
          kind: 'refund_changed',
          provider: item.provider,
          expected: checked.expectedRefund,
          current: verdict.quote.refund,
        };
      }
      return { kind: 'provider_unavailable', provider: item.provider, detail: null, retryAfterSeconds: null };
    },
  };
}

export type CancellationService = ReturnType<typeof createCancellationService>;
