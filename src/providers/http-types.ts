import type { Dispatcher } from 'undici';
import type { ProviderId } from '../domain/provider.js';

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
