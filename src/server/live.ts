import { randomUUID } from 'node:crypto';
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
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AuthError, hasScope, verifyBearerUntil, type AuthSettings, type Caller } from '../auth/tokens.js';
import { createContext, type AppDeps, type Context } from '../context.js';
import { withCorrelationId } from '../lib/request-scope.js';
import { itemNotFound } from '../resolvers/Subscription.js';
import { LiveItemNotFound, type LiveItemEvent } from '../services/live-items.js';
import { BODY_LIMIT_BYTES, MAX_TOKENS } from './limits.js';
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
    return [error instanceof GraphQLError ? error : badRequest('The document could not be parsed.')];
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
  if (errors.length > 0) return errors;
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

/** Maps source events to results; a stream that fails ends with one typed error instead of a dropped socket. */
function mapEvents(
  source: AsyncIterable<unknown>,
  map: (event: LiveItemEvent) => Promise<ExecutionResult> | ExecutionResult,
): AsyncIterableIterator<ExecutionResult> {
  const events = source[Symbol.asyncIterator]();
  let finished = false;
  const end = async (): Promise<IteratorResult<ExecutionResult>> => {
    finished = true;
    await events.return?.();
    return { done: true, value: undefined };
  };
  return {
    async next() {
      if (finished) return { done: true, value: undefined };
      try {
        const next = await events.next();
        if (next.done) return { done: true, value: undefined };
        return { done: false, value: await map(next.value as LiveItemEvent) };
      } catch (error) {
        finished = true;
        const typed =
          error instanceof LiveItemNotFound
            ? itemNotFound()
            : new GraphQLError('Internal server error.', { originalError: error as Error });
        return { done: false, value: { errors: [typed] } };
      }
    },
    return: end,
    throw: async (error: unknown) => {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** A fresh request context for one event, its loader primed with the order the poll just read. */
function primedContext(deps: AppDeps, caller: Caller, event: LiveItemEvent): Context {
  const ctx = createContext(deps, caller, randomUUID());
  const { provider, providerReference } = event.order;
  ctx.loaders.order.prime({ provider, orderRef: providerReference }, event.order);
  return ctx;
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
  const format = (errors: readonly GraphQLError[]) => errors.map(e => options.formatError(e.toJSON(), e));

  const disposable = useServer<Record<string, unknown>>(
    {
      schema,
      onConnect: ({ connectionParams, extra: { socket } }) =>
        authenticate(connectionParams, socket, options.auth, callers),
      context: ({ extra: { socket } }) => {
        const caller = callers.get(socket);
        if (!caller) throw new Error('A subscription arrived on a connection with no caller.');
        return createContext(deps, caller, randomUUID());
      },
      onSubscribe: (_ctx, _id, payload) => admit(schema, options, payload),
      subscribe: async args => {
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) return stream;
        const { caller } = args.contextValue as Context;
        return mapEvents(stream, event =>
          withCorrelationId(() =>
            execute({ ...args, rootValue: event, contextValue: primedContext(deps, caller, event) }),
          ),
        );
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );

  return {
    /** Shutdown: every connection closes with 1001 (going away); watches stop polling. */
    async close(): Promise<void> {
      await disposable.dispose();
      deps.live.close();
    },
  };
}

export type LiveServer = ReturnType<typeof attachLiveServer>;
