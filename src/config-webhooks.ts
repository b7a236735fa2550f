import { createHash } from 'node:crypto';
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './domain/webhook-events.js';

/** One operator-configured receiver of signed webhooks (Standard Webhooks). */
export interface WebhookEndpointConfig {
  /** Stable id from the URL: names the endpoint in the ledger, metrics and the admin query. */
  readonly id: string;
  readonly url: string;
  /** `whsec_…` secrets; every one signs each message (two while a secret is being rotated). */
  readonly secrets: readonly string[];
  /** Event types to send; null sends every type. */
  readonly events: ReadonlySet<WebhookEventType> | null;
}

// Standard Webhooks secrets: `whsec_` then base64 of 24 to 64 random bytes.
const SECRET = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

const entrySchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'url must be an http or https URL' }),
    secret: z.union([z.string(), z.array(z.string()).min(1).max(3)]),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).optional(),
  })
  .strict();

/** An endpoint's id: a digest of its URL, so no part of the URL (a token in its query) is ever shown. */
export const webhookEndpointId = (url: string): string =>
  `ep_${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

/**
 * `WEBHOOK_ENDPOINTS`: a JSON list of `{ url, secret, events }`. Every problem names the entry at
 * fault (by its position: a URL may carry a token) and never echoes a secret.
 */
export function parseWebhookEndpoints(text: string | undefined): {
  endpoints: WebhookEndpointConfig[];
  error: string | null;
} {
  if (text === undefined || text.trim() === '') return { endpoints: [], error: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { endpoints: [], error: 'must be a JSON list of {"url","secret","events"} objects' };
  }
  if (!Array.isArray(raw)) return { endpoints: [], error: 'must be a JSON list of endpoints' };
  const endpoints: WebhookEndpointConfig[] = [];
  for (const [index, entry] of raw.entries()) {
    const where = `entry ${index + 1}`;
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? 'entry');
      const known = issue?.code === 'invalid_value' || issue?.message.startsWith('url');
      return {
        endpoints: [],
        error: `${where}: ${field} ${known ? `is invalid (${issue?.message})` : 'is invalid'}`,
      };
    }
    const { url, secret, events } = parsed.data;
    if (new URL(url).username || new URL(url).password)
      return { endpoints: [], error: `${where}: url must not carry credentials` };
    const secrets = typeof secret === 'string' ? [secret] : secret;
    if (!secrets.every(s => SECRET.test(s)))
      return { endpoints: [], error: `${where}: secret must be whsec_ followed by base64 of 24 to 64 bytes` };
    const id = webhookEndpointId(url);
    if (endpoints.some(e => e.id === id)) return { endpoints: [], error: `${where}: url is listed twice` };
    endpoints.push({ id, url, secrets, events: events ? new Set(events) : null });
  }
  return { endpoints, error: null };
}
