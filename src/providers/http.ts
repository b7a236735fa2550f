import { setTimeout as sleep } from 'node:timers/promises';
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  CircuitState,
  ConsecutiveBreaker,
  bulkhead,
  circuitBreaker,
  handleAll,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
} from 'cockatiel';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Dispatcher } from 'undici';
import type { ProviderCircuitModel, ProviderId } from '../domain/provider.js';
import type { ProviderCallError } from '../domain/provider-failure.js';
import { currentDeadline } from '../lib/request-scope.js';
import {
  DeadlinePassed,
  NOT_SENT,
  OutboundLimited,
  StatusFault,
  errorCode,
  outcomeOf,
  toCallError,
  untilAborted,
} from './http-faults.js';
import type { CallOutcome, HttpCall, HttpResponse, HttpSettings, WriteResult } from './http-types.js';
import type { ProviderCancelOutcome } from './port.js';
import { RetryBudget } from './retry-budget.js';
import { activeSpan } from '../observability/tracing.js';
import { agentFor, closeDispatcher, sendRequest } from './agent.js';
import { tracedCall } from './traced-call.js';

export type { HttpCall, HttpObserver, HttpResponse, HttpSettings, WriteResult } from './http-types.js';

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/**
 * The one HTTP layer for provider calls: undici `request` (never follows redirects), one Agent per
 * provider, a deadline per call that also stops a slowly dripping body, a response size cap, retries
 * for reads only, and a breaker plus bulkhead per provider. Writes are sent exactly once.
 */
export class ProviderHttpClient {
  private readonly provider: ProviderId;
  private readonly readTimeoutMs: number;
  private readonly writeTimeoutMs: number;
  private readonly dispatcher: Dispatcher;
  // Only faults are thrown inside the policy (business 4xx answers are returned), so all of them count.
  private readonly breaker: CircuitBreakerPolicy;
  private readonly policy: IPolicy;
  private readonly budget = new RetryBudget();
  private readonly outbound: RateLimiterMemory | null;
  private lastFailureAt: Date | null = null;

  constructor(private readonly settings: HttpSettings) {
    this.provider = settings.provider;
    this.readTimeoutMs = settings.readTimeoutMs ?? 8_000;
    this.writeTimeoutMs = settings.writeTimeoutMs ?? 20_000;
    this.dispatcher = agentFor(settings, this.writeTimeoutMs, settings.maxResponseBytes ?? 5 * 1024 * 1024);
    this.breaker = circuitBreaker(handleAll, {
      halfOpenAfter: settings.halfOpenAfterMs ?? 15_000,
      breaker: new ConsecutiveBreaker(settings.breakerThreshold ?? 5),
    });
    // A short queue: beyond it a provider that cannot keep up sheds load at once instead of making
    // callers wait whole rounds of its latency (LD-06).
    const maxConcurrent = settings.maxConcurrent ?? 20;
    this.policy = wrap(bulkhead(maxConcurrent, settings.maxQueued ?? maxConcurrent * 2), this.breaker);
    this.outbound = settings.maxRequestsPerSecond
      ? new RateLimiterMemory({ points: settings.maxRequestsPerSecond, duration: 1 })
      : null;
  }

  /**
   * A read: retried on 429/502/503/504, resets and timeouts with jittered backoff, honouring
   * `Retry-After` only within the deadline. Other statuses are returned for the adapter to map.
   */
  read(call: HttpCall): Promise<HttpResponse> {
    return tracedCall(
      this.provider,
      'read',
      () => this.health().circuit,
      () => this.retried(call),
      r => ({
        'provider.outcome': 'ok',
        'http.response.status_code': r.status,
      }),
    );
  }

