import type { OrderModel } from '../domain/order.js';
import type { Ledger } from '../ledger/index.js';
import type { OwnershipRecord } from '../ledger/ownership.js';
import type { SecurityEvents } from '../observability/security-events.js';

/**
 * AZ-03: the ledger says who owns an order, but the provider says who booked it. When the provider's
 * booker differs from the one the order was registered (or first read) with, the order is treated as
 * not found and a security event is raised: a wrong registration or a reused provider reference must
 * not show one customer another's booking. Providers that name no booker (a booking read from a
 * snapshot) are not checked.
 */
export function createBookerCheck(ledger: Ledger, security: SecurityEvents) {
  return async function bookerMatches(record: OwnershipRecord, order: OrderModel): Promise<boolean> {
    const seen = order.bookerFingerprint;
    if (!seen) return true;
    if (!record.bookerFingerprint) {
      if (await ledger.ownership.pinBooker(record.id, seen)) return true;
      const now = await ledger.ownership.find(record.provider, record.providerReference);
      if (now?.bookerFingerprint === seen) return true;
    } else if (record.bookerFingerprint === seen) {
      return true;
    }
    security.report('booker_mismatch', { provider: record.provider, ownershipId: record.id });
    return false;
  };
}

export type BookerCheck = ReturnType<typeof createBookerCheck>;
