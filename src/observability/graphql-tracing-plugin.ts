import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { activeSpan } from './tracing.js';

/**
 * Names the request's server span `<type> <operation name>` once the operation is known (OpenTelemetry's
 * GraphQL convention; a name is a GraphQL Name, so it cannot carry an email or a token), and marks it
 * failed with the error codes, never the messages.
 */
export function graphqlTracingPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      const span = activeSpan();
      if (!span?.isRecording()) return Promise.resolve();
      return Promise.resolve({
        didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'unknown';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          if (errors.length > 0) {
            const codes = [...new Set(errors.map(e => codeOf(e.extensions?.['code'])))];
            span.setAttribute('graphql.error.codes', codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(' ') });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

const codeOf = (code: unknown): string => (typeof code === 'string' ? code : 'UNKNOWN');
