import { SpanKind, type Attributes } from '@opentelemetry/api';
import { ProviderCallError } from '../domain/provider-failure.js';
import type { ProviderId } from '../domain/provider.js';
import { inSpan } from '../observability/tracing.js';

/**
 * One logical provider call (a read with its retries, or a cancel sent once) as a client span:
 * provider, operation, outcome, retries and the breaker's state after it. Never the path, the
 * body or a header: those carry references and credentials.
 */
export function tracedCall<T>(
  provider: ProviderId,
  operation: 'read' | 'cancel',
  circuit: () => string,
  run: () => Promise<T>,
  outcome: (result: T) => Attributes,
): Promise<T> {
  const attributes = { provider, 'provider.operation': operation, 'provider.retries': 0 };
  return inSpan(
    `${provider} ${operation}`,
    attributes,
    async span => {
      try {
        const result = await run();
        span.setAttributes(outcome(result));
        return result;
      } catch (error) {
        span.setAttribute('provider.outcome', error instanceof ProviderCallError ? error.code : 'error');
        throw error;
      } finally {
        span.setAttribute('provider.circuit', circuit());
      }
    },
    SpanKind.CLIENT,
  );
}
