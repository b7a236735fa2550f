import { timingSafeEqual } from 'node:crypto';
import { printSchema, type GraphQLSchema } from 'graphql';
import { hasScope, verifyBearer, type AuthSettings } from '../auth/tokens.js';
import type { AppDeps } from '../context.js';
import { PROVIDERS } from '../domain/provider.js';
import { withTimeout } from '../lib/with-timeout.js';
import { send, sendJson, type Handler } from './http-io.js';

/** GET routes beside `/graphql`, by path. */
export type Routes = Map<string, Handler>;

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
export function healthRoutes(routes: Routes, deps: AppDeps, draining: () => boolean): void {
  routes.set('/healthz', (_req, res) => sendJson(res, 200, { status: 'ok' }));
  routes.set('/readyz', async (_req, res) => {
    const providers = providerModes(deps);
    if (draining()) {
      sendJson(res, 503, { status: 'draining', ledger: deps.ledger.backend, providers });
      return;
    }
    try {
      // A probe must answer promptly even when the database has gone silent: 503 after 1.5 s.
      await withTimeout(deps.ledger.ping(), READY_TIMEOUT_MS);
      sendJson(res, 200, { status: 'ready', ledger: deps.ledger.backend, providers });
    } catch {
      sendJson(res, 503, { status: 'unavailable', ledger: deps.ledger.backend, providers });
    }
  });
}

/** The schema as SDL, for tools and the offline landing page: only where introspection tells it anyway. */
export function schemaRoute(routes: Routes, schema: GraphQLSchema): void {
  const sdl = printSchema(schema);
  routes.set('/schema.graphql', (_req, res) => send(res, 200, 'text/plain; charset=utf-8', sdl));
}

/** `/metrics` (behind `METRICS_TOKEN` when set) and the operators' list of unsettled cancellations. */
export function operatorRoutes(
  routes: Routes,
  deps: AppDeps,
  auth: AuthSettings,
  metricsToken: string | null,
): void {
  routes.set('/metrics', async (req, res) => {
    if (metricsToken && !bearerMatches(req.headers.authorization, metricsToken)) {
      sendJson(res, 401, { error: 'authentication required' });
      return;
    }
    send(res, 200, deps.metrics.registry.contentType, await deps.metrics.registry.metrics());
  });
  // Operators: cancellations not yet settled (UNKNOWN, or a request that died), oldest first.
  routes.set('/ops/cancellations/unsettled', async (req, res) => {
    const caller = await verifyBearer(req.headers.authorization, auth).catch(() => null);
    if (!caller || !hasScope(caller, 'orders:admin')) {
      sendJson(res, caller ? 403 : 401, {
        error: caller ? 'orders:admin scope required' : 'authentication required',
      });
      return;
    }
    const rows = await deps.ledger.journal.byState(['RECEIVED', 'SENT', 'UNKNOWN'], 500);
    sendJson(res, 200, {
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
