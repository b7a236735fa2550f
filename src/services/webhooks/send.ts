import { SpanKind } from '@opentelemetry/api';
import { Webhook } from 'standardwebhooks';
import { Agent, request, type Dispatcher } from 'undici';
import { inSpan, traceHeaders } from '../../observability/tracing.js';

export interface WebhookMessage {
  readonly url: string;
  readonly secrets: readonly string[];
  readonly id: string;
  readonly body: string;
}

/** What one delivery attempt came to. */
export type SendResult =
  | { readonly kind: 'delivered'; readonly status: number }
  /** 410 Gone: the receiver says the endpoint no longer exists. */
  | { readonly kind: 'gone'; readonly status: number }
  | { readonly kind: 'failed'; readonly status: number | null; readonly error: string };

export interface SenderSettings {
  /** The whole exchange, connection to headers (default 10 s). */
  readonly timeoutMs?: number;
  /** How much of an answer's body is read before the connection is cut (default 64 KiB). */
  readonly maxResponseBytes?: number;
  readonly dispatcher?: Dispatcher;
}

/**
 * Standard Webhooks headers: `webhook-timestamp` is this attempt's time (receivers refuse stale
 * ones), and every configured secret signs it, so a receiver mid-rotation accepts either.
 */
export function signedHeaders(message: WebhookMessage, at: Date): Record<string, string> {
  const signatures = message.secrets.map(secret => new Webhook(secret).sign(message.id, at, message.body));
  return {
    'content-type': 'application/json',
    'user-agent': 'orders-gateway-webhooks/1',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

/**
 * Posts webhooks to operator-configured receivers: undici's `request` follows no redirect, the
 * exchange has a deadline, and only the status matters, so at most `maxResponseBytes` of an answer
 * is read before its connection is dropped. A hostile or hung receiver costs one slot for the
 * deadline and no memory.
 */
export function createWebhookSender(settings: SenderSettings = {}) {
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const limit = settings.maxResponseBytes ?? 64 * 1024;
  const dispatcher =
    settings.dispatcher ??
    new Agent({
      connections: 4,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      connect: { timeout: 5_000 },
    });

  async function post(message: WebhookMessage, at: Date): Promise<SendResult> {
    try {
      const response = await request(message.url, {
        method: 'POST',
        dispatcher,
        signal: AbortSignal.timeout(timeoutMs),
        headers: { ...signedHeaders(message, at), ...traceHeaders() },
        body: message.body,
      });
      await response.body.dump({ limit }).catch(() => undefined);
      const status = response.statusCode;
      if (status >= 200 && status < 300) return { kind: 'delivered', status };
      if (status === 410) return { kind: 'gone', status };
      const error = status >= 300 && status < 400 ? 'redirect not followed' : `status ${status}`;
      return { kind: 'failed', status, error };
    } catch (error) {
      const name = error instanceof Error ? error.name : 'error';
      return { kind: 'failed', status: null, error: name === 'TimeoutError' ? 'timed out' : name };
    }
  }

  return {
    /** One attempt, in a client span; never throws. */
    send(message: WebhookMessage, endpointId: string, attempt: number, at: Date): Promise<SendResult> {
      return inSpan(
        'webhook deliver',
        { 'webhook.endpoint': endpointId, 'webhook.attempt': attempt },
        async span => {
          const result = await post(message, at);
          span.setAttribute('webhook.outcome', result.kind);
          if (result.status !== null) span.setAttribute('http.response.status_code', result.status);
          return result;
        },
        SpanKind.CLIENT,
      );
    },
    close: () => dispatcher.close(),
  };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;
