import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { AuthSettings } from '../auth/tokens.js';
import type { AppDeps, Context } from '../context.js';
import { withCorrelationId } from '../lib/request-scope.js';
import { serveInSpan } from '../observability/tracing.js';
import { createCallerLimiter } from '../rate-limit.js';
import { createFormatError } from '../format-error.js';
import { buildSchema, queryLimits, startApollo, type SandboxOptions } from './apollo.js';
import { Drain } from './drain.js';
import { graphqlHandler } from './graphql-http.js';
import { pathOf, sendError, sendJson } from './http-io.js';
import { attachLiveServer, type LiveServer } from './live.js';
import { BrowserOrigins } from './origins.js';
import { loadTrustedDocuments } from './trusted-documents.js';
import { graphqlContext } from './graphql-context.js';
import { healthRoutes, operatorRoutes, schemaRoute, type Routes } from './routes.js';

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
  /** `/graphql`, `/healthz`, `/readyz`, `/metrics`, the operators' routes: `http.createServer(app)`. */
  readonly app: RequestListener;
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
function inGraphqlSpan(req: IncomingMessage, res: ServerResponse, correlationId: string, run: () => void) {
  serveInSpan(
    req.headers,
    { 'correlation.id': correlationId, 'http.request.method': req.method ?? '' },
    end => res.once('close', end),
    run,
  );
}

/** A handler that failed: a fixed message and the correlation id, never a stack. */
function failed(res: ServerResponse, logger: AppDeps['logger'], error: unknown): void {
  logger.error({ err: error instanceof Error ? { name: error.name } : 'error' }, 'request failed');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendError(res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
}

/** What the listener dispatches to, all built once at start-up. */
interface Dispatch {
  readonly drain: Drain;
  readonly routes: Routes;
  readonly origins: BrowserOrigins;
  readonly graphql: ReturnType<typeof graphqlHandler>;
  readonly logger: AppDeps['logger'];
}

/**
 * Every answer is one caller's and current: nothing may store it (and no ETag: a POST API has no use
 * for a hash of each body). Each carries the correlation id its log lines and trace carry. Then the
 * drain's count, the GET routes, and `/graphql` (CORS only when an Origin came, then the span).
 */
function listener({ drain, routes, origins, graphql, logger }: Dispatch): RequestListener {
  return (req, res) =>
    withCorrelationId(correlationId => {
      res.setHeader('x-correlation-id', correlationId);
      res.setHeader('cache-control', 'no-store');
      const { path, search } = pathOf(req.url);
      const isGraphql = path === '/graphql';
      if (!drain.admit(res, isGraphql)) return;
      const fail = (error: unknown) => failed(res, logger, error);
      if (!isGraphql) {
        const route = req.method === 'GET' || req.method === 'HEAD' ? routes.get(path) : undefined;
        if (!route) return sendJson(res, 404, { error: 'not found' });
        return void Promise.resolve()
          .then(() => route(req, res))
          .catch(fail);
      }
      if (origins.cors(req, res)) return;
      inGraphqlSpan(req, res, correlationId, () => void graphql(req, res, search).catch(fail));
    });
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

  const origins = new BrowserOrigins(options.corsOrigins, deps.logger);
  const routes: Routes = new Map();
  healthRoutes(routes, deps, () => drain.draining);
  if (options.introspection) schemaRoute(routes, schema);
  operatorRoutes(routes, deps, options.auth, options.metricsToken);
  const graphql = graphqlHandler(
    apollo,
    graphqlContext(deps, {
      auth: options.auth,
      requestDeadlineMs: options.requestDeadlineMs,
      perCustomer,
      perService,
    }),
    trusted,
  );

  const app = listener({ drain, routes, origins, graphql, logger: deps.logger });

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
