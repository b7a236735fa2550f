import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { markTracingStarted } from './tracing.js';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace-node';

export interface TracingConfig {
  /** OTEL_EXPORTER_OTLP_ENDPOINT; the exporters add `/v1/traces` themselves. */
  readonly endpoint: string;
  readonly protocol: 'http/protobuf' | 'http/json';
  readonly serviceName: string;
}

/**
 * Starts the OpenTelemetry SDK for traces: W3C propagation, AsyncLocalStorage context, batched OTLP
 * export. Sampling is the SDK's own reading of OTEL_TRACES_SAMPLER(_ARG). Called only when an
 * endpoint is configured; `shutdown` flushes what is still batched.
 */
export function startTracing(
  config: TracingConfig,
  exporter?: SpanExporter,
): { forceFlush(): Promise<void>; shutdown(): Promise<void> } {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter ?? otlpExporter(config))],
  });
  provider.register();
  markTracingStarted();
  return { forceFlush: () => provider.forceFlush(), shutdown: () => provider.shutdown() };
}

function otlpExporter(config: TracingConfig): SpanExporter {
  return config.protocol === 'http/json' ? new JsonExporter() : new ProtobufExporter();
}
