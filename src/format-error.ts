import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './lib/logger.js';
import { currentCorrelationId } from './lib/request-scope.js';
import { ProviderCallError } from './domain/provider-failure.js';
import { LedgerUnavailableError } from './ledger/unavailable.js';

/** Codes whose messages we wrote ourselves or Apollo writes without internals; everything else is masked. */
const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_NOT_TRUSTED',
  'QUERY_TOO_COSTLY',
  'PROVIDER_UNAVAILABLE',
  'PROVIDER_TIMEOUT',
  'PROVIDER_BAD_RESPONSE',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'NOT_FOUND',
  'TOO_MANY_SUBSCRIPTIONS',
]);

/** Extension keys a client may see. */
const KEPT_EXTENSIONS = [
  'code',
  'validationErrorCode',
  'provider',
  'retryable',
  'retryAfterSeconds',
  'cost',
  'maxCost',
  'reason',
  'limit',
] as const;

const causeText = (cause: unknown): string =>
  cause instanceof Error ? `${cause.name}: ${cause.message}`.slice(0, 200) : 'unknown';

/** The provider failure behind a GraphQL error, if that is what it is. */
function providerCause(error: unknown): ProviderCallError | null {
  const original = unwrapResolverError(error);
  if (original instanceof ProviderCallError) return original;
  const inner = original instanceof GraphQLError ? original.originalError : null;
  return inner instanceof ProviderCallError ? inner : null;
}

/**
 * Lets only typed errors through, with their own short messages; anything else (a bug, a thrown
 * provider URL) becomes a generic message. Every error carries the request's correlation id.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const correlationId = currentCorrelationId();
    const code =
      typeof formatted.extensions?.['code'] === 'string'
        ? formatted.extensions['code']
        : 'INTERNAL_SERVER_ERROR';
    const extensions: Record<string, unknown> = { correlationId };
    const original = unwrapResolverError(error);
    if (original instanceof LedgerUnavailableError) {
      logger.warn({ correlationId, cause: causeText(original.cause) }, 'ledger unavailable');
      return {
        message: 'The gateway cannot reach its ledger right now; nothing was changed. Try again shortly.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...extensions, code: 'SERVICE_UNAVAILABLE', retryable: true },
      };
    }
    if (PASS_THROUGH.has(code)) {
      const cause = providerCause(error);
      if (cause) {
        logger.warn(
          {
            correlationId,
            provider: cause.provider,
            code: cause.code,
            cause: cause.message,
            snippet: cause.snippet,
          },
          'provider read failed',
        );
      }
      for (const key of KEPT_EXTENSIONS) {
        if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
      }
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions,
      };
    }
    logger.error(
      { correlationId, err: original, path: formatted.path },
      'unexpected error in a GraphQL request',
    );
    return {
      message: 'Internal server error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
