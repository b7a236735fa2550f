import { envSchema, PROVIDER_VARIABLES, type Env } from './config-env.js';
import type { WebhookEndpointConfig } from './config-webhooks.js';
import type { LedgerTimeouts } from './ledger/connect.js';
import type { TracingConfig } from './observability/otel-sdk.js';
import type { ProviderId } from './domain/provider.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A provider pointed at a live base URL, or left to the simulator (development only). */
export type ProviderEndpoint<C> =
  | { readonly mode: 'live'; readonly baseUrl: string; readonly credentials: C }
  | { readonly mode: 'simulated' }
  | { readonly mode: 'disabled' };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly env: 'development' | 'production';
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  /** The per-order cancellation lock's lease, renewed every third of it while a cancel runs. */
  readonly cancelLockLeaseMs: number;
  /** Every ledger statement ends by these (PostgreSQL; SQLite uses the statement one as its busy timeout). */
  readonly database: LedgerTimeouts;
  readonly logLevel: Env['LOG_LEVEL'];
  /** GraphQL requests per minute per caller (in each replica). */
  readonly rateLimitPerMinute: number;
  /** The same for callers with `orders:write` (backend services such as the booking flow). */
  readonly serviceRateLimitPerMinute: number;
  /** Every provider read in one GraphQL request ends by then. */
  readonly requestDeadlineMs: number;
  /** OpenTelemetry traces; null (off) without OTEL_EXPORTER_OTLP_ENDPOINT. */
  readonly tracing: TracingConfig | null;
  /** On SIGTERM, reads in flight get this long to finish; mutations get `requestDeadlineMs` more. */
  readonly shutdownGraceMs: number;
  readonly providerHttp: {
    readonly readTimeoutMs: number;
    readonly breakerThreshold: number;
    readonly halfOpenAfterMs: number;
    readonly maxConcurrent: number;
    /** Our own cap on calls per second to each provider (its published limit); null = none. */
    readonly maxRequestsPerSecond: Readonly<Record<ProviderId, number | null>>;
  };
  /** When set, `/metrics` wants `Authorization: Bearer <token>`. */
  readonly metricsToken: string | null;
  /** Exact browser origins allowed to call `/graphql`; empty means no CORS headers at all. */
  readonly corsOrigins: readonly string[];
  /** The watcher: how often a booking that can still change is re-read, and its provider budget. */
  readonly watch: {
    readonly intervalMs: number;
    readonly pendingMs: number;
    /** How long a replica holds the bookings it claimed: a killed one's are due again after it. */
    readonly leaseMs: number;
    /** Per provider per minute, for all replicas together (shared through PostgreSQL). */
    readonly readsPerMinute: number;
  };
  /** Signed webhooks for feed changes (Standard Webhooks); none when the list is empty. */
  readonly webhooks: {
    readonly endpoints: readonly WebhookEndpointConfig[];
    readonly retryBaseMs: number;
    readonly retryWindowMs: number;
    readonly timeoutMs: number;
    /** How long one replica delivers for an endpoint before another may take over (a killed one). */
    readonly leaseMs: number;
  };
  /** Live subscriptions: per-customer bound and the polling that feeds them. */
  readonly subscriptions: {
    readonly perCaller: number;
    readonly pollMs: number;
    readonly pendingPollMs: number;
  };
  readonly auth: {
    readonly secret: string | null;
    readonly issuer: string | null;
    readonly audience: string | null;
  };
  readonly graphql: {
    readonly introspection: boolean;
    readonly landingPage: boolean;
    /** An Apollo persisted query manifest: when set, only its operations run. */
    readonly trustedDocuments: string | null;
  };
  readonly providers: {
    readonly imin: ProviderEndpoint<{ apiKey: string }>;
    readonly bookingCom: ProviderEndpoint<{ token: string; affiliateId: string }>;
    readonly musement: ProviderEndpoint<{ clientId: string; clientSecret: string; application: string }>;
    readonly bokun: ProviderEndpoint<{
      username: string | null;
      password: string | null;
      parameters: { name: string; value: string }[];
      agentCode: string | null;
    }>;
  };
}

/** Every variable a live provider needs; a missing one names itself. */
function endpoint<C>(env: Env, provider: ProviderId, build: () => C): ProviderEndpoint<C> {
  const { baseUrl: baseUrlVar, required } = PROVIDER_VARIABLES[provider];
  const baseUrl = env[baseUrlVar];
  if (typeof baseUrl !== 'string')
    return env.GATEWAY_ENV === 'development' ? { mode: 'simulated' } : { mode: 'disabled' };
  const missing = required.find((name: keyof Env) => env[name] === undefined);
  if (missing) throw new ConfigError(`${missing} is required when ${baseUrlVar} is set.`);
  return { mode: 'live', baseUrl: baseUrl.replace(/\/+$/, ''), credentials: build() };
}

