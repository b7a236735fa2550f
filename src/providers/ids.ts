import { createIdDecoder } from '../domain/ids.js';
import type { ProviderId } from '../domain/provider.js';
import { pluginOf } from './catalogue.js';

/** Whether `reference` has the shape of `provider`'s order references, as its plugin declares. */
export function isOrderReference(provider: ProviderId, reference: string): boolean {
  return pluginOf(provider).orderReference.test(reference);
}

/**
 * The gateway's global IDs, decoded strictly against every plugin's order reference shape: an ID of
 * the wrong shape, or re-prefixed to another provider, decodes to null before anything is asked.
 */
export const { decodeId, decodeIdOfType } = createIdDecoder(isOrderReference);
