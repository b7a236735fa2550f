import { GraphQLError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { RateLimiterRes } from 'rate-limiter-flexible';
import {
  AuthError,
  hasScope,
  verifyBearer,
  type AuthFailureReason,
  type AuthSettings,
} from '../auth/tokens.js';
import { createContext, type AppDeps, type Context } from '../context.js';
import { currentCorrelationId, startRequestDeadline } from '../lib/request-scope.js';
import type { createCallerLimiter } from '../rate-limit.js';

type Limiter = Awaited<ReturnType<typeof createCallerLimiter>>;

export interface ContextOptions {
  readonly auth: AuthSettings;
  readonly requestDeadlineMs: number;
  /** Per customer, so one customer's flood never slows another's requests. */
  readonly perCustomer: Limiter;
  /** Backend services (the booking flow registering every new booking) get their own, larger budget. */
  readonly perService: Limiter;
}

function rateLimited(retryAfterMs: number): GraphQLError {
  const retryAfterSeconds = Math.ceil(retryAfterMs / 1000);
  return new GraphQLError('Too many requests; slow down.', {
    extensions: {
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** The message and the RFC 6750 §3 challenge for each reason (no error code when nothing was sent). */
const REFUSALS: Record<AuthFailureReason, { message: string; challenge: string }> = {
  TOKEN_MISSING: {
    message: 'Authentication required: send Authorization: Bearer <token>.',
    challenge: 'Bearer realm="orders-gateway"',
  },
  TOKEN_INVALID: {
    message: 'The access token is not valid; sign in again.',
    challenge:
      'Bearer realm="orders-gateway", error="invalid_token", error_description="The access token is malformed or not signed by this service"',
  },
  TOKEN_EXPIRED: {
    message: 'The access token has expired; refresh it or sign in again.',
    challenge:
      'Bearer realm="orders-gateway", error="invalid_token", error_description="The access token expired"',
  },
};

const unauthenticated = (reason: AuthFailureReason) =>
  new GraphQLError(REFUSALS[reason].message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      reason,
      http: { status: 401, headers: new Map([['www-authenticate', REFUSALS[reason].challenge]]) },
    },
  });

/** Each GraphQL request's context: the bearer verified, the caller's rate limit taken, the deadline started. */
export function graphqlContext(deps: AppDeps, options: ContextOptions) {
  return async (req: IncomingMessage): Promise<Context> => {
    try {
      const caller = await verifyBearer(req.headers.authorization, options.auth);
      const limiter = hasScope(caller, 'orders:write') ? options.perService : options.perCustomer;
      const limited = await limiter.consume(caller.customerId).then(
        () => null,
        (rejection: unknown) => (rejection instanceof RateLimiterRes ? rejection : null),
      );
      if (limited) {
        deps.metrics.rateLimited();
        throw rateLimited(limited.msBeforeNext);
      }
      startRequestDeadline(options.requestDeadlineMs);
      return createContext(deps, caller, currentCorrelationId() ?? 'none');
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      throw unauthenticated(error.reason);
    }
  };
}
