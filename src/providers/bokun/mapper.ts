import { orderId, orderItemId } from '../../domain/ids.js';
import { fromDecimal, type MoneyModel } from '../../domain/money.js';
import type { OrderModel } from '../../domain/order.js';
import { buildPolicy, type CancellationPolicyModel, type PolicyTier } from '../../domain/policy.js';
import type { CancelOutcomeMapper, ProviderCancelOutcome } from '../port.js';
import { evaluateCancellability } from '../../domain/cancellability.js';
import type { BokunCancelWire, BokunSnapshotWire } from './schemas.js';
import { bokunRefusal } from './detail.js';

const HOUR = 3_600_000;

/**
 * Penalty rules as windows: cancelling less than `cutoffHours` before the start costs `charge`
 * (a percentage of the price, or an amount in its currency); before the largest cutoff it is free.
 * With no rules the booking is free to cancel until it starts. Bókun cancels whole bookings.
 */
export function toPolicy(
  snapshot: BokunSnapshotWire,
  price: MoneyModel,
  startsAt: Date,
): CancellationPolicyModel {
  const rules = [...snapshot.penaltyRules].sort((a, b) => b.cutoffHours - a.cutoffHours);
  const bookedAt = snapshot.bookedAt ? new Date(snapshot.bookedAt) : null;
  const firstCharge = rules[0] ? startsAt.getTime() - rules[0].cutoffHours * HOUR : Infinity;
  // Free before the largest cutoff, unless that moment was already past when the booking was made.
  const freeBefore = bookedAt === null || firstCharge > bookedAt.getTime();
  const tiers: PolicyTier[] = freeBefore
    ? [{ from: null, charge: { kind: 'feeAmount', amount: { amountMinor: 0, currency: price.currency } } }]
    : [];
  for (const rule of rules) {
    tiers.push({
      from: new Date(startsAt.getTime() - rule.cutoffHours * HOUR),
      charge:
        rule.chargeType === 'PERCENTAGE'
          ? { kind: 'feePercent', percent: rule.charge }
          : { kind: 'feeAmount', amount: fromDecimal(rule.charge, price.currency) },
    });
  }
  return buildPolicy({ total: price, tiers, endsAt: startsAt, scope: 'ORDER', binding: false });
}

/** One order with one item per booking, from the snapshot and the ledger's cancellation state. */
export function toOrder(
  code: string,
  snapshot: BokunSnapshotWire,
  cancelled: { at: Date; refund: MoneyModel | null; fee: MoneyModel | null } | null,
): OrderModel {
  const price: MoneyModel = { amountMinor: snapshot.price.amountMinor, currency: snapshot.price.currency };
  const startsAt = new Date(snapshot.startsAt);
  return {
    id: orderId('BOKUN', code),
    provider: 'BOKUN',
    providerReference: code,
    providerStatus: cancelled ? 'CANCELLED' : 'CONFIRMED',
    createdAt: null,
    total: price,
    // The plugin API cannot read a booking back, so there is no provider-side booker to compare.
    bookerFingerprint: null,
    items: [
      {
        id: orderItemId('BOKUN', code, code),
        provider: 'BOKUN',
        orderRef: code,
        providerReference: code,
        title: snapshot.title,
        startsAt,
        endsAt: snapshot.endsAt ? new Date(snapshot.endsAt) : null,
        timeZone: snapshot.timeZone,
        status: cancelled ? 'CANCELLED_BY_CUSTOMER' : 'CONFIRMED',
        providerStatus: cancelled ? 'CANCELLED' : 'CONFIRMED',
        statusMessage: null,
        price,
        cancellationPolicy: toPolicy(snapshot, price, startsAt),
        presentlyCancellable: null,
        cancellation: cancelled
          ? {
              cancelledAt: cancelled.at,
              refund: cancelled.refund,
              fee: cancelled.fee,
              cancelledBy: 'CUSTOMER',
            }
          : null,
      },
    ],
  };
}

/**
 * What a plugin's CancelBookingResponse says, from its status and body (null when unreadable): a
 * refusal or a fault as the port's outcome, or `success`, which `toCancelOutcome` prices.
 */
export function readCancelResponse(
  status: number,
  body: BokunCancelWire | null,
): ProviderCancelOutcome | { readonly kind: 'success' } {
  if (status === 401 || status === 403 || status === 400)
    return { kind: 'unavailable', detail: null, retryAfterSeconds: null };
  if (status < 200 || status >= 300) return { kind: 'unknown', cause: `status ${status}` };
  if (!body) return { kind: 'unknown', cause: 'unreadable response' };
  const { successfulCancellation, failedCancellation } = body;
  // Exactly one must be set (null is not set): both or neither is never read as a success.
  if (successfulCancellation && !failedCancellation) return { kind: 'success' };
  if (failedCancellation && !successfulCancellation)
    return {
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      detail: bokunRefusal.of({ cancellationError: failedCancellation.cancellationError ?? '' }),
      retryable: false,
      retryAfterSeconds: null,
    };
  return { kind: 'unknown', cause: 'both or neither cancellation result set' };
}

/**
 * What a plugin's answer to `/booking/cancel` means. The plugin API carries no amounts, so a success
 * is refunded as the snapshot's penalty rules say at the moment of the answer.
 */
export const toCancelOutcome: CancelOutcomeMapper<BokunCancelWire> = ({ status, body }, { item, at }) => {
  const read = readCancelResponse(status, body);
  if (read.kind !== 'success') return read;
  const verdict = evaluateCancellability(item, at);
  const quote = verdict.cancellable ? verdict.quote : null;
  return {
    kind: 'accepted',
    state: 'CONFIRMED',
    refund: quote?.refund ?? null,
    fee: quote?.fee ?? null,
    providerRequestId: null,
  };
};
