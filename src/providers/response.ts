import { z } from 'zod';
import type { ProviderId } from '../domain/provider.js';
import type { HttpResponse } from './http-types.js';
import type { CancelAnswer } from './port.js';
import { ProviderCallError } from '../domain/provider-failure.js';
import { readTolerant } from './tolerant.js';

/**
 * A bad body's shape for the log (FR-06): keys, punctuation and structure kept, every string value
 * and number masked, cut short. Enough to see what changed, never a value (no secrets, no PII).
 */
export function redactedSnippet(text: string, max = 200): string {
  const masked = text
    .slice(0, 4 * max)
    // Each string, whole or left open by the cut: keys (followed by a colon) stay, values go.
    .replace(/"(?:[^"\\]|\\.)*(?:("\s*:)|("|$))/g, (match, key?: string, closed?: string) =>
      key ? match : closed ? '"…"' : '"…',
    )
    .replace(/-?\d[\d.eE+-]*/g, '0');
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}

/** The body as JSON; text that is not JSON is a bad response for that call alone. */
function jsonOf(provider: ProviderId, response: HttpResponse): unknown {
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    throw new ProviderCallError({
      provider,
      code: 'PROVIDER_BAD_RESPONSE',
      message: `malformed JSON (status ${response.status})`,
      snippet: redactedSnippet(response.text),
    });
  }
}

/** Parses a JSON body through a zod schema; anything else is a bad response for that call alone. */
export function parseJson<T>(provider: ProviderId, response: HttpResponse, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(jsonOf(provider, response));
  if (!parsed.success) throw badShape(provider, response, parsed.error);
  return parsed.data;
}

/**
 * Parses a JSON body through a tolerant schema (src/providers/README.md): the value, and the optional
 * fields that had to be read as null; an essential field missing is a bad response for that call.
 */
export function parseJsonTolerant<T>(
  provider: ProviderId,
  response: HttpResponse,
  schema: z.ZodType<T>,
): { readonly wire: T; readonly degraded: readonly string[] } {
  const read = readTolerant(schema, jsonOf(provider, response));
  if (!read.ok) throw badShape(provider, response, read.error);
  return { wire: read.value, degraded: read.degraded };
}

/** A body that did not match its schema: the first failing path, and the body's masked shape for the log. */
function badShape(provider: ProviderId, response: HttpResponse, error: z.ZodError): ProviderCallError {
  const path = error.issues[0]?.path.join('.') ?? '';
  return new ProviderCallError({
    provider,
    code: 'PROVIDER_BAD_RESPONSE',
    message: `unexpected response shape at "${path}"`,
    snippet: redactedSnippet(response.text),
  });
}

/**
 * An answer's body through `schema`, or null when it is empty, not JSON or another shape. For error
 * and cancel answers, where the status decides and the body only adds detail: never a throw.
 */
export function parseBody<T>(response: Pick<HttpResponse, 'text'>, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(response.text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `Retry-After` in seconds, as a delay or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterSeconds(headers: HttpResponse['headers'], now = Date.now()): number | null {
  const value = headers['retry-after'];
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, (at - now) / 1000);
}

/** A status the adapter did not expect: a fault for reads (3xx included: redirects are never followed). */
export function unexpectedStatus(provider: ProviderId, response: HttpResponse): ProviderCallError {
  return new ProviderCallError({
    provider: provider,
    code: 'PROVIDER_BAD_RESPONSE',
    message: `unexpected status ${response.status}`,
  });
}

/** An answer to a cancel as mappers take it: its status, its body as the client read it, `Retry-After`. */
export function cancelAnswer<T>(response: HttpResponse, body: T | null): CancelAnswer<T> {
  return { status: response.status, body, retryAfterSeconds: retryAfterSeconds(response.headers) };
}
