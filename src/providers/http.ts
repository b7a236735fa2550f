import { setTimeout as sleep } from 'node:timers/promises';
import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Dispatcher } from 'undici';
import type { ProviderCircuitModel, ProviderId } from '../domain/provider.js';
import type { ProviderCallError } from '../domain/provider-failure.js';
import { currentDeadline } from '../lib/request-scope.js';
import { withAbortAfter } from '../lib/with-timeout.js';
import { SlotRefused, type DeadlineOf, type FairSlots } from './fair-slots.js';
import {
  circuitOf,
  DeadlinePassed,
  NOT_SENT,
  OutboundLimited,
  StatusFault,
  errorCode,
  isOwnRefusal,
  outcomeOf,
  toProviderCallError,
} from './http-faults.js';
import type { CallOutcome, HttpCall, HttpResponse, HttpSettings, WriteResult } from './http-types.js';
import { providerSlots, requestBucket } from './http-slots.js';
import { RetryBudget } from './retry-budget.js';
import { activeSpan } from '../observability/tracing.js';
import { agentFor, closeDispatcher, sendRequest } from './agent.js';
import { tracedCall } from './traced-call.js';

export type { HttpCall, HttpObserver, HttpResponse, HttpSettings, WriteResult } from './http-types.js';
export { lostAnswerOutcome } from './http-faults.js';

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/**
 * The one HTTP layer for provider calls: undici `request` (never follows redirects), one Agent per
 * provider, a deadline per call that also stops a slowly dripping body, a response size cap, retries
 * for reads only, and a breaker plus fair, deadline-bounded slots per provider. Writes are sent at
 * most once.
 */
export class ProviderHttpClient {
  private readonly provider: ProviderId;
  private readonly readTimeoutMs: number;
  private readonly writeTimeoutMs: number;
  private readonly dispatcher: Dispatcher;
  // Only faults are thrown inside the breaker (business 4xx answers are returned), so all of them count.
  private readonly breaker: CircuitBreakerPolicy;
  private readonly slots: FairSlots;
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
    // Outside the breaker: waiting for a slot, or being refused one, is ours, never the provider's fault.
    this.slots = providerSlots(settings);
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
        const failure = toProviderCallError(this.provider, error, 'call');
        const backoff = this.retryDelay(error, failure, attempt, attempts, deadline);
        if (backoff === null) throw failure;
        await sleep(backoff);
      }
    }
  }

  private async readOnce(call: HttpCall, deadline: number): Promise<HttpResponse> {
    if (Date.now() >= deadline) throw new DeadlinePassed();
    // The wait for a slot counts against the deadline too: a read that runs out of time waiting
    // leaves the queue and is never sent.
    return this.inSlot(deadline, 'answer', async () => {
      if (this.outbound) await this.withinOutboundLimit(this.outbound);
      return withAbortAfter(Math.max(1, deadline - Date.now()), signal =>
        this.breaker.execute(async () => {
          const answer = await this.send(call, signal);
          if (answer.status >= 500 || answer.status === 429) throw new StatusFault(answer);
          return answer;
        }),
      );
    });
  }

  /** Runs `task` in one of the provider's slots, shared fairly between requests (see FairSlots). */
  private inSlot<T>(waitUntil: number, bounds: DeadlineOf, task: () => Promise<T>): Promise<T> {
    return this.slots.run(requestBucket(), waitUntil, task, bounds);
  }

  /** How long to wait before the next attempt of a failed read, or null to give up now. */
  private retryDelay(
    error: unknown,
    failure: ProviderCallError,
    attempt: number,
    attempts: number,
    deadline: number,
  ): number | null {
    // Our own deadline, cap or queue: fail fast, and none is a sign of the provider's health, so
    // none spends the retry budget.
    if (isOwnRefusal(error)) return null;
    this.lastFailureAt = new Date();
    if (!(error instanceof BrokenCircuitError)) this.budget.onFailure();
    const retryable =
      !(error instanceof BrokenCircuitError) &&
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
      // The wait for a slot ends with the request's deadline (outside a request, the write's own
      // budget): a cancel that never got a slot was never sent, a clean "nothing happened". Once
      // sent it is deliberately not bound by it: cutting a cancel short only makes its outcome unknown.
      const waitUntil = currentDeadline() ?? Date.now() + this.writeTimeoutMs;
      const response = await this.observed('write', () =>
        this.inSlot(waitUntil, 'start', async () => {
          if (this.outbound) await this.withinOutboundLimit(this.outbound);
          return this.breaker.execute(async () => {
            sent = true;
            const result = await withAbortAfter(this.writeTimeoutMs, signal => this.send(call, signal));
            if (result.status >= 500) throw new StatusFault(result);
            return result;
          });
        }),
      );
      return { kind: 'response', response };
    } catch (error) {
      if (!isOwnRefusal(error)) this.lastFailureAt = new Date();
      if (error instanceof StatusFault) return { kind: 'response', response: error.response };
      const maybeApplied = sent && !NOT_SENT.has(errorCode(error)) && !(error instanceof BrokenCircuitError);
      return {
        kind: 'no-response',
        maybeApplied,
        cause: toProviderCallError(this.provider, error, 'call').message,
      };
    }
  }

  health(): ProviderCircuitModel {
    return {
      provider: this.provider,
      circuit: circuitOf(this.breaker.state),
      lastFailureAt: this.lastFailureAt,
    };
  }

  async close(): Promise<void> {
    if (!this.settings.dispatcher) await closeDispatcher(this.dispatcher);
  }

  // Checked in the slot, just before sending (a token spent by a call that then waits would let the
  // sends bunch up past the provider's limit), and before the breaker: a local refusal is not the
  // provider's fault and must not open it.
  private async withinOutboundLimit(outbound: RateLimiterMemory): Promise<void> {
    await outbound.consume('calls').catch((rejection: unknown) => {
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
      if (error instanceof SlotRefused) this.settings.observer?.onShed?.(this.provider, kind, error.reason);
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