  private async retried(call: HttpCall): Promise<HttpResponse> {
    // The call's own budget, cut short by the whole GraphQL request's deadline when there is one.
    const deadline = Math.min(Date.now() + this.readTimeoutMs, currentDeadline() ?? Infinity);
    const attempts = 1 + (this.settings.readRetries ?? 2);
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.observed('read', () => this.readOnce(call, deadline));
        this.budget.onSuccess();
        return response;
      } catch (error) {
        const failure = toCallError(this.provider, error);
        const backoff = this.retryDelay(error, failure, attempt, attempts, deadline);
        if (backoff === null) throw failure;
        await sleep(backoff);
      }
    }
  }

  private async readOnce(call: HttpCall, deadline: number): Promise<HttpResponse> {
    if (Date.now() >= deadline) throw new DeadlinePassed();
    await this.withinOutboundLimit();
    // The wait for a bulkhead slot counts against the deadline too: a queued read that runs out
    // of time gives up at once, and cockatiel drops it unsent when its turn comes.
    const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
    return untilAborted(
      this.policy.execute(async () => {
        const answer = await this.send(call, signal);
        if (answer.status >= 500 || answer.status === 429) throw new StatusFault(answer);
        return answer;
      }, signal),
      signal,
    );
  }

  /** How long to wait before the next attempt of a failed read, or null to give up now. */
  private retryDelay(
    error: unknown,
    failure: ProviderCallError,
    attempt: number,
    attempts: number,
    deadline: number,
  ): number | null {
    // Our own deadline or cap: fail fast, and neither is a sign of the provider's health.
    if (error instanceof DeadlinePassed || error instanceof OutboundLimited) return null;
    this.lastFailureAt = new Date();
    if (!(error instanceof BrokenCircuitError)) this.budget.onFailure();
    const retryable =
      !(error instanceof BrokenCircuitError) &&
      !(error instanceof BulkheadRejectedError) &&
      failure.code !== 'PROVIDER_BAD_RESPONSE' &&
      (!(error instanceof StatusFault) || RETRYABLE_STATUS.has(error.response.status));
    const backoff = Math.max((failure.retryAfterSeconds ?? 0) * 1000, Math.random() * 100 * 2 ** attempt);
    if (attempt >= attempts || !retryable || Date.now() + backoff >= deadline) return null;
    if (!this.budget.canRetry) {
      this.settings.observer?.onRetry(this.provider, 'budget_exhausted');
      return null;
    }
    this.settings.observer?.onRetry(this.provider, 'retried');
    activeSpan()?.setAttribute('provider.retries', attempt);
    return backoff;
  }

  /** A write (a cancel): sent once, never retried; a lost answer says whether it may have applied. */
  write(call: HttpCall): Promise<WriteResult> {
    return tracedCall(
      this.provider,
      'cancel',
      () => this.health().circuit,
      () => this.sendOnce(call),
      r =>
        r.kind === 'response'
          ? { 'provider.outcome': 'response', 'http.response.status_code': r.response.status }
          : { 'provider.outcome': r.maybeApplied ? 'no_response_maybe_applied' : 'no_response_not_sent' },
    );
  }

  private async sendOnce(call: HttpCall): Promise<WriteResult> {
    let sent = false;
    try {
      // Deliberately not bound by the request deadline: cutting a cancel short only makes its outcome unknown.
      const response = await this.observed('write', async () => {
        await this.withinOutboundLimit();
        return this.policy.execute(async () => {
          sent = true;
          const result = await this.send(call, AbortSignal.timeout(this.writeTimeoutMs));
          if (result.status >= 500) throw new StatusFault(result);
          return result;
        });
      });
      return { kind: 'response', response };
    } catch (error) {
      if (!(error instanceof OutboundLimited)) this.lastFailureAt = new Date();
      if (error instanceof StatusFault) return { kind: 'response', response: error.response };
      const maybeApplied =
        sent &&
        !NOT_SENT.has(errorCode(error)) &&
        !(error instanceof BrokenCircuitError) &&
        !(error instanceof BulkheadRejectedError);
      return { kind: 'no-response', maybeApplied, cause: toCallError(this.provider, error).message };
    }
  }

  health(): ProviderCircuitModel {
    const state = this.breaker.state;
    const circuit =
      state === CircuitState.Open || state === CircuitState.Isolated
        ? 'OPEN'
        : state === CircuitState.HalfOpen
          ? 'HALF_OPEN'
          : 'CLOSED';
    return { provider: this.provider, circuit, lastFailureAt: this.lastFailureAt };
  }

  async close(): Promise<void> {
    if (!this.settings.dispatcher) await closeDispatcher(this.dispatcher);
  }

  // Checked before the breaker: a local refusal is not the provider's fault and must not open it.
  private async withinOutboundLimit(): Promise<void> {
    if (!this.outbound) return;
    await this.outbound.consume('calls').catch((rejection: unknown) => {
      throw new OutboundLimited(rejection instanceof RateLimiterRes ? rejection.msBeforeNext : 1_000);
    });
  }

  private async observed<T>(kind: 'read' | 'write', run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const report = (outcome: CallOutcome) =>
      this.settings.observer?.onCall(this.provider, kind, outcome, (performance.now() - started) / 1000);
    try {
      const result = await run();
      report('ok');
      return result;
    } catch (error) {
      report(outcomeOf(error));
      throw error;
    }
  }

  private send(call: HttpCall, signal: AbortSignal): Promise<HttpResponse> {
    return sendRequest(this.settings, this.dispatcher, call, signal);
  }
}

export function createHttpClient(settings: HttpSettings): ProviderHttpClient {
  return new ProviderHttpClient(settings);
}

export type HttpClient = ProviderHttpClient;

/** A cancel that got no answer: it may have applied (unknown) unless it surely never left (unavailable). */
export function lostAnswerOutcome(
  result: Extract<WriteResult, { kind: 'no-response' }>,
): ProviderCancelOutcome {
  return result.maybeApplied
    ? { kind: 'unknown', cause: result.cause }
    : { kind: 'unavailable', detail: null, retryAfterSeconds: null };
}
