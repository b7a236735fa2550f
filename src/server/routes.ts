import { timingSafeEqual } from 'node:crypto';
import type { ErrorRequestHandler, Express, Response } from 'express';
import { printSchema, type GraphQLSchema } from 'graphql';
import { hasScope, verifyBearer, type AuthSettings } from '../auth/tokens.js';
import type { AppDeps } from '../context.js';
import { PROVIDERS } from '../domain/provider.js';
import { withTimeout } from '../lib/with-timeout.js';

/** How long readiness waits for the ledger before answering 503 (probes usually allow 2 s or more). */
const READY_TIMEOUT_MS = 1_500;

/**
 * Every provider in the `Provider` enum's order, each with its mode: the running ones (`live`, or
 * `simulated` in development) keep their circuit, the others are `off`, so an operator sees what is
 * configured.
 */
function providerModes(deps: AppDeps) {
  const running = new Map(deps.providerHealth().map(health => [health.provider, health]));
  return PROVIDERS.map(provider => {
    const health = running.get(provider);
    if (!health) return { provider, mode: 'off' as const };
    return { ...health, mode: health.simulated ? ('simulated' as const) : ('live' as const) };
  });
}

/**
 * `/healthz` (the process answers) and `/readyz` (the ledger answers, with each provider's mode and
 * circuit; 503 `draining` once shutdown has begun, so the load balancer stops sending work here).
 */
export function healthRoutes(app: Express, deps: AppDeps, draining: () => boolean): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const providers = providerModes(deps);
    if (draining()) {
      res.status(503).json({ status: 'draining', ledger: deps.ledger.backend, providers });
      return;
    }
    try {
      // A probe must answer promptly even when the database has gone silent: 503 after 1.5 s.
      await withTimeout(deps.ledger.ping(), READY_TIMEOUT_MS);
      res.json({ status: 'ready', ledger: deps.ledger.backend, providers });
    } catch {
      res.status(503).json({ status: 'unavailable', ledger: deps.ledger.backend, providers });
    }
  });
}

/** The schema as SDL, for tools and the offline landing page: only where introspection tells it anyway. */
export function schemaRoute(app: Express, schema: GraphQLSchema): void {
  const sdl = printSchema(schema);
  app.get('/schema.graphql', (_req, res) => {
    res.type('text/plain').send(sdl);
  });
}

/** `/metrics` (behind `METRICS_TOKEN` when set) and the operators' list of unsettled cancellations. */
export function operatorRoutes(app: Express, deps: AppDeps, auth: AuthSettings, metricsToken: string | null) {
  app.get('/metrics', async (req, res) => {
    if (metricsToken && !bearerMatches(req.headers.authorization, metricsToken)) {
      res.status(401).json({ error: 'authentication required' });
      return;
    }
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  // Operators: cancellations not yet settled (UNKNOWN, or a request that died), oldest first.
  app.get('/ops/cancellations/unsettled', async (req, res) => {
    const caller = await verifyBearer(req.headers.authorization, auth).catch(() => null);
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
}

/** Constant-time comparison, so the metrics token cannot be guessed byte by byte from timings. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Body-parser and other middleware errors: the status they carry, a fixed message, never a stack. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
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
  sendError(res, status < 400 || status > 599 ? 500 : status, message, code);
};

/** A GraphQL-shaped error answered before Apollo: a fixed message, its code and the correlation id. */
export function sendError(res: Response, status: number, message: string, code: string): void {
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code, correlationId: res.getHeader('x-correlation-id') } }] });
}
