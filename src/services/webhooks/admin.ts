import type { WebhookEndpointStatus } from './service.js';

/** Operators' view of the webhook endpoints (the admin query and mutation). */
export interface WebhookAdmin {
  statuses(): Promise<WebhookEndpointStatus[]>;
  /** Dead letters due again; null for an endpoint this gateway does not have configured. */
  redeliver(endpointId: string): Promise<number | null>;
  stop(): Promise<void>;
}
