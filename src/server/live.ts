import type { Server } from 'node:http';
import {
  GraphQLError,
  OperationTypeNode,
  createSourceEventStream,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AuthError, hasScope, verifyBearerUntil, type AuthSettings, type Caller } from '../auth/tokens.js';
import { createContext, type AppDeps, type Context } from '../context.js';
import { withCorrelationId } from '../lib/request-scope.js';
import { BODY_LIMIT_BYTES, MAX_TOKENS } from './limits.js';
import { mapEvents, OperationIds, primedContext } from './live-events.js';
import type { BrowserOrigins } from './origins.js';
import { trustedBody, type TrustedDocuments } from './trusted-documents.js';

export interface LiveServerOptions {
  readonly auth: AuthSettings;
  /** CORS_ORIGINS, which decides WebSocket handshakes too. */
  readonly origins: BrowserOrigins;
  /** The HTTP endpoint's own validation rules (depth, aliases, directives), so WebSocket is no side door. */
  readonly validationRules: readonly ValidationRule[];
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** When set, only listed subscriptions run here too. */
  readonly trusted: TrustedDocuments | null;
}

/** graphql-ws close codes: the token (4401, with its reason), the scope (4403), shutdown (1001, by graphql-ws). */
const UNAUTHORIZED = 4401;
const FORBIDDEN = 4403;
const MAX_TIMER_MS = 2 ** 31 - 1;

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });

/**
 * graphql's own parse and validation errors carry no code, and formatError masks code-less errors as
 * internal ones; these are the client's, with the codes Apollo gives them over HTTP.
 */
const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, code },
  });

type VerifyClient = (
  info: { origin?: string; req: { headers: { host?: string } } },
  done: (verified: boolean, code?: number, message?: string, headers?: Record<string, string>) => void,
) => void;

/**
 * Browsers send `Origin` on a WebSocket handshake and CORS does not apply to it, so CORS_ORIGINS
 * decides here too. A refusal is 403 with the cause in the body: ws's default, 401 without
 * `WWW-Authenticate`, makes Chromium report "HTTP Authentication failed" and sends developers
 * looking for a token problem.
 */
function refuseForeignOrigins(origins: BrowserOrigins): VerifyClient {
  return ({ origin, req }, done) => {
    if (origin === undefined || origins.allows(origin, req.headers.host)) return done(true);
    origins.refused(origin, 'websocket');
    // ws writes these headers over its own defaults (text/html), so the key's case must be its own.
    done(false, 403, origins.refusal(origin), { 'Content-Type': 'text/plain; charset=utf-8' });
  };
}

/**
 * The connection's token, checked like HTTP: 4401 with the reason when it is missing, invalid or
 * expired, 4403 without `orders:read`; accepted connections end with 4401 TOKEN_EXPIRED when it does.
 */
async function authenticate(
  params: Readonly<Record<string, unknown>> | undefined,
  socket: WebSocket,
  auth: AuthSettings,
  callers: WeakMap<WebSocket, Caller>,
): Promise<boolean> {
  const header = params?.['authorization'] ?? params?.['Authorization'];
  try {
    const { caller, expiresMs } = await verifyBearerUntil(
      typeof header === 'string' ? header : undefined,
      auth,
    );
    if (!hasScope(caller, 'orders:read')) {
      socket.close(FORBIDDEN, 'orders:read scope required');
      return false;
    }
    callers.set(socket, caller);
    const untilExpiry = Math.min(expiresMs - Date.now(), MAX_TIMER_MS);
    const expiry = setTimeout(() => socket.close(UNAUTHORIZED, 'TOKEN_EXPIRED'), untilExpiry);
    expiry.unref();
    socket.once('close', () => clearTimeout(expiry));
    return true;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    socket.close(UNAUTHORIZED, error.reason);
    return false;
  }
}

