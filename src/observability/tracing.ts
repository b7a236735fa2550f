import {
  context,
  INVALID_SPAN_CONTEXT,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';

/**
 * The gateway's spans, through the OpenTelemetry API only. With no SDK started (no
 * OTEL_EXPORTER_OTLP_ENDPOINT) the API is a no-op: every helper here costs a function call.
 * Attributes are bounded values we choose (provider, operation, outcome, state), never request text,
 * tokens, emails or provider bodies.
 */
const tracer = () => trace.getTracer('orders-gateway');

/**
 * Set when an SDK starts (otel-sdk.ts). Until then a span could only be the API's no-op, so the
 * helpers below skip making one: no span object, context switch or wrapping promise per provider
 * call and per request.
 */
let started = false;
export function markTracingStarted(): void {
  started = true;
}
const NO_SPAN: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/** Runs `run` inside a new active span; a throw marks the span failed with the error's name only. */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  run: (span: Span) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  if (!started) return run(NO_SPAN);
  return tracer().startActiveSpan(name, { kind, attributes }, async span => {
    try {
      return await run(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'Error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** W3C `traceparent` (and `tracestate`) for the current span, to send with a provider request. */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

/** The active span, if any (a resolver or plugin adds attributes to its operation's span). */
export const activeSpan = (): Span | undefined => trace.getActiveSpan();

/**
 * A GraphQL request's server span, continuing a caller's trace (a router's `traceparent`); `next`
 * and everything it starts run inside it. The span ends when the response is finished.
 */
export function serveInSpan(
  headers: Record<string, string | string[] | undefined>,
  attributes: Attributes,
  onEnd: (end: () => void) => void,
  next: () => void,
): void {
  if (!started) return next();
  const parent = propagation.extract(context.active(), headers);
  const span = tracer().startSpan('graphql', { kind: SpanKind.SERVER, attributes }, parent);
  onEnd(() => span.end());
  context.with(trace.setSpan(parent, span), next);
}

/** Wraps the named async methods of a store in spans `<prefix> <method>` (the ledger's cancel steps). */
export function tracedMethods<T extends object>(
  store: T,
  prefix: string,
  methods: ReadonlyArray<keyof T & string>,
  attributes: Attributes,
): T {
  const traced = { ...store } as Record<string, unknown>;
  for (const name of methods) {
    const method = store[name] as unknown as (...args: unknown[]) => Promise<unknown>;
    traced[name] = (...args: unknown[]) =>
      inSpan(`${prefix} ${name}`, attributes, () => method.apply(store, args));
  }
  return traced as T;
}
