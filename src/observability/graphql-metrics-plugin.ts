import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics.js';

/** Request latency by operation type (never the client-chosen operation name: unbounded labels). */
export function graphqlMetricsPlugin<TContext extends object>(
  metrics: Metrics,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse({ operation, response }) {
          const body = response.body;
          const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
          metrics.graphqlRequest(
            operation?.operation ?? 'unparsed',
            failed ? 'errors' : 'ok',
            (performance.now() - started) / 1000,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
