import { setTimeout as sleep } from 'node:timers/promises';
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  ConsecutiveBreaker,
  CircuitState,
  bulkhead,
  circuitBreaker,
  handleAll,
  wrap,
} from 'cockatiel';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Agent, request, type Dispatcher } from 'undici';
import type { ProviderCircuitModel, ProviderId } from '../domain/provider.js';
import { currentDeadline } from '../lib/request-scope.js';
import { type ProviderCancelOutcome } from './port.js';
import { ProviderCallError } from '../domain/provider-failure.js';
import { type ProviderHealthModel } from '../domain/provider.js';
import { RetryBudget } from './retry-budget.js';

/** How each call ended, for metrics: `ok` is any answer the adapter maps (4xx business refusals included). */
export type CallOutcome =
  | 'ok'
  | 'status_5xx'
  | 'status_429'
  | 'timeout'
  | 'connection'
  | 'too_large'
  | 'circuit_open'
  | 'bulkhead_full'
  | 'deadline_passed'
  | 'rate_limited_locally';

/** Receives one event per attempt and per retry decision (metrics); must not throw. */
export interface HttpObserver {
  onCall(provider: ProviderId, kind: 'read' | 'write', outcome: CallOutcome, seconds: number): void;
  onRetry(provider: ProviderId, decision: 'retried' | 'budget_exhausted'): void;
}

export interface HttpSettings {
  readonly provider: ProviderId;
  readonly baseUrl: string;
  /** Headers added to every call (credentials); computed per call so tokens can refresh. */
  readonly headers?: () => Promise<Record<string, string>> | Record<string, string>;
  readonly readTimeoutMs?: number;
  readonly writeTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly maxResponseBytes?: number;
  readonly connections?: number;
  readonly readRetries?: number;
  /** Consecutive faults that open the breaker, and how long it stays open. */
  readonly breakerThreshold?: number;
  readonly halfOpenAfterMs?: number;
  readonly maxConcurrent?: number;
  readonly maxQueued?: number;
  /** Calls per second we allow ourselves to send (the provider's published limit); unset = no cap. */
  readonly maxRequestsPerSecond?: number | null;
  /** Tests inject a dispatcher; production builds one Agent per provider. */
  readonly dispatcher?: Dispatcher;
  readonly observer?: HttpObserver;
}

export interface HttpCall {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/** A write's result: a response, or none, with whether the request may have reached the provider. */
export type WriteResult =
  | { readonly kind: 'response'; readonly response: HttpResponse }
  | { readonly kind: 'no-response'; readonly maybeApplied: boolean; readonly cause: string };

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

class StatusFault extends Error {
  constructor(readonly response: HttpResponse) {
    super(`status ${response.status}`);
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const record = error as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof record.code === 'string') return record.code;
    if (record.name === 'TimeoutError' || record.name === 'AbortError') return 'ABORTED';
    if (record.cause) return errorCode(record.cause);
  }
  return 'UNKNOWN';
}

/** Errors where the request certainly never reached the provider. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
class DeadlinePassed extends Error {}

/** Our own outbound cap refused the call: nothing was sent, and the provider's limit was spared. */
class OutboundLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super('outbound rate limit');
  }
}

const TIMEOUTS = new Set([
  'ABORTED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function outcomeOf(error: unknown): CallOutcome {
  if (error instanceof BrokenCircuitError) return 'circuit_open';
  if (error instanceof BulkheadRejectedError) return 'bulkhead_full';
  if (error instanceof DeadlinePassed) return 'deadline_passed';
  if (error instanceof OutboundLimited) return 'rate_limited_locally';
  if (error instanceof StatusFault) return error.response.status === 429 ? 'status_429' : 'status_5xx';
  const code = errorCode(error);
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return 'too_large';
  return TIMEOUTS.has(code) ? 'timeout' : 'connection';
}

function retryAfterSeconds(headers: HttpResponse['headers']): number | null {
  const value = headers['retry-after'];
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, (at - Date.now()) / 1000);
}

/**
 * The one HTTP layer for provider calls: undici `request` (never follows redirects), one Agent per
 * provider, a deadline per call that also stops a slowly dripping body, a response size cap, retries
 * for reads only, and a breaker plus bulkhead per provider. Writes are sent exactly once.
 */
