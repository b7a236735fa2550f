// With no OpenTelemetry SDK started (no OTEL_EXPORTER_OTLP_ENDPOINT), the span helpers make no span
// at all: the work runs as it is, errors and all. Once an SDK starts, spans are made.
import { trace } from '@opentelemetry/api';
import { describe, expect, it, vi } from 'vitest';
import { inSpan, markTracingStarted, serveInSpan } from '../../../src/observability/tracing.js';

describe('span helpers without an SDK', () => {
  it('run the work without asking for a tracer, pass its result and its error through; then trace once started', async () => {
    const getTracer = vi.spyOn(trace, 'getTracer');
    expect(await inSpan('x', {}, span => Promise.resolve(span.isRecording()))).toBe(false);
    await expect(inSpan('x', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let served = false;
    serveInSpan(
      {},
      {},
      () => undefined,
      () => (served = true),
    );
    expect(served).toBe(true);
    expect(getTracer).not.toHaveBeenCalled();
    markTracingStarted();
    await inSpan('x', {}, () => Promise.resolve());
    expect(getTracer).toHaveBeenCalled();
  });
});
