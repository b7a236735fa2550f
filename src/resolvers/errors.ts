import { GraphQLError } from 'graphql';
import { hasScope, type Caller, type Scope } from '../auth/tokens.js';
import { ProviderCallError } from '../domain/provider-failure.js';
import { InvalidArgumentError } from '../domain/errors.js';

export function requireScope(caller: Caller, scope: Scope): void {
  if (!hasScope(caller, scope)) {
    throw new GraphQLError(`This operation needs the ${scope} scope.`, { extensions: { code: 'FORBIDDEN' } });
  }
}

export function requireAnyScope(caller: Caller, scopes: readonly Scope[]): void {
  if (!scopes.some(scope => hasScope(caller, scope))) {
    const needed = scopes.join(' or ');
    throw new GraphQLError(`This operation needs the ${needed} scope.`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}

/** Provider and argument failures as typed GraphQL errors; anything else is left to be masked. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof ProviderCallError) {
    return new GraphQLError(`${error.provider} could not be read.`, {
      extensions: {
        code: error.code,
        provider: error.provider,
        retryable: error.retryable,
        ...(error.retryAfterSeconds !== null ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      },
      originalError: error,
    });
  }
  if (error instanceof InvalidArgumentError) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return error;
}

/** Runs a resolver body and converts known failures, so a provider outage nulls only its own field. */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toGraphQLError(error);
  }
}
