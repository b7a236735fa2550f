import type { Logger } from '../lib/logger.js';
import type { Metrics, SecurityEvent } from './metrics.js';

export type { SecurityEvent } from './metrics.js';

/** A refused access worth an operator's look: one warn line (ids only, no personal data) and a metric. */
export interface SecurityEvents {
  report(event: SecurityEvent, fields: { readonly provider: string; readonly ownershipId?: string }): void;
}

export function createSecurityEvents(metrics: Metrics, logger: Logger): SecurityEvents {
  return {
    report(event, fields) {
      metrics.securityEvent(event);
      logger.warn({ securityEvent: event, ...fields }, 'security event');
    },
  };
}
