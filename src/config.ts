import { envSchema, type Env } from './config-env.js';
import { ConfigError, parseVariables } from './config-error.js';
import { PROVIDERS, type ProviderId } from './domain/provider.js';
import type { WebhookEndpointConfig } from './config-webhooks.js';
import type { LedgerTimeouts } from './ledger/connect.js';
import type { TracingConfig } from './observability/otel-sdk.js';
import { providerPlugins } from './providers/catalogue.js';
import type { ProviderEndpoint, ProviderOptions } from './providers/plugin-env.js';

export { ConfigError } from './config-error.js';

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
  /** Each provider's endpoint, as its plugin's variables give it. */
  readonly providers: Readonly<Record<ProviderId, ProviderEndpoint>>;
}

/** Parses and checks the environment; throws a `ConfigError` whose message names the variable at fault. */
export function loadConfig(source: NodeJS.ProcessEnv): Config {
  const env = parseVariables(envSchema, source);
  // Checked in the order they always were: every variable (the gateway's, then each provider's), the
  // production secret, then the variables each live provider needs with its base URL.
  const variables = providerPlugins.map(plugin => [plugin, plugin.env.read(source)] as const);
  const production = env.GATEWAY_ENV === 'production';
  if (production && !env.AUTH_JWT_SECRET)
    throw new ConfigError('AUTH_JWT_SECRET is required when GATEWAY_ENV=production.');
  const options = new Map<ProviderId, ProviderOptions>(
    variables.map(([plugin, checked]) => [plugin.id, plugin.env.validateOptions(checked, env.GATEWAY_ENV)]),
  );
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
    tracing: tracingConfig(env),
    providerHttp: {
      ...providerHttp(env),
      maxRequestsPerSecond: byProvider(options, o => o.maxRequestsPerSecond),
    },
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
    providers: byProvider(options, o => o.endpoint),
  };
}

function tracingConfig(env: Env): Config['tracing'] {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  const { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: protocol } = env;
  return { endpoint, protocol, serviceName: env.OTEL_SERVICE_NAME };
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

/** One part of every provider's options, by provider id. */
function byProvider<T>(
  options: ReadonlyMap<ProviderId, ProviderOptions>,
  pick: (o: ProviderOptions) => T,
): Record<ProviderId, T> {
  // Every plugin gave options (one plugin per provider: catalogue.ts).
  return Object.fromEntries(PROVIDERS.map(id => [id, pick(options.get(id) as ProviderOptions)])) as Record<
    ProviderId,
    T
  >;
}

function providerHttp(env: Env): Omit<Config['providerHttp'], 'maxRequestsPerSecond'> {
  return {
    readTimeoutMs: env.PROVIDER_TIMEOUT_MS,
    breakerThreshold: env.PROVIDER_BREAKER_THRESHOLD,
    halfOpenAfterMs: env.PROVIDER_BREAKER_HALF_OPEN_MS,
    maxConcurrent: env.PROVIDER_MAX_CONCURRENT,
  };
}

/** Providers the configuration leaves to a simulator (development with no base URL). */
export function simulatedEndpoints(config: Config): ProviderId[] {
  return PROVIDERS.filter(id => config.providers[id].mode === 'simulated');
}