export function createHttpClient(settings: HttpSettings) {
  const provider = settings.provider;
  const readTimeoutMs = settings.readTimeoutMs ?? 8_000;
  const writeTimeoutMs = settings.writeTimeoutMs ?? 20_000;
  const maxResponseBytes = settings.maxResponseBytes ?? 5 * 1024 * 1024;
  const dispatcher =
    settings.dispatcher ??
    new Agent({
      connections: settings.connections ?? 20,
      connect: { timeout: settings.connectTimeoutMs ?? 2_000 },
      headersTimeout: writeTimeoutMs,
      bodyTimeout: writeTimeoutMs,
      maxResponseSize: maxResponseBytes,
      keepAliveTimeout: 10_000,
    });
  let lastFailureAt: Date | null = null;
  // Only faults are thrown inside the policy (business 4xx answers are returned), so all of them count.
  const breaker = circuitBreaker(handleAll, {
    halfOpenAfter: settings.halfOpenAfterMs ?? 15_000,
    breaker: new ConsecutiveBreaker(settings.breakerThreshold ?? 5),
  });
  // A short queue: beyond it a provider that cannot keep up sheds load at once instead of making
  // callers wait whole rounds of its latency (LD-06).
  const maxConcurrent = settings.maxConcurrent ?? 20;
  const limiter = bulkhead(maxConcurrent, settings.maxQueued ?? maxConcurrent * 2);
  const policy = wrap(limiter, breaker);
  const budget = new RetryBudget();
  const outbound = settings.maxRequestsPerSecond
    ? new RateLimiterMemory({ points: settings.maxRequestsPerSecond, duration: 1 })
    : null;
  // Checked before the breaker: a local refusal is not the provider's fault and must not open it.
  async function withinOutboundLimit(): Promise<void> {
    if (!outbound) return;
    await outbound.consume('calls').catch((rejection: unknown) => {
      throw new OutboundLimited(rejection instanceof RateLimiterRes ? rejection.msBeforeNext : 1_000);
    });
  }
  const observer = settings.observer;

  async function observed<T>(kind: 'read' | 'write', run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const report = (outcome: CallOutcome) =>
      observer?.onCall(provider, kind, outcome, (performance.now() - started) / 1000);
    try {
      const result = await run();
      report('ok');
      return result;
    } catch (error) {
      report(outcomeOf(error));
      throw error;
    }
  }

  async function send(call: HttpCall, signal: AbortSignal): Promise<HttpResponse> {
    const extra = settings.headers ? await settings.headers() : {};
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
      },
      body,
    });
    const text = await res.body.text();
    return { status: res.statusCode, headers: res.headers, text };
  }

  function toCallError(error: unknown): ProviderCallError {
    if (error instanceof ProviderCallError) return error;
    if (error instanceof DeadlinePassed)
      return new ProviderCallError({ provider: provider, code: 'PROVIDER_TIMEOUT', message: 'request deadline passed' });
    if (error instanceof OutboundLimited)
      return new ProviderCallError({
        provider,
        code: 'RATE_LIMITED',
        message: 'outbound rate limit',
        retryAfterSeconds: Math.ceil(error.retryAfterMs / 1000),
      });
    if (error instanceof BrokenCircuitError)
      return new ProviderCallError({ provider: provider, code: 'PROVIDER_UNAVAILABLE', message: 'circuit open' });
    if (error instanceof BulkheadRejectedError)
      return new ProviderCallError({ provider: provider, code: 'PROVIDER_UNAVAILABLE', message: 'too many concurrent calls' });
    if (error instanceof StatusFault) {
      const status = error.response.status;
      const code = status === 429 ? 'RATE_LIMITED' : 'PROVIDER_UNAVAILABLE';
      return new ProviderCallError({
        provider,
        code,
        message: `status ${status}`,
        retryAfterSeconds: retryAfterSeconds(error.response.headers),
      });
    }
    const code = errorCode(error);
    if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE')
      return new ProviderCallError({ provider: provider, code: 'PROVIDER_BAD_RESPONSE', message: 'response too large' });
    if (TIMEOUTS.has(code)) return new ProviderCallError({ provider: provider, code: 'PROVIDER_TIMEOUT', message: `timed out (${code})` });
    return new ProviderCallError({ provider: provider, code: 'PROVIDER_UNAVAILABLE', message: `connection failed (${code})` });
  }

  const noteFailure = () => {
    lastFailureAt = new Date();
  };

  return {
    /**
     * A read: retried on 429/502/503/504, resets and timeouts with jittered backoff, honouring
     * `Retry-After` only within the deadline. Other statuses are returned for the adapter to map.
     */
    async read(call: HttpCall): Promise<HttpResponse> {
      // The call's own budget, cut short by the whole GraphQL request's deadline when there is one.
      const deadline = Math.min(Date.now() + readTimeoutMs, currentDeadline() ?? Infinity);
      const attempts = 1 + (settings.readRetries ?? 2);
      for (let attempt = 1; ; attempt++) {
        try {
          const response = await observed('read', async () => {
            if (Date.now() >= deadline) throw new DeadlinePassed();
            await withinOutboundLimit();
            // The wait for a bulkhead slot counts against the deadline too: a queued read that runs out
            // of time gives up at once, and cockatiel drops it unsent when its turn comes.
            const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
            return untilAborted(
              policy.execute(async () => {
                const answer = await send(call, signal);
                if (answer.status >= 500 || answer.status === 429) throw new StatusFault(answer);
                return answer;
              }, signal),
              signal,
            );
          });
          budget.onSuccess();
          return response;
        } catch (error) {
          const failure = toCallError(error);
          // Our own deadline or cap: fail fast, and neither is a sign of the provider's health.
          if (error instanceof DeadlinePassed || error instanceof OutboundLimited) throw failure;
          noteFailure();
          if (!(error instanceof BrokenCircuitError)) budget.onFailure();
          const retryable =
            !(error instanceof BrokenCircuitError) &&
            !(error instanceof BulkheadRejectedError) &&
            failure.code !== 'PROVIDER_BAD_RESPONSE' &&
            (!(error instanceof StatusFault) || RETRYABLE_STATUS.has(error.response.status));
          const backoff = Math.max(
            (failure.retryAfterSeconds ?? 0) * 1000,
            Math.random() * 100 * 2 ** attempt,
          );
          if (attempt >= attempts || !retryable || Date.now() + backoff >= deadline) throw failure;
          if (!budget.canRetry) {
            observer?.onRetry(provider, 'budget_exhausted');
            throw failure;
          }
          observer?.onRetry(provider, 'retried');
          await sleep(backoff);
        }
      }
    },

    /** A write (a cancel): sent once, never retried; a lost answer says whether it may have applied. */
    async write(call: HttpCall): Promise<WriteResult> {
      let sent = false;
      try {
        // Deliberately not bound by the request deadline: cutting a cancel short only makes its outcome unknown.
        const response = await observed('write', async () => {
          await withinOutboundLimit();
          return policy.execute(async () => {
            sent = true;
            const result = await send(call, AbortSignal.timeout(writeTimeoutMs));
            if (result.status >= 500) throw new StatusFault(result);
            return result;
          });
        });
        return { kind: 'response', response };
      } catch (error) {
        if (!(error instanceof OutboundLimited)) noteFailure();
        if (error instanceof StatusFault) return { kind: 'response', response: error.response };
        const code = errorCode(error);
        const maybeApplied =
          sent &&
          !NOT_SENT.has(code) &&
          !(error instanceof BrokenCircuitError) &&
          !(error instanceof BulkheadRejectedError);
        return { kind: 'no-response', maybeApplied, cause: toCallError(error).message };
      }
    },

    health(): ProviderCircuitModel {
      const state =
        breaker.state === CircuitState.Open || breaker.state === CircuitState.Isolated
          ? 'OPEN'
          : breaker.state === CircuitState.HalfOpen
            ? 'HALF_OPEN'
            : 'CLOSED';
      return { provider, circuit: state, lastFailureAt };
    },

    async close(): Promise<void> {
      if (!settings.dispatcher) await dispatcher.close();
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

/** A cancel that got no answer: it may have applied (unknown) unless it surely never left (unavailable). */
export function lostAnswerOutcome(
  result: Extract<WriteResult, { kind: 'no-response' }>,
): ProviderCancelOutcome {
  return result.maybeApplied
    ? { kind: 'unknown', cause: result.cause }
    : { kind: 'unavailable', detail: null, retryAfterSeconds: null };
}
