import type { ManualCancellationModel } from '../../domain/cancellation.js';

/** Guide 003, "Cancellation support": the address for a manual cancellation. */
export const CUSTOMER_CARE = 'support-affiliate@musement.com';

/**
 * Ways Musement says that its own staff must cancel an item. Guide 003: "You may encounter errors
 * when cancelling order items … In some cases, these aren't errors. Some activities must be
 * cancelled manually by Musement … contact our Customer Care team". It names no status and no error
 * code, so the words decide. Narrow on purpose: "cannot be cancelled" alone, a mention of support or
 * of customer care, or of a manual, is an ordinary refusal; each phrase asks for a manual cancel.
 */
const MANUAL_PHRASES: readonly RegExp[] = [
  /\bcancel+ed\s+manually\b/i, // "must be cancelled manually by Musement"
  /\bmanual(?:ly)?\s+cancel/i, // "manual cancellation", "manually cancel(l)ed"
  /\bcontact\b[^.]{0,60}\b(?:customer\s+care|support)\b/i, // "Please contact our Customer Care team"
  /\bonly\s+be\s+cancel+ed\s+by\b[^.]{0,40}\b(?:customer\s+care|support)\b/i,
  /\bsupport-affiliate@musement\.com\b/i,
];

export function saysManualCancellation(message: string | null | undefined): boolean {
  return !!message && MANUAL_PHRASES.some(phrase => phrase.test(message));
}

/** What the guide asks for: "include details about the order, order item and error message". */
export function manualCancellation(refs: { order: string; item: string } | null): ManualCancellationModel {
  const which = refs ? `the order ${refs.order}, the order item ${refs.item}` : 'the order, the order item';
  return {
    contact: CUSTOMER_CARE,
    instructions:
      `Musement must cancel this booking by hand. Ask Musement Customer Care at ${CUSTOMER_CARE}, ` +
      `giving ${which} and the error message; send no sensitive customer data by email.`,
  };
}