/** Parses and checks the environment; throws a `ConfigError` whose message names the variable at fault. */
export function loadConfig(source: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid'}.`);
  }
  const env = parsed.data;
  const production = env.GATEWAY_ENV === 'production';
  if (production && !env.AUTH_JWT_SECRET)
    throw new ConfigError('AUTH_JWT_SECRET is required when GATEWAY_ENV=production.');
  return {
    port: env.PORT,
    host: env.HOST,
    env: env.GATEWAY_ENV,
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: env.DATA_DIR,
    cancelLockLeaseMs: env.CANCEL_LOCK_LEASE_MS,
    database: {
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    logLevel: env.LOG_LEVEL,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    serviceRateLimitPerMinute: env.SERVICE_RATE_LIMIT_PER_MINUTE,
    requestDeadlineMs: env.REQUEST_DEADLINE_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? {
          endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
          protocol: env.OTEL_EXPORTER_OTLP_PROTOCOL,
          serviceName: env.OTEL_SERVICE_NAME,
        }
      : null,
    providerHttp: providerHttp(env),
    metricsToken: env.METRICS_TOKEN ?? null,
    corsOrigins: env.CORS_ORIGINS,
    watch: watchConfig(env),
    webhooks: webhookConfig(env),
    subscriptions: {
      perCaller: env.SUBSCRIPTIONS_PER_CALLER,
      pollMs: env.SUBSCRIPTION_POLL_MS,
      pendingPollMs: env.SUBSCRIPTION_PENDING_POLL_MS,
    },
    auth: {
      secret: env.AUTH_JWT_SECRET ?? null,
      issuer: env.AUTH_ISSUER ?? null,
      audience: env.AUTH_AUDIENCE ?? null,
    },
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? !production,
      landingPage: env.GRAPHQL_LANDING_PAGE ?? !production,
      trustedDocuments: env.TRUSTED_DOCUMENTS ?? null,
    },
    providers: providerEndpoints(env),
  };
}

function webhookConfig(env: Env): Config['webhooks'] {
  return {
    endpoints: env.WEBHOOK_ENDPOINTS,
    retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
    retryWindowMs: env.WEBHOOK_RETRY_WINDOW_MS,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    leaseMs: env.WEBHOOK_LEASE_MS,
  };
}

function watchConfig(env: Env): Config['watch'] {
  return {
    intervalMs: env.WATCH_INTERVAL_MS,
    pendingMs: env.WATCH_PENDING_MS,
    leaseMs: env.WATCH_LEASE_MS,
    readsPerMinute: env.WATCH_READS_PER_MINUTE,
  };
}

function providerHttp(env: Env): Config['providerHttp'] {
  return {
    readTimeoutMs: env.PROVIDER_TIMEOUT_MS,
    breakerThreshold: env.PROVIDER_BREAKER_THRESHOLD,
    halfOpenAfterMs: env.PROVIDER_BREAKER_HALF_OPEN_MS,
    maxConcurrent: env.PROVIDER_MAX_CONCURRENT,
    maxRequestsPerSecond: {
      IMIN: env.IMIN_MAX_RPS ?? null,
      BOOKING_COM: env.BOOKINGCOM_MAX_RPS ?? null,
      MUSEMENT: env.MUSEMENT_MAX_RPS ?? null,
      BOKUN: env.BOKUN_MAX_RPS ?? null,
    },
  };
}

function providerEndpoints(env: Env): Config['providers'] {
  const need = (name: keyof Env): string => {
    const value = env[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    imin: endpoint(env, 'IMIN', () => ({ apiKey: need('IMIN_API_KEY') })),
    bookingCom: endpoint(env, 'BOOKING_COM', () => ({
      token: need('BOOKINGCOM_TOKEN'),
      affiliateId: need('BOOKINGCOM_AFFILIATE_ID'),
    })),
    musement: endpoint(env, 'MUSEMENT', () => ({
      clientId: need('MUSEMENT_CLIENT_ID'),
      clientSecret: need('MUSEMENT_CLIENT_SECRET'),
      application: need('MUSEMENT_APPLICATION'),
    })),
    bokun: endpoint(env, 'BOKUN', () => ({
      username: env.BOKUN_PLUGIN_USERNAME ?? null,
      password: env.BOKUN_PLUGIN_PASSWORD ?? null,
      parameters: env.BOKUN_PLUGIN_PARAMETERS,
      agentCode: env.BOKUN_AGENT_CODE ?? null,
    })),
  };
}

/** Providers the configuration leaves to a simulator (development with no base URL). */
export function simulatedEndpoints(config: Config): ProviderId[] {
  const { imin, bookingCom, musement, bokun } = config.providers;
  const modes: Array<[ProviderId, string]> = [
    ['IMIN', imin.mode],
    ['BOOKING_COM', bookingCom.mode],
    ['MUSEMENT', musement.mode],
    ['BOKUN', bokun.mode],
  ];
  return modes.filter(([, mode]) => mode === 'simulated').map(([id]) => id);
}
