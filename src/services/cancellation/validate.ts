import type { CancellationOutcome } from '../../domain/cancellation.js';
import { createHash } from 'node:crypto';
import { fromDecimal, type MoneyModel } from '../../domain/money.js';
import { codePointLength, hasLoneSurrogate } from '../../domain/text.js';
import type { CancellationReason } from '../../domain/cancellation.js';

export interface CancelOrderItemRequest {
  readonly orderItemId: string;
  readonly reason: CancellationReason;
  readonly note?: string | null;
  readonly idempotencyKey: string;
  readonly expectedRefund?: { readonly amount: string; readonly currency: string } | null;
  readonly acceptWholeOrder?: boolean | null;
}

/** What every cancel request carries besides the items it names. */
export type CancelRequestFields = Omit<CancelOrderItemRequest, 'orderItemId'>;

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
export const MAX_NOTE_LENGTH = 255;

export type Validated =
  | { readonly ok: true; readonly expectedRefund: MoneyModel | null; readonly fingerprint: string }
  | { readonly ok: false; readonly outcome: CancellationOutcome };

type Invalid = Extract<CancellationOutcome, { kind: 'invalid' }>;

export const invalid = (field: string, message: string): Invalid => ({
  kind: 'invalid',
  field,
  message,
  provider: null,
});

/**
 * The key, the note and the expected refund, checked the same for `cancelOrderItem` and
 * `cancelOrderItems`: the refund as money, or the refusal.
 */
export function checkFields(request: CancelRequestFields): { expectedRefund: MoneyModel | null } | Invalid {
  const key = request.idempotencyKey;
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    return invalid('idempotencyKey', 'The idempotency key must be 1 to 255 visible ASCII characters.');
  }
  if (request.note && hasLoneSurrogate(request.note))
    return invalid('note', 'The note is not valid Unicode text.');
  if (request.note && codePointLength(request.note) > MAX_NOTE_LENGTH)
    return invalid('note', 'The note must be at most 255 characters.');
  let expectedRefund: MoneyModel | null = null;
  if (request.expectedRefund) {
    try {
      expectedRefund = fromDecimal(request.expectedRefund.amount, request.expectedRefund.currency);
    } catch {
      return invalid('expectedRefund', 'The expected refund is not a valid amount in that currency.');
    }
    if (expectedRefund.amountMinor < 0)
      return invalid('expectedRefund', 'The expected refund cannot be negative.');
  }
  return { expectedRefund };
}

/** Checks the input before anything is recorded or sent; a refusal here leaves no trace. */
export function validateRequest(request: CancelOrderItemRequest): Validated {
  const checked = checkFields(request);
  if ('kind' in checked) return { ok: false, outcome: checked };
  const { expectedRefund } = checked;
  return {
    ok: true,
    expectedRefund,
    fingerprint: fingerprintOf([request.orderItemId], request, expectedRefund),
  };
}

/**
 * What makes two requests "the same" for one idempotency key. A `cancelOrderItems` request's items
 * are a list (`batch`), so it never matches a `cancelOrderItem` request's single id, even for one item.
 */
export function fingerprintOf(
  ids: readonly string[],
  request: CancelRequestFields,
  expectedRefund: MoneyModel | null,
  batch = false,
): string {
  const canonical = JSON.stringify([
    batch ? [...ids] : ids[0],
    request.reason,
    request.note ?? null,
    expectedRefund ? [expectedRefund.amountMinor, expectedRefund.currency] : null,
    request.acceptWholeOrder === true,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
