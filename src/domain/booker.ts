import { createHash } from 'node:crypto';

/**
 * A one-way fingerprint of the booker's email: enough to notice that a provider now names a different
 * booker than the one the order was registered with, without keeping the email itself anywhere.
 */
export function bookerFingerprint(email: string | null | undefined): string | null {
  const normalized = email?.trim().toLowerCase();
  if (!normalized || !normalized.includes('@')) return null;
  return createHash('sha256').update(`booker|${normalized}`).digest('hex');
}
