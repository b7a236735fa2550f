import type { Dispatcher } from 'undici';
import type { ProviderId } from '../domain/provider.js';
import type { ShedReason } from './fair-slots.js';

/** How each call ended, for metrics: `ok` is any answer the adapter maps (4xx business refusals included). */
export type CallOutcome =
  | 'ok'
  | 'status_5xx'
  | 'status_429'
  | 'timeout'
  | 'connection'
  | 'too_large'
  | 'circuit_open'
  | 'shed'
  | 'deadline_passed'
  | 'rate_limited_locally';

/** Receives one event per attempt, per retry decision and per queue change (metrics); must not throw. */
export interface HttpObserver {
  onCall(provider: ProviderId, kind: 'read' | 'write', outcome: CallOutcome, seconds: number): void;
  onRetry(provider: ProviderId, decision: 'retried' | 'budget_exhausted'): void;
  /** A call started (+1) or stopped (-1) waiting for a slot. */
  onQueue?(provider: ProviderId, change: 1 | -1): void;
  /** A call that had to wait got its slot after this long. */
  onQueueWait?(provider: ProviderId, seconds: number): void;
  /** A call refused before it was sent, and why (see `ShedReason`). */
  onShed?(provider: ProviderId, kind: 'read' | 'write', reason: ShedReason): void;
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
  /** Calls in flight at once (default 50), shared fairly between requests. */
  readonly maxConcurrent?: number;
  /** Calls waiting for a slot at once: a memory bound (default 10 000); waits end at deadlines. */
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
