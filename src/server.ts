import { timingSafeEqual } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AuthError, hasScope, verifyBearer, type AuthSettings } from './auth/tokens.js';
import { createContext, type AppDeps, type Context } from './context.js';
import { createFormatError } from './format-error.js';
import { currentCorrelationId, startRequestDeadline, withCorrelationId } from './lib/request-scope.js';
import { graphqlMetricsPlugin } from './observability/graphql-metrics-plugin.js';
import { createCallerLimiter } from './rate-limit.js';
import { resolvers } from './resolvers/index.js';

export const BODY_LIMIT = '100kb';

export function loadTypeDefs(dir = join(import.meta.dirname, '..', 'schema')): string {
  return readdirSync(dir)
    .filter(name => name.endsWith('.graphql'))
    .sort()
    .map(name => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

export interface ServerOptions {
  readonly auth: AuthSettings;
  readonly rateLimitPerMinute: number;
  readonly serviceRateLimitPerMinute: number;
  readonly requestDeadlineMs: number;
  readonly metricsToken: string | null;
  readonly production: boolean;
  readonly introspection: boolean;
  readonly landingPage: boolean;
  /** Pre-filled in Sandbox in development. */
  readonly sandbox?: { readonly token: string; readonly document: string };
}

export interface Gateway {
  readonly app: Express;
  readonly apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/** Builds the HTTP app: `/graphql`, `/healthz`, `/readyz`. Listening is the caller's job (tests reuse it). */
/** Query limits (graphql-armor): depth through the order ⇄ item cycle, alias and directive floods, token floods, cost. */
function queryLimits(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 10, allowList: ['__typename'] },
    maxDirectives: { n: 20 },
    // Tokens are limited by graphql's own parser (parseOptions below), which answers 400, not 500.
    maxTokens: { enabled: false },
    // Cost multiplies by a literal `first` and compounds with depth: a full order page of 50 costs ~26 000.
    costLimit: { maxCost: 30_000 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** How long readiness waits for the ledger before answering 503 (probes usually allow 2 s or more). */
const READY_TIMEOUT_MS = 1_500;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  // The abandoned probe may still fail later; that is expected and must not surface as unhandled.
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function createGateway(deps: AppDeps, options: ServerOptions): Promise<Gateway> {
  const limits = queryLimits(options.production);
  // Per caller, so one customer's flood never slows another's requests; shared by replicas on PostgreSQL.
  const perCustomer = await createCallerLimiter(options.rateLimitPerMinute, deps.ledger.sharedPool, 'caller');
  // Backend services (the booking flow registering every new booking) get their own, larger budget.
  const perService = await createCallerLimiter(
    options.serviceRateLimitPerMinute,
    deps.ledger.sharedPool,
    'service',
  );
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // Every security option is explicit; none is derived from NODE_ENV.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: options.production,
    persistedQueries: false,
    formatError: createFormatError(deps.logger),
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: 2_000 },
    plugins: [
      // armor's plugins read no context, so they serve any context type.
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      graphqlMetricsPlugin<Context>(deps.metrics),
      options.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            includeCookies: false,
            ...(options.sandbox
              ? {
                  document: options.sandbox.document,
                  headers: { Authorization: `Bearer ${options.sandbox.token}` },
                }
              : {}),
          })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use((_req, res, next) =>
    withCorrelationId(correlationId => {
      res.setHeader('x-correlation-id', correlationId);
      next();
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const providers = [...deps.providers.values()].map(p => p.health());
    try {
      // A probe must answer promptly even when the database has gone silent: 503 after 1.5 s.
      await withTimeout(deps.ledger.ping(), READY_TIMEOUT_MS);
      res.json({ status: 'ready', ledger: deps.ledger.backend, providers });
    } catch {
      res.status(503).json({ status: 'unavailable', ledger: deps.ledger.backend, providers });
    }
  });
  app.get('/metrics', async (req, res) => {
    if (options.metricsToken && !bearerMatches(req.headers.authorization, options.metricsToken)) {
      res.status(401).json({ error: 'authentication required' });
      return;
    }
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  // Operators: cancellations not yet settled (UNKNOWN, or a request that died), oldest first.
  app.get('/ops/cancellations/unsettled', async (req, res) => {
    const caller = await verifyBearer(req.headers.authorization, options.auth).catch(() => null);
    if (!caller || !hasScope(caller, 'orders:admin')) {
      res
        .status(caller ? 403 : 401)
        .json({ error: caller ? 'orders:admin scope required' : 'authentication required' });
      return;
    }
    const rows = await deps.ledger.journal.byState(['RECEIVED', 'SENT', 'UNKNOWN'], 500);
    res.json({
      unsettled: rows.map(r => ({
        id: r.id,
        provider: r.provider,
        orderRef: r.orderRef,
        itemRef: r.itemRef,
        state: r.state,
        attempts: r.attempts,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        nextCheckAt: r.nextCheckAt,
      })),
    });
  });
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    (req, _res, next) => {
      // The integration insists on req.body existing; a non-JSON POST must still reach Apollo's CSRF check.
      if (!('body' in req)) Object.assign(req, { body: undefined });
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const caller = await verifyBearer(req.headers.authorization, options.auth);
          const limiter = hasScope(caller, 'orders:write') ? perService : perCustomer;
          const limited = await limiter.consume(caller.customerId).then(
            () => null,
            (rejection: unknown) => (rejection instanceof RateLimiterRes ? rejection : null),
          );
          if (limited) {
            deps.metrics.rateLimited();
            const retryAfterSeconds = Math.ceil(limited.msBeforeNext / 1000);
            throw new GraphQLError('Too many requests; slow down.', {
              extensions: {
                code: 'RATE_LIMITED',
                retryable: true,
                retryAfterSeconds,
                http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
              },
            });
          }
          startRequestDeadline(options.requestDeadlineMs);
          return createContext(deps, caller, currentCorrelationId() ?? 'none');
        } catch (error) {
          if (!(error instanceof AuthError)) throw error;
          throw new GraphQLError('Authentication required.', {
            extensions: {
              code: 'UNAUTHENTICATED',
              http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
            },
          });
        }
      },
    }),
  );
  app.use(errorHandler);

  return { app, apollo, stop: () => apollo.stop() };
}

/** Constant-time comparison, so the metrics token cannot be guessed byte by byte from timings. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Body-parser and other middleware errors: the status they carry, a fixed message, never a stack. */
const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const status =
    typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
      ? error.status
      : 500;
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message =
    status === 413
      ? 'Request body too large.'
      : status < 500
        ? 'Malformed request.'
        : 'Internal server error.';
  res
    .status(status < 400 || status > 599 ? 500 : status)
    .json({ errors: [{ message, extensions: { code, correlationId: res.getHeader('x-correlation-id') } }] });
};
