import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ProviderHealthModel, ProviderId } from '../domain/provider.js';

const CIRCUIT_VALUE = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 } as const;

/** Refused accesses worth an operator's look (see security-events.ts). */
export type SecurityEvent = 'foreign_cancel_denied' | 'booker_mismatch';

type Registers = Registry[];

/** Provider calls, retries, unknown values and breaker state. */
function providerMetrics(registers: Registers) {
  const calls = new Counter({
    name: 'gateway_provider_calls_total',
    help: 'Provider HTTP attempts by kind (read, write) and how they ended; ok includes business refusals.',
    labelNames: ['provider', 'kind', 'outcome'] as const,
    registers,
  });
  const callSeconds = new Histogram({
    name: 'gateway_provider_call_duration_seconds',
    help: 'Provider HTTP attempt latency, the wait for a slot included (gateway_provider_queue_wait_seconds).',
    labelNames: ['provider', 'kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    registers,
  });
  const retries = new Counter({
    name: 'gateway_provider_read_retries_total',
    help: 'Read retries made, and retries refused because the retry budget was spent.',
    labelNames: ['provider', 'decision'] as const,
    registers,
  });
  const unknownValues = new Counter({
    name: 'gateway_provider_unknown_values_total',
    help: 'Provider values with no mapping (e.g. a new status): shown as UNKNOWN and never cancellable. Alert on any increase.',
    labelNames: ['provider', 'field'] as const,
    registers,
  });
  let health: () => readonly ProviderHealthModel[] = () => [];
  new Gauge({
    name: 'gateway_provider_circuit_state',
    help: 'Circuit breaker state per provider: 0 closed, 1 half-open, 2 open.',
    labelNames: ['provider'] as const,
    registers,
    collect() {
      for (const h of health()) this.set({ provider: h.provider }, CIRCUIT_VALUE[h.circuit]);
    },
  });
  return {
    /** The providers' HTTP observer (structurally `HttpObserver`; metrics know nothing of providers). */
    http: {
      onCall(provider: ProviderId, kind: 'read' | 'write', outcome: string, seconds: number): void {
        calls.inc({ provider, kind, outcome });
        if (outcome !== 'deadline_passed' && outcome !== 'circuit_open' && outcome !== 'shed')
          callSeconds.observe({ provider, kind }, seconds);
      },
      onRetry(provider: ProviderId, decision: 'retried' | 'budget_exhausted'): void {
        retries.inc({ provider, decision });
      },
      ...queueMetrics(registers),
    },
    /** The breaker gauge reads provider health at scrape time. */
    watchProviders(source: () => readonly ProviderHealthModel[]): void {
      health = source;
    },
    unknownValue(provider: ProviderId, field: string): void {
      unknownValues.inc({ provider, field });
    },
  };
}

/** Each provider's queue for slots: how many wait, how long, and what was refused unsent and why. */
function queueMetrics(registers: Registers) {
  const queued = new Gauge({
    name: 'gateway_provider_queued_calls',
    help: 'Provider calls waiting for a slot right now (PROVIDER_MAX_CONCURRENT are in flight).',
    labelNames: ['provider'] as const,
    registers,
  });
  const waitSeconds = new Histogram({
    name: 'gateway_provider_queue_wait_seconds',
    help: 'How long provider calls that found every slot taken waited for one.',
    labelNames: ['provider'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const shed = new Counter({
    name: 'gateway_provider_shed_calls_total',
    help: 'Provider calls refused unsent by our queue: slow_provider (the queue ahead and its recent latency exceed the deadline), deadline (it passed while waiting), queue_full (memory bound).',
    labelNames: ['provider', 'kind', 'reason'] as const,
    registers,
  });
  return {
    onQueue: (provider: ProviderId, change: 1 | -1): void => void queued.inc({ provider }, change),
    onQueueWait: (provider: ProviderId, seconds: number): void =>
      void waitSeconds.observe({ provider }, seconds),
    onShed: (provider: ProviderId, kind: 'read' | 'write', reason: string): void =>
      void shed.inc({ provider, kind, reason }),
  };
}

/** GraphQL requests, rate limiting, cancellations and security events. */
function requestMetrics(registers: Registers) {
  const securityEvents = new Counter({
    name: 'gateway_security_events_total',
    help: 'Refused access: denied cancels of foreign orders, provider booker differing from the ledger owner.',
    labelNames: ['event'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: 'gateway_rate_limited_total',
    help: 'GraphQL requests refused by the per-caller rate limit.',
    registers,
  });
  const cancellations = new Counter({
    name: 'gateway_cancellations_total',
    help: 'cancelOrderItem results by provider and result kind.',
    labelNames: ['provider', 'result'] as const,
    registers,
  });
  const graphqlSeconds = new Histogram({
    name: 'gateway_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation type and whether errors[] was non-empty.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  return {
    securityEvent: (event: SecurityEvent): void => void securityEvents.inc({ event }),
    rateLimited: (): void => void rateLimited.inc(),
    cancellation: (provider: ProviderId | 'NONE', result: string): void =>
      void cancellations.inc({ provider, result }),
    graphqlRequest: (operation: string, outcome: 'ok' | 'errors', seconds: number): void =>
      void graphqlSeconds.observe({ operation, outcome }, seconds),
  };
}

/**
 * The gateway's Prometheus metrics, one registry per gateway (tests run several in one process).
 * Labels are bounded sets we choose (provider, outcome, event), never caller-supplied text.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'gateway_' });
  return { registry, ...providerMetrics([registry]), ...requestMetrics([registry]) };
}

export type Metrics = ReturnType<typeof createMetrics>;
