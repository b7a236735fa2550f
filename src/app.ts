import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authSettings, issueToken, type AuthSettings } from './auth/tokens.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/clock.js';
import { openLedger, type Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import { createMetrics } from './observability/metrics.js';
import { unknownValueWatcher } from './observability/unknown-values.js';
import { createSecurityEvents } from './observability/security-events.js';
import { createBookerCheck } from './services/booker-check.js';
import {
  startProviders,
  type DemoOrder,
  type ProviderPlugin,
  PROVIDER_PLUGINS,
} from './providers/registry.js';
import { createRegistrationService, type RegistrationService } from './services/registration-service.js';
import { createGateway, type Gateway } from './server.js';
import { createOutcomeOutbox, type OutcomeOutbox } from './services/cancellation/outbox.js';
import {
  createReconciler,
  type Reconciler,
  type ReconcilerOptions,
} from './services/cancellation/reconciler.js';

export const DEMO_CUSTOMERS = { alice: 'demo-customer-alice', bob: 'demo-customer-bob' } as const;
export const DEMO_SERVICE = 'demo-booking-flow';

export interface DemoTokens {
  readonly alice: string;
  readonly bob: string;
  readonly service: string;
}

export interface RunningGateway {
  readonly url: string;
  readonly gateway: Gateway;
  readonly ledger: Ledger;
  readonly auth: AuthSettings;
  /** Printed at development start-up; `null` when a real secret is configured. */
  readonly demoTokens: DemoTokens | null;
  readonly reconciler: Reconciler;
  /** Outcomes waiting for the journal (operators and tests can flush it). */
  readonly outbox: OutcomeOutbox;
  close(): Promise<void>;
}

const EXAMPLE_OPERATION = `query MyBookings {
  viewer {
    customerId
    orders(first: 10) {
      edges {
        node {
          id provider providerReference status
          total { amount currency }
          items {
            id title startsAt status
            cancellability { cancellable reason deadline }
            refundQuote { refund { amount currency } fee { amount currency } validUntil }
          }
        }
      }
      providerOutages { provider code }
    }
  }
}`;

/** Opens the ledger, starts providers (simulators in development), serves HTTP. */
export async function startGateway(
  config: Config,
  logger: Logger,
  options: {
    clock?: Clock;
    plugins?: readonly ProviderPlugin[];
    /** `null` turns the periodic reconciler off (tests drive `reconciler.reconcileOnce()`). */
    reconcileIntervalMs?: number | null;
    reconciler?: ReconcilerOptions;
  } = {},
): Promise<RunningGateway> {
  const clock = options.clock ?? systemClock;
  const auth = authSettings(config.auth.secret, config.auth.issuer, config.auth.audience);
  const ledger = await openLedger({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    timeouts: config.database,
    onConnectionError: error =>
      logger.warn(
        { err: { name: error.name, message: error.message } },
        'ledger connection lost; the pool reconnects',
      ),
  });
  const metrics = createMetrics();
  const providers = await startProviders(
    config,
    {
      logger,
      bokunBookings: ledger.bokunBookings,
      http: provider => {
        const { maxRequestsPerSecond, ...tuning } = config.providerHttp;
        return { ...tuning, maxRequestsPerSecond: maxRequestsPerSecond[provider], observer: metrics.http };
      },
    },
    options.plugins ?? PROVIDER_PLUGINS,
  );
  const security = createSecurityEvents(metrics, logger);
  const outbox = createOutcomeOutbox({ journal: ledger.journal, clock, logger });
  const instance = await startInstance(ledger, clock, logger);
  metrics.watchProviders(() => [...providers.registry.values()].map(p => p.health()));
  const development = config.env === 'development';
  const demoTokens = development && !config.auth.secret ? await issueDemoTokens(auth) : null;
  const gateway = await createGateway(
    {
      ledger,
      providers: providers.registry,
      clock,
      logger,
      metrics,
      observeOrder: unknownValueWatcher(metrics, logger),
      security,
      bookerMatches: createBookerCheck(ledger, security),
      outbox,
      instanceId: instance.id,
      lockLeaseMs: config.cancelLockLeaseMs,
    },
    {
      auth,
      rateLimitPerMinute: config.rateLimitPerMinute,
      serviceRateLimitPerMinute: config.serviceRateLimitPerMinute,
      requestDeadlineMs: config.requestDeadlineMs,
      metricsToken: config.metricsToken,
      production: !development,
      introspection: config.graphql.introspection,
      landingPage: config.graphql.landingPage,
      ...(demoTokens ? { sandbox: { token: demoTokens.alice, document: EXAMPLE_OPERATION } } : {}),
    },
  );
  const reconciler = createReconciler(
    { ledger, providers: providers.registry, clock, logger, instanceId: instance.id },
    options.reconciler ?? {},
  );
  // Every 5 s: rows of a process that died are settled a few seconds after its heartbeat stops.
  if (options.reconcileIntervalMs !== null) reconciler.start(options.reconcileIntervalMs ?? 5_000);
  if (development) {
    const registration = createRegistrationService({ ledger, providers: providers.registry, clock });
    await registerDemoOrders(registration, providers.demoOrders, logger);
  }
  const server = await listen(gateway, config.host, config.port);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    gateway,
    ledger,
    auth,
    demoTokens,
    reconciler,
    outbox,
    close: async () => {
      await reconciler.stop();
      await outbox.stop();
      await instance.stop();
      await new Promise<void>(resolve => server.close(() => resolve()));
      server.closeAllConnections();
      await gateway.stop();
      await providers.close();
      await ledger.close();
    },
  };
}

async function issueDemoTokens(auth: AuthSettings): Promise<DemoTokens> {
  return {
    alice: await issueToken(auth, DEMO_CUSTOMERS.alice, ['orders:read', 'orders:cancel']),
    bob: await issueToken(auth, DEMO_CUSTOMERS.bob, ['orders:read', 'orders:cancel']),
    service: await issueToken(auth, DEMO_SERVICE, ['orders:write']),
  };
}

/** Registers the simulators' demo bookings for the demo customers, as the booking flow would. */
async function registerDemoOrders(
  registration: RegistrationService,
  demoOrders: readonly DemoOrder[],
  logger: Logger,
): Promise<void> {
  for (const { customer, ...order } of demoOrders) {
    const outcome = await registration.register({ ...order, customerId: DEMO_CUSTOMERS[customer] });
    if (outcome.kind !== 'registered')
      logger.warn({ provider: order.provider, outcome: outcome.kind }, 'demo order not registered');
  }
}

function listen(gateway: Gateway, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = gateway.app.listen(port, host, error => (error ? reject(error) : resolve(server)));
  });
}

/**
 * This process in the ledger's instance table, with a heartbeat every 2 s. Another process takes a
 * heartbeat older than 6 s (the reconciler's `deadAfterMs`) as proof this one is gone; a clean stop
 * deletes the row so its rows are settled at once.
 */
async function startInstance(ledger: Ledger, clock: Clock, logger: Logger) {
  const id = randomUUID();
  await ledger.instances.register(id, clock.now());
  await ledger.instances.prune(clock.now(), 86_400_000).catch(() => undefined);
  const beat = setInterval(() => {
    void ledger.instances.heartbeat(id, clock.now()).catch(() => {
      logger.warn({ instanceId: id }, 'instance heartbeat could not be written');
    });
  }, 2_000);
  beat.unref();
  return {
    id,
    async stop(): Promise<void> {
      clearInterval(beat);
      await ledger.instances.remove(id).catch(() => undefined);
    },
  };
}
