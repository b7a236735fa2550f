import { BrokenCircuitError, CircuitState } from 'cockatiel';
import type { ProviderCircuitModel, ProviderId } from '../domain/provider.js';
import { ProviderCallError } from '../domain/provider-failure.js';
import { SlotRefused } from './fair-slots.js';
import type { CallOutcome, HttpResponse, WriteResult } from './http-types.js';
import type { ProviderCancelOutcome } from './port.js';
import { retryAfterSeconds } from './response.js';

/** A 5xx (or a 429 on a read), thrown inside the policy so the breaker counts it. */
export class StatusFault extends Error {
  constructor(readonly response: HttpResponse) {
    super(`status ${response.status}`);
  }
}

/** The call's own deadline (or the GraphQL request's) passed before it could be sent. */
export class DeadlinePassed extends Error {}

/** Our own outbound cap refused the call: nothing was sent, and the provider's limit was spared. */
export class OutboundLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super('outbound rate limit');
  }
}

/** Refusals of our own (deadline, outbound cap, queue): nothing was sent and the provider is not to blame. */
export function isOwnRefusal(error: unknown): boolean {
  return error instanceof DeadlinePassed || error instanceof OutboundLimited || error instanceof SlotRefused;
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const record = error as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof record.code === 'string') return record.code;
    if (record.name === 'TimeoutError' || record.name === 'AbortError') return 'ABORTED';
    if (record.cause) return errorCode(record.cause);
  }
  return 'UNKNOWN';
}

/** Errors where the request certainly never reached the provider. */
export const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const TIMEOUTS = new Set([
  'ABORTED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export function outcomeOf(error: unknown): CallOutcome {
  if (error instanceof BrokenCircuitError) return 'circuit_open';
  if (error instanceof SlotRefused) return 'shed';
  if (error instanceof DeadlinePassed) return 'deadline_passed';
  if (error instanceof OutboundLimited) return 'rate_limited_locally';
  if (error instanceof StatusFault) return error.response.status === 429 ? 'status_429' : 'status_5xx';
  const code = errorCode(error);
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return 'too_large';
  return TIMEOUTS.has(code) ? 'timeout' : 'connection';
}

/**
 * Any error as the provider failure the rest of the gateway sees: the one place an error becomes a
 * `ProviderCallError` (one already is stays as it is). `during` says where it arose:
 * - `'call'`: sending a call or waiting for its answer. Our own refusals, the breaker, a 5xx or 429
 *   and the transport's faults each get their code; any other error is a failed connection.
 * - `'answer'`: after the provider answered (reading or mapping what it said, or anything else on the
 *   way to the caller). The answer was bad for that order alone, and asking again will not help. Only
 *   the error's name is kept: a mapping error's message may quote the provider's values.
 */
export function toProviderCallError(
  provider: ProviderId,
  error: unknown,
  during: 'call' | 'answer',
): ProviderCallError {
  if (error instanceof ProviderCallError) return error;
  if (during === 'answer')
    return new ProviderCallError({
      provider,
      code: 'PROVIDER_BAD_RESPONSE',
      message: `order could not be read (${error instanceof Error ? error.name : typeof error})`,
      retryable: false,
    });
  const fail = (code: ProviderCallError['code'], message: string, retryAfter: number | null = null) =>
    new ProviderCallError({ provider, code, message, retryAfterSeconds: retryAfter });
  if (error instanceof DeadlinePassed) return fail('PROVIDER_TIMEOUT', 'request deadline passed');
  if (error instanceof OutboundLimited)
    return fail('RATE_LIMITED', 'outbound rate limit', Math.ceil(error.retryAfterMs / 1000));
  if (error instanceof BrokenCircuitError) return fail('PROVIDER_UNAVAILABLE', 'circuit open');
  // Only a slow provider makes a call miss its deadline in our queue: it "did not answer in time".
  if (error instanceof SlotRefused) return fail('PROVIDER_TIMEOUT', error.message);
  if (error instanceof StatusFault) {
    const status = error.response.status;
    return new ProviderCallError({
      provider,
      code: status === 429 ? 'RATE_LIMITED' : 'PROVIDER_UNAVAILABLE',
      message: `status ${status}`,
      retryable: true,
      retryAfterSeconds: retryAfterSeconds(error.response.headers),
    });
  }
  const code = errorCode(error);
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return fail('PROVIDER_BAD_RESPONSE', 'response too large');
  if (TIMEOUTS.has(code)) return fail('PROVIDER_TIMEOUT', `timed out (${code})`);
  return fail('PROVIDER_UNAVAILABLE', `connection failed (${code})`);
}

/** A cancel that got no answer: it may have applied (unknown) unless it surely never left (unavailable). */
export function lostAnswerOutcome(
  result: Extract<WriteResult, { kind: 'no-response' }>,
): ProviderCancelOutcome {
  return result.maybeApplied
    ? { kind: 'unknown', cause: result.cause }
    : { kind: 'unavailable', detail: null, retryAfterSeconds: null };
}

/** cockatiel's breaker state as `Query.providers` shows it. */
export function circuitOf(state: CircuitState): ProviderCircuitModel['circuit'] {
  if (state === CircuitState.Open || state === CircuitState.Isolated) return 'OPEN';
  return state === CircuitState.HalfOpen ? 'HALF_OPEN' : 'CLOSED';
}
