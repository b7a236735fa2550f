import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AuthSettings } from '../auth/tokens.js';
import type { AppDeps, Context } from '../context.js';
import { withCorrelationId } from '../lib/request-scope.js';
import { serveInSpan } from '../observability/tracing.js';
import { createCallerLimiter } from '../rate-limit.js';
import { createFormatError } from '../format-error.js';
import { buildSchema, queryLimits, startApollo, type SandboxOptions } from './apollo.js';
import { Drain } from './drain.js';
import { BODY_LIMIT_BYTES } from './limits.js';
import { attachLiveServer, type LiveServer } from './live.js';
import { BrowserOrigins } from './origins.js';
import { loadTrustedDocuments, trustedDocumentsGate } from './trusted-documents.js';
import { graphqlContext } from './graphql-context.js';
import { errorHandler, healthRoutes, operatorRoutes, schemaRoute } from './routes.js';

export type { SandboxOptions } from './apollo.js';

export interface ServerOptions {
  readonly auth: AuthSettings;
  readonly rateLimitPerMinute: number;
  readonly serviceRateLimitPerMinute: number;
  readonly requestDeadlineMs: number;
  readonly metricsToken: string | null;
  readonly corsOrigins: readonly string[];
  readonly production: boolean;
  readonly introspection: boolean;
  readonly landingPage: boolean;
  /** Path of an Apollo persisted query manifest; only its operations run (HTTP and WebSocket). */
  readonly trustedDocuments: string | null;
  /** Pre-filled in Sandbox in development. */
  readonly sandbox?: SandboxOptions;
}

export interface Gateway {
  readonly app: Express;
  readonly apollo: ApolloServer<Context>;
  /** The executable schema HTTP and WebSocket both serve. */
  readonly schema: GraphQLSchema;
  /** Serves graphql-ws subscriptions on the listening server's `/graphql`. */
  attachLive(server: Server): void;
  /**
   * Shutdown's first step: `/readyz` turns 503, new GraphQL requests are refused, subscriptions close
   * (1001), and in-flight requests finish (reads within `graceMs`, mutations within `writeCapMs`).
   */
  drain(graceMs: number, writeCapMs: number): Promise<{ open: number; writes: number }>;
  stop(): Promise<void>;
}

/**
 * Every GraphQL request in a server span (continuing a router's `traceparent`); provider calls and
 * ledger steps become its children. The correlation id is recorded on it, so a log line and its
 * trace find each other.
 */
const graphqlSpan: RequestHandler = (req, res, next) =>
  serveInSpan(
    req.headers,
    { 'correlation.id': String(res.getHeader('x-correlation-id') ?? ''), 'http.request.method': req.method },
    end => res.once('close', end),
    next,
  );

/** The integration insists on req.body existing; a non-JSON POST must still reach Apollo's CSRF check. */
const bodyAlwaysPresent: RequestHandler = (req, _res, next) => {
  if (!('body' in req)) Object.assign(req, { body: undefined });
  next();
};

/** Express with what every route shares: a correlation id on every response, and the drain's count. */
function baseApp(drain: Drain): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // Every answer is one caller's and current: nothing may store it, and a POST API has no use for the
  // SHA-1 of each body that Express would send as an ETag.
  app.set('etag', false);
  app.use((_req, res, next) =>
    withCorrelationId(correlationId => {
      res.setHeader('x-correlation-id', correlationId);
      res.setHeader('cache-control', 'no-store');
      next();
    }),
  );
  app.use(drain.middleware);
  return app;
}

/** Builds the HTTP app: `/graphql`, `/healthz`, `/readyz`, `/metrics`. Listening is the caller's job (tests reuse it). */
export async function createGateway(deps: AppDeps, options: ServerOptions): Promise<Gateway> {
  // Per caller, shared by replicas on PostgreSQL; services get their own, larger budget.
  const shared = deps.ledger.sharedPool;
  const perCustomer = await createCallerLimiter(options.rateLimitPerMinute, shared, 'caller');
  const perService = await createCallerLimiter(options.serviceRateLimitPerMinute, shared, 'service');
  const trusted = options.trustedDocuments ? loadTrustedDocuments(options.trustedDocuments) : null;
  if (trusted) deps.logger.info({ operations: trusted.size }, 'trusted documents only');
  const schema = buildSchema();
  const drain = new Drain();
  const apollo = await startApollo(deps, schema, { ...options, extraPlugins: [drain.plugin<Context>()] });
  let live: LiveServer | null = null;
  let liveClosed: Promise<void> | null = null;
  const closeLive = () => (liveClosed ??= live?.close() ?? Promise.resolve());

  const app = baseApp(drain);
  const origins = new BrowserOrigins(options.corsOrigins, deps.logger);
  app.use('/graphql', ...origins.http());
  healthRoutes(app, deps, () => drain.draining);
  if (options.introspection) schemaRoute(app, schema);
  operatorRoutes(app, deps, options.auth, options.metricsToken);
  app.use(
    '/graphql',
    graphqlSpan,
    express.json({ limit: BODY_LIMIT_BYTES }),
    bodyAlwaysPresent,
    ...(trusted ? [trustedDocumentsGate(trusted)] : []),
    expressMiddleware(apollo, {
      context: graphqlContext(deps, {
        auth: options.auth,
        requestDeadlineMs: options.requestDeadlineMs,
        perCustomer,
        perService,
      }),
    }),
  );
  app.use(errorHandler);

  return {
    app,
    apollo,
    schema,
    attachLive(server) {
      live = attachLiveServer(server, schema, deps, {
        auth: options.auth,
        origins,
        validationRules: queryLimits(options.production).validationRules,
        formatError: createFormatError(deps.logger),
        trusted,
      });
    },
    async drain(graceMs, writeCapMs) {
      const [inFlight] = await Promise.all([drain.drain(graceMs, writeCapMs), closeLive()]);
      return inFlight;
    },
    async stop() {
      await closeLive();
      await apollo.stop();
    },
  };
}
