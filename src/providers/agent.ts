import { Agent, request, type Dispatcher } from 'undici';
import { withTimeout } from '../lib/with-timeout.js';
import { traceHeaders } from '../observability/tracing.js';
import type { HttpCall, HttpResponse, HttpSettings } from './http-types.js';
import { DEFAULT_MAX_CONCURRENT } from './http-slots.js';

/** One keep-alive Agent per provider (unless a test hands one in), with the provider's caps. */
export function agentFor(
  settings: HttpSettings,
  writeTimeoutMs: number,
  maxResponseBytes: number,
): Dispatcher {
  return (
    settings.dispatcher ??
    new Agent({
      // As many connections as slots: undici's own pool must not become a second, hidden queue.
      connections: settings.connections ?? settings.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
      connect: { timeout: settings.connectTimeoutMs ?? 2_000 },
      headersTimeout: writeTimeoutMs,
      bodyTimeout: writeTimeoutMs,
      maxResponseSize: maxResponseBytes,
      keepAliveTimeout: 10_000,
    })
  );
}

/** One HTTP exchange with a provider: JSON in and out, its auth headers, and our trace context. */
export async function sendRequest(
  settings: HttpSettings,
  dispatcher: Dispatcher,
  call: HttpCall,
  signal: AbortSignal,
): Promise<HttpResponse> {
  // Most providers' headers are fixed (an API key): awaited only when they come as a promise (a token).
  const given = settings.headers?.() ?? {};
  const extra = given instanceof Promise ? await given : given;
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const res = await request(`${settings.baseUrl}${call.path}`, {
    method: call.method,
    dispatcher,
    signal,
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...extra,
      ...call.headers,
      // W3C traceparent of this call's span: the provider's own traces can join ours.
      ...traceHeaders(),
    },
    body,
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text };
}

/**
 * Shutdown closes provider agents after draining, so what is still in flight belongs to requests
 * already cut: it gets `waitMs` to finish, then its connections are destroyed (undici's close() alone
 * would wait for a slow provider's answer).
 */
export async function closeDispatcher(dispatcher: Dispatcher, waitMs = 500): Promise<void> {
  await withTimeout(dispatcher.close(), waitMs).catch(() => dispatcher.destroy());
}