/** Parses and validates like the HTTP endpoint; only subscriptions run here (queries and mutations use HTTP). */
function admit(
  schema: GraphQLSchema,
  options: LiveServerOptions,
  payload: {
    query: string;
    operationName?: string | null;
    variables?: Record<string, unknown> | null;
    extensions?: Record<string, unknown> | null;
  },
): ExecutionArgs | readonly GraphQLError[] {
  const query = options.trusted ? trustedBody(options.trusted, payload) : payload.query;
  if (query instanceof GraphQLError) return [query];
  let document;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    return [
      error instanceof GraphQLError
        ? withCode(error, 'GRAPHQL_PARSE_FAILED')
        : badRequest('The document could not be parsed.'),
    ];
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [badRequest('Name the operation to run (operationName).')];
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION)
    return [
      badRequest(
        'Only subscription operations are served over WebSocket; send queries and mutations over HTTP.',
      ),
    ];
  const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
  if (errors.length > 0) return errors.map(e => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

type LiveHooks = Parameters<typeof useServer<Record<string, unknown>>>[0];

/**
 * graphql-ws's hooks. Each operation gets a correlation id when it is subscribed (OperationIds), used
 * for its errors, its context and every event's execution; formatError reads it from the scope, and
 * graphql-ws calls these hooks outside any scope of ours.
 */
function liveHooks(
  schema: GraphQLSchema,
  deps: AppDeps,
  options: LiveServerOptions,
  callers: WeakMap<WebSocket, Caller>,
): LiveHooks {
  const operations = new OperationIds();
  const format = (errors: readonly GraphQLError[], correlationId: string | undefined) =>
    withCorrelationId(() => errors.map(e => options.formatError(e.toJSON(), e)), correlationId);
  return {
    schema,
    onConnect: ({ connectionParams, extra: { socket } }) =>
      authenticate(connectionParams, socket, options.auth, callers),
    onSubscribe: (ctx, id, payload) => {
      const caller = callers.get(ctx.extra.socket);
      if (!caller) throw new Error('A subscription arrived on a connection with no caller.');
      const correlationId = operations.start(ctx, id);
      const admitted = withCorrelationId(() => admit(schema, options, payload), correlationId);
      if (!('schema' in admitted)) return admitted;
      return { ...admitted, contextValue: createContext(deps, caller, correlationId) };
    },
    subscribe: async args => {
      const operation = args.contextValue as Context;
      const inScope = <T>(fn: () => T) => withCorrelationId(fn, operation.correlationId);
      const stream = await inScope(() => createSourceEventStream(args));
      if (!(Symbol.asyncIterator in stream)) return stream;
      return mapEvents(stream, event =>
        inScope(() =>
          execute({ ...args, rootValue: event, contextValue: primedContext(deps, operation, event) }),
        ),
      );
    },
    onNext: (_ctx, _id, _payload, args, result) =>
      result.errors
        ? { ...result, errors: format(result.errors, (args.contextValue as Context).correlationId) }
        : undefined,
    onError: (ctx, id, payload, errors) => {
      // WebSocket operations have no span: this line is where a reported correlation id leads.
      const correlationId = operations.get(ctx, id);
      operations.end(ctx, id);
      const formatted = format(errors, correlationId);
      const codes = formatted.map(e => e.extensions?.['code']);
      deps.logger.info(
        { correlationId, operationName: payload.operationName ?? null, codes },
        'subscription refused',
      );
      return formatted;
    },
    onComplete: (ctx, id) => operations.end(ctx, id),
  };
}

/**
 * graphql-ws on `/graphql` of the given HTTP server. The token goes in `connectionParams.authorization`
 * and is checked like HTTP; the connection ends with 4401 `TOKEN_EXPIRED` when the token does. Each
 * event runs with a fresh request context (fresh loaders, primed with the order the poll just read),
 * so a long subscription never answers from a stale cache.
 */
export function attachLiveServer(
  server: Server,
  schema: GraphQLSchema,
  deps: AppDeps,
  options: LiveServerOptions,
) {
  const callers = new WeakMap<WebSocket, Caller>();
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: BODY_LIMIT_BYTES,
    verifyClient: refuseForeignOrigins(options.origins),
  });
  const disposable = useServer<Record<string, unknown>>(liveHooks(schema, deps, options, callers), wss);

  return {
    /** Shutdown: every connection closes with 1001 (going away); watches stop polling. */
    async close(): Promise<void> {
      await disposable.dispose();
      deps.live.close();
    },
  };
}

export type LiveServer = ReturnType<typeof attachLiveServer>;
